package org.sitrep.resolve.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DateReference;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeExpression;

/** Whether the resolver records a date's words as naming a calendar day or counting from the day of writing. */
class DateReferenceTest {
    private final DateResolver resolver = new DateResolver();
    private static final LocalDate FRIDAY = LocalDate.of(2021, 6, 11);

    private EventDate at(String text, String value) {
        return resolver.resolve(List.of(new TimeExpression(0, 0, text, "DATE", value)), FRIDAY, false);
    }

    @Test
    void aMonthAndADayNameTheCalendarDay() {
        EventDate full = at("on 7 June 2021", "2021-06-07");
        assertThat(full.reference()).isEqualTo(DateReference.CALENDAR);
        assertThat(full.namedDay()).isTrue();
        EventDate noYear = at("June 8th", "XXXX-06-08");
        assertThat(noYear.date()).isEqualTo(LocalDate.of(2021, 6, 8));
        assertThat(noYear.reference()).isEqualTo(DateReference.CALENDAR);
        assertThat(at("in May", "XXXX-05").reference()).as("a month named").isEqualTo(DateReference.CALENDAR);
    }

    @Test
    void weekdaysAndDaysCountedBackCountFromTheDayOfWriting() {
        EventDate weekday = at("on Wednesday", "XXXX-WXX-3");
        assertThat(weekday.date()).isEqualTo(LocalDate.of(2021, 6, 9));
        assertThat(weekday.reference()).isEqualTo(DateReference.COUNTED);
        assertThat(weekday.namedDay()).isFalse();
        assertThat(at("yesterday", "OFFSET P-1D").reference()).isEqualTo(DateReference.COUNTED);
        assertThat(at("two days ago", "OFFSET P-2D").reference()).isEqualTo(DateReference.COUNTED);
        assertThat(at("last month", "THIS P1M OFFSET P-1M").reference()).isEqualTo(DateReference.COUNTED);
    }

    @Test
    void aDayRangeOfOneMonthNamesItsDays() {
        EventDate range = at("on 3-4 June", "XXXX-06-03/XXXX-06-04");
        assertThat(range.dateEnd()).isEqualTo(LocalDate.of(2021, 6, 4));
        assertThat(range.reference()).isEqualTo(DateReference.CALENDAR);
        assertThat(range.namedDay()).as("a range is no single day").isFalse();
    }

    @Test
    void noDateWordsGiveThePublicationDayWithNoReference() {
        EventDate none = resolver.resolve(List.of(), FRIDAY, false);
        assertThat(none.basis()).isEqualTo(DateBasis.PUBLICATION);
        assertThat(none.reference()).isEqualTo(DateReference.NONE);
    }
}
