package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Qualifier;

class StoredCountsTest {
    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void storedCountsReadBackAsRolesInTheirStoredOrder() throws Exception {
        Map<CountRole, Count> counts = MentionJson.counts(json("{"
                + "\"displaced\": {\"value\": 300, \"qualifier\": \"approx\", \"text\": \"about 300 families\"},"
                + "\"fatalities\": {\"value\": 4, \"qualifier\": \"exact\", \"text\": \"four people\"},"
                + "\"children_killed\": {\"value\": null, \"qualifier\": \"vague\", \"text\": \"several children\"}}"));
        assertThat(counts.keySet()).containsExactly(CountRole.DISPLACED, CountRole.FATALITIES, CountRole.CHILDREN_KILLED);
        assertThat(counts.get(CountRole.DISPLACED)).isEqualTo(new Count(300L, Qualifier.APPROX, "about 300 families"));
        assertThat(counts.get(CountRole.CHILDREN_KILLED).value()).isNull();
    }

    @Test
    void aStoredCountThatIsNoRoleIsAnErrorNamingItNotDropped() {
        assertThatThrownBy(() -> MentionJson.counts(json("{"
                + "\"fatalities\": {\"value\": 4, \"qualifier\": \"exact\", \"text\": \"four people\"},"
                + "\"wounded\": {\"value\": 2, \"qualifier\": \"exact\", \"text\": \"two people\"}}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'wounded'");
    }
}
