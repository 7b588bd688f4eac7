package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Status;

/** An events query as SQL clauses with their arguments, and the filter columns' encoding. */
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
                + " AND actors LIKE ? ESCAPE '!' AND status = ?");
        assertThat(f.args()).containsExactly(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29), "protests",
                "protests", "%\nteachers!_union 100!%\n%", Status.DENIED.code());
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
    void aFilterColumnHoldsEachDistinctValueBetweenSeparators() {
        assertThat(EventFilter.listColumn(Arrays.asList("Reuters", null, " ", "reuters", "AFP")))
                .isEqualTo("\nreuters\nafp\n");
        assertThat(EventFilter.listColumn(List.of())).isNull();
        // the pattern finds one whole value, never a part of another
        assertThat(EventFilter.listPattern("AFP")).isEqualTo("%\nafp\n%");
    }
}
