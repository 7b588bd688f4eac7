package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateReference;
import org.sitrep.model.EventDate;

/**
 * How two outlets' dates fit, by the reference the date resolver recorded: fusion reads the typed value, never the
 * words (the words here are only what a reader would see; changing them changes nothing).
 */
class NamedDaysTest {
    private static final LocalDate DAY = LocalDate.of(2020, 5, 9);

    private static EventDate day(LocalDate d, String words, DateReference reference) {
        return new EventDate(d, null, DatePrecision.DAY, words, DateBasis.TEXT, reference);
    }

    private static EventDate named(LocalDate d) {
        return day(d, "on a named day", DateReference.CALENDAR);
    }

    @Test
    void aSingleDayNamedOnTheCalendarIsANamedDay() {
        assertThat(named(DAY).namedDay()).isTrue();
        assertThat(named(DAY).withBasis(DateBasis.INFERRED).namedDay()).as("an undated article's words").isTrue();
    }

    @Test
    void countedDaysRangesMonthsAndPublicationDaysAreNoNamedDay() {
        assertThat(day(DAY, "yesterday", DateReference.COUNTED).namedDay()).isFalse();
        assertThat(day(DAY, "on Saturday", DateReference.COUNTED).namedDay()).isFalse();
        assertThat(new EventDate(DAY, DAY.plusDays(1), DatePrecision.RANGE, "9-10 May 2020", DateBasis.TEXT,
                DateReference.CALENDAR).namedDay()).as("a range").isFalse();
        assertThat(new EventDate(DAY.withDayOfMonth(1), DAY.withDayOfMonth(31), DatePrecision.MONTH, "in May 2020",
                DateBasis.TEXT, DateReference.CALENDAR).namedDay()).as("a month").isFalse();
        assertThat(new EventDate(DAY, null, DatePrecision.DAY, null, DateBasis.PUBLICATION).namedDay()).isFalse();
        assertThat(new EventDate(DAY, null, DatePrecision.DAY, "9 May 2020", DateBasis.TEXT).namedDay())
                .as("words whose reference was never recorded (a store written before)").isFalse();
    }

    @Test
    void twoNamedDaysFitOnlyWhenTheyAreOneDayWhileACountedDayKeepsADaysSlack() {
        assertThat(JoinRules.daysFit(named(DAY), named(DAY))).isTrue();
        assertThat(JoinRules.daysFit(named(DAY), named(DAY.plusDays(1)))).isFalse();
        assertThat(JoinRules.daysFit(named(DAY), day(DAY.plusDays(1), "yesterday", DateReference.COUNTED))).isTrue();
        assertThat(JoinRules.daysFit(named(DAY), day(DAY.plusDays(2), "on Monday", DateReference.COUNTED))).isFalse();
        assertThat(JoinRules.daysFit(named(DAY),
                new EventDate(DAY.plusDays(3), null, DatePrecision.DAY, null, DateBasis.PUBLICATION)))
                .as("published three days after").isTrue();
    }
}
