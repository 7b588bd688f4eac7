package org.sitrep.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The ontology file's pairs, coarse classes and violence column, and the file's faults failing on load. */
class OntologyTest {
    private final Ontology ontology = Ontology.get();

    @Test
    void eachEventTypeHasItsKindOfViolence() {
        Map<String, Ontology.Violence> byType = new TreeMap<>();
        ontology.pairs().forEach(p -> byType.put(p.eventType(), p.violence()));
        assertThat(byType).containsExactly(
                Map.entry("Battles", Ontology.Violence.ARMED),
                Map.entry("Explosions/Remote violence", Ontology.Violence.ARMED),
                Map.entry("Humanitarian", Ontology.Violence.NONE),
                Map.entry("Protests", Ontology.Violence.NONE),
                Map.entry("Riots", Ontology.Violence.CROWD),
                Map.entry("Strategic developments", Ontology.Violence.NONE),
                Map.entry("Violence against civilians", Ontology.Violence.ARMED));
        assertThat(ontology.violence("Riots")).isEqualTo(Ontology.Violence.CROWD);
        // names are exact: another spelling, or no name, is no violence
        assertThat(ontology.violence("battles")).isEqualTo(Ontology.Violence.NONE);
        assertThat(ontology.violence(null)).isEqualTo(Ontology.Violence.NONE);
    }

    @Test
    void pairsKeepTheFilesOrderAndCoarseClass() {
        assertThat(ontology.pairs()).hasSize(30);
        assertThat(ontology.pairs().get(0))
                .isEqualTo(new Ontology.Pair("Battles", "Armed clash", "clash", Ontology.Violence.ARMED));
        assertThat(ontology.pairs()).filteredOn(p -> p.subEventType().equals("Mob violence")).singleElement()
                .isEqualTo(new Ontology.Pair("Riots", "Mob violence", "riot", Ontology.Violence.CROWD));
    }

    @Test
    void subTypesOfOneEventTypeMustAgreeOnViolence() {
        assertThatThrownBy(() -> new Ontology("/common/mixed-violence.tsv")).isInstanceOf(IllegalStateException.class)
                .hasMessage("/common/mixed-violence.tsv:3: violence 'crowd' differs from the 'armed' of the event type's "
                        + "other sub-types");
    }

    @Test
    void anUnknownViolenceFailsNamingTheLine() {
        assertThatThrownBy(() -> new Ontology("/common/unknown-violence.tsv")).isInstanceOf(IllegalStateException.class)
                .hasMessage("/common/unknown-violence.tsv:2: violence must be armed, crowd or -, not 'severe'");
    }
}
