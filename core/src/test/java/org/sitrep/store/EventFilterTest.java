package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Status;

/** An events query as SQL clauses with their arguments, and the values of the outlet and actor filter tables. */
class EventFilterTest {
    @Test
    void anOpenQueryHasNoClauses() {
        EventFilter f = EventFilter.of(EventQuery.all());
        assertThat(f.sql()).isEmpty();
        assertThat(f.args()).isEmpty();
    }

    @Test
    void daysTypeStatusAndActorBecomeClausesInOrder() {
        EventFilter f = EventFilter.of(EventQuery.all().from(LocalDate.of(2020, 2, 1)).to(LocalDate.of(2020, 2, 29))
                .eventType("Protests").actor("Teachers_Union 100%").status(Status.DENIED));
        assertThat(f.sql()).isEqualTo(" AND COALESCE(date_end, date) >= ? AND date <= ?"
                + " AND (LOWER(event_type) = ? OR LOWER(sub_event_type) = ?)"
                + " AND id IN (SELECT event_id FROM event_actors WHERE actor = ?) AND status = ?");
        // a value is matched whole and as it is: no LIKE, so '_' and '%' are plain characters
        assertThat(f.args()).containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29), "protests",
                "protests", "teachers_union 100%", Status.DENIED.code());
    }

    @Test
    void aRegionMatchesCountryAdmin1OrPlaceByNameAndAdmin1ByItsCode() {
        EventFilter f = EventFilter.of(EventQuery.all().region(" sy.11 "));
        assertThat(f.sql()).startsWith(" AND (LOWER(country) = ? OR LOWER(admin1) = ? OR LOWER(location_name) = ?"
                + " OR admin1_code IN (").endsWith("?))");
        assertThat(f.args()).startsWith(" sy.11 ", " sy.11 ", " sy.11 ").endsWith("SY.11");
        long marks = f.sql().chars().filter(c -> c == '?').count();
        assertThat(marks).isEqualTo(f.args().size());
    }

    @Test
    void anOutletIsMatchedInItsTable() {
        EventFilter f = EventFilter.of(EventQuery.all().outlet("Wire Service"));
        assertThat(f.sql()).isEqualTo(" AND id IN (SELECT event_id FROM event_outlets WHERE outlet = ?)");
        assertThat(f.args()).containsExactly("wire service");
    }

    @Test
    void anEventsFilterRowsAreItsDistinctValuesInLowerCase() {
        assertThat(EventFilter.values(Arrays.asList("Reuters", null, " ", "reuters", "AFP"))).containsExactly("reuters", "afp");
        assertThat(EventFilter.values(List.of())).isEmpty();
    }

    @Test
    void aLongValueIsCutAndSoIsTheQuerysValue() {
        String name = "Front ".repeat(100);
        assertThat(EventFilter.value(name)).hasSize(EventFilter.VALUE_CHARS).isEqualTo(name.toLowerCase().substring(0, 500));
        assertThat(EventFilter.of(EventQuery.all().actor(name)).args()).containsExactly(EventFilter.value(name));
        // a surrogate pair straddling the limit is left out whole
        String emoji = "a".repeat(499) + "\uD83D\uDE00" + "b";
        assertThat(EventFilter.value(emoji)).isEqualTo("a".repeat(499));
    }
}
