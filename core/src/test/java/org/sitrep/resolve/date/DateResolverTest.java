package org.sitrep.resolve.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeExpression;

class DateResolverTest {
    private final DateResolver resolver = new DateResolver();
    private static final LocalDate THURSDAY = LocalDate.of(2018, 3, 22);

    private EventDate at(String text, String type, String value, LocalDate anchor, boolean planned) {
        return resolver.resolve(List.of(new TimeExpression(0, 0, text, type, value)), anchor, planned);
    }

    @Test
    void weekdaysResolveToTheMostRecentSuchDay() {
        assertThat(at("Thursday", "DATE", "XXXX-WXX-4", THURSDAY, false).date()).isEqualTo(THURSDAY);
        assertThat(at("Wednesday", "DATE", "XXXX-WXX-3", THURSDAY, false).date()).isEqualTo(LocalDate.of(2018, 3, 21));
        assertThat(at("Sunday", "DATE", "XXXX-WXX-7", THURSDAY, false).date()).isEqualTo(LocalDate.of(2018, 3, 18));
    }

    @Test
    void plannedWeekdaysLookForward() {
        assertThat(at("Sunday", "DATE", "XXXX-WXX-7", THURSDAY, true).date()).isEqualTo(LocalDate.of(2018, 3, 25));
    }

    @Test
    void lastMonthIsTheWholeMonthBeforePublication() {
        EventDate d = at("last month", "DATE", "THIS P1M OFFSET P-1M", LocalDate.of(2018, 4, 7), false);
        assertThat(d.date()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(d.dateEnd()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void monthDayWithoutYearTakesThePublicationYear() {
        EventDate d = at("April 6", "DATE", "XXXX-04-06", LocalDate.of(2018, 4, 7), false);
        assertThat(d.date()).isEqualTo(LocalDate.of(2018, 4, 6));
        assertThat(d.text()).isEqualTo("April 6");
        // a December date in a January article is last year's
        assertThat(at("December 30", "DATE", "XXXX-12-30", LocalDate.of(2019, 1, 2), false).date())
                .isEqualTo(LocalDate.of(2018, 12, 30));
    }

    @Test
    void sutimeMergedDurationKeepsItsDate() {
        assertThat(at("10 days on April 6", "DATE", "XXXX-04-06 INTERSECT P10D", LocalDate.of(2018, 4, 7), false).date())
                .isEqualTo(LocalDate.of(2018, 4, 6));
    }

    @Test
    void lastTwoDaysIsARangeEndingAtPublication() {
        EventDate d = at("the last two days", "DURATION", "P2D", THURSDAY, false);
        assertThat(d.date()).isEqualTo(LocalDate.of(2018, 3, 20));
        assertThat(d.dateEnd()).isEqualTo(THURSDAY);
        assertThat(d.precision()).isEqualTo(DatePrecision.RANGE);
    }

    @Test
    void anUndatedArticleKeepsTheWordsAndNoDate() {
        EventDate d = at("Sunday", "DATE", "XXXX-WXX-7", null, false);
        assertThat(d.date()).isNull();
        assertThat(d.text()).isEqualTo("Sunday");
        assertThat(d.precision()).isEqualTo(DatePrecision.UNKNOWN);
    }

    @Test
    void withoutDateWordsThePublicationDateIsUsedAndSaidSo() {
        EventDate d = resolver.resolve(List.of(), THURSDAY, false);
        assertThat(d.date()).isEqualTo(THURSDAY);
        assertThat(d.basis()).isEqualTo(org.sitrep.model.DateBasis.PUBLICATION);
        assertThat(d.text()).isNull();
    }

    @Test
    void absoluteDatesNeedNoAnchor() {
        assertThat(at("14 March 2019", "DATE", "2019-03-14", null, false).date()).isEqualTo(LocalDate.of(2019, 3, 14));
    }

    @Test
    void daysOrWeeksAgoAreOneDayButLastWeekStaysTheWeek() {
        EventDate week = at("a week ago", "DATE", "OFFSET P-1W", THURSDAY, false);
        assertThat(week.date()).isEqualTo(LocalDate.of(2018, 3, 15));
        assertThat(week.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(at("three days ago", "DATE", "OFFSET P-3D", THURSDAY, false).date()).isEqualTo(LocalDate.of(2018, 3, 19));
        EventDate last = at("last week", "DATE", "OFFSET P-1W", THURSDAY, false);
        assertThat(last.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(last.date()).isEqualTo(LocalDate.of(2018, 3, 12));
        assertThat(last.dateEnd()).isEqualTo(LocalDate.of(2018, 3, 18));
    }
}
