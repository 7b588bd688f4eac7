package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/** Which dates name a calendar day, and how two outlets' dates fit. */
class CalendarDaysTest {
    private static final LocalDate DAY = LocalDate.of(2020, 5, 9);

    private static EventDate day(LocalDate d, String words) {
        return new EventDate(d, null, DatePrecision.DAY, words, DateBasis.TEXT);
    }

    @Test
    void aMonthWithADayOrADateInFiguresNamesACalendarDay() {
        assertThat(CalendarDays.named(day(DAY, "On 9 May 2020"))).isTrue();
        assertThat(CalendarDays.named(day(DAY, "May 9th"))).isTrue();
        assertThat(CalendarDays.named(day(DAY, "09/05/2020"))).isTrue();
    }

    @Test
    void daysCountedFromTheDayOfWritingNameNoCalendarDay() {
        assertThat(CalendarDays.named(day(DAY, "yesterday"))).isFalse();
        assertThat(CalendarDays.named(day(DAY, "on Saturday"))).isFalse();
        assertThat(CalendarDays.named(day(DAY, "in May 2020"))).as("a month and a year, no day").isFalse();
        assertThat(CalendarDays.named(new EventDate(DAY, null, DatePrecision.DAY, null, DateBasis.PUBLICATION)))
                .isFalse();
        assertThat(CalendarDays.named(new EventDate(DAY, DAY.plusDays(1), DatePrecision.RANGE, "9-10 May 2020",
                DateBasis.TEXT))).as("a range").isFalse();
    }

    @Test
    void twoNamedDaysFitOnlyWhenTheyAreOneDayWhileACountedDayKeepsADaysSlack() {
        assertThat(JoinRules.daysFit(day(DAY, "9 May 2020"), day(DAY, "May 9"))).isTrue();
        assertThat(JoinRules.daysFit(day(DAY, "9 May 2020"), day(DAY.plusDays(1), "10 May 2020"))).isFalse();
        assertThat(JoinRules.daysFit(day(DAY, "9 May 2020"), day(DAY.plusDays(1), "yesterday"))).isTrue();
        assertThat(JoinRules.daysFit(day(DAY, "9 May 2020"), day(DAY.plusDays(2), "on Monday"))).isFalse();
        assertThat(JoinRules.daysFit(day(DAY, "9 May 2020"),
                new EventDate(DAY.plusDays(3), null, DatePrecision.DAY, null, DateBasis.PUBLICATION)))
                .as("published three days after").isTrue();
    }
}
