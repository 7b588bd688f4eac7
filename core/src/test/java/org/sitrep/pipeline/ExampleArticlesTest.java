package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Status;

/** The bundled example articles, end to end: what an analyst would check first. */
class ExampleArticlesTest {
    private static PipelineResult result;

    @BeforeAll
    static void run() {
        result = TestPipeline.get().run(List.of(Path.of("examples/articles")));
    }

    private static List<EventMention> of(String doc, String subType) {
        return result.mentions().stream()
                .filter(m -> m.docId().startsWith(doc) && m.type().subEventType().equals(subType)).toList();
    }

    @Test
    void allThreeArticlesAreProcessedWithoutErrors() {
        assertThat(result.articles()).hasSize(3);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void evacuationCountsAddSoldiersAndFamiliesAndKeepTheApproximation() {
        EventMention evac = of("000", "Evacuation").stream()
                .filter(m -> m.counts().containsKey(CountRole.DISPLACED)).findFirst().orElseThrow();
        assertThat(evac.counts().get(CountRole.DISPLACED).value()).isEqualTo(6200);
        assertThat(evac.counts().get(CountRole.DISPLACED).qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(evac.counts().get(CountRole.FIGHTERS).value()).isEqualTo(1200);
        assertThat(evac.date().date()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(evac.location().aliases()).contains("Dilling");
        assertThat(evac.origin().name()).isEqualTo("Dilling");
        assertThat(evac.destination()).isNotNull();
        assertThat(evac.destination().name()).isEqualTo("El Obeid");
        assertThat(evac.sources().get(0).attributedTo()).anyMatch(s -> s.contains("SPLM-N"));
        // the movement whose spokesman is cited is no side of the evacuation; who carried it out is not said
        assertThat(evac.actor1()).isNull();
        assertThat(evac.actor2()).isEqualTo(new Actor("Military Forces of Sudan", ActorType.STATE_FORCES,
                "About 1,200 soldiers and 5,000 members of their families"));
    }

    @Test
    void aSecondSourcesLowerCountOfTheSameDepartureIsReadToo() {
        EventMention flight = result.mentions().stream()
                .filter(m -> m.docId().startsWith("000") && m.counts().containsKey(CountRole.DISPLACED)
                        && Long.valueOf(4300).equals(m.counts().get(CountRole.DISPLACED).value()))
                .findFirst().orElseThrow();
        assertThat(flight.location().name()).isEqualTo("Dilling");
        assertThat(flight.sources().get(0).attributedTo()).contains("IOM");
    }

    @Test
    void airStrikeCountsCarryQualifierAndChildren() {
        EventMention strike = of("002", "Air/drone strike").stream()
                .filter(m -> m.counts().containsKey(CountRole.FATALITIES)).findFirst().orElseThrow();
        Count killed = strike.counts().get(CountRole.FATALITIES);
        assertThat(killed.value()).isEqualTo(23);
        assertThat(killed.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(strike.counts().get(CountRole.CHILDREN_KILLED).value()).isEqualTo(7);
        assertThat(strike.counts().get(CountRole.INJURED).value()).isEqualTo(40);
        assertThat(strike.location().name()).isEqualTo("Nyala");
        // "on Thursday" in an article published on Friday 13 June 2025
        assertThat(strike.date().date()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(strike.sources()).anyMatch(s -> s.attributedTo().contains("Sudan Doctors Network"));
    }

    @Test
    void vagueCountsKeepTheirWordsAndNoValue() {
        EventMention shelling = of("001", "Shelling/artillery/missile attack").stream()
                .filter(m -> m.counts().containsKey(CountRole.FATALITIES)).findFirst().orElseThrow();
        assertThat(shelling.counts().get(CountRole.FATALITIES).value()).isNull();
        assertThat(shelling.counts().get(CountRole.FATALITIES).qualifier()).isEqualTo(Qualifier.VAGUE);
        assertThat(shelling.counts().get(CountRole.FATALITIES).text()).contains("several");
    }

    @Test
    void aDeniedAttackIsDisputedWithTheDenier() {
        EventMention shelling = of("002", "Shelling/artillery/missile attack").stream()
                .filter(m -> m.counts().containsKey(CountRole.FATALITIES)).findFirst().orElseThrow();
        assertThat(shelling.status()).isEqualTo(Status.DISPUTED);
        assertThat(shelling.deniedBy()).extracting(org.sitrep.model.Actor::name).contains("Rapid Support Forces");
        assertThat(shelling.counts().get(CountRole.FATALITIES).value()).isEqualTo(4);
        assertThat(shelling.counts().get(CountRole.FATALITIES).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(shelling.location().name()).isEqualTo("El Fasher");
        assertThat(shelling.date().date()).isEqualTo(LocalDate.of(2025, 6, 11));
    }

    @Test
    void sourcesPointBackIntoTheArticleText() {
        for (EventMention m : result.mentions()) {
            var src = m.sources().get(0);
            String text = result.articles().stream().filter(a -> a.docId().equals(src.docId())).findFirst()
                    .orElseThrow().text();
            assertThat(text.substring(src.start(), src.end())).isEqualTo(src.sentence());
        }
    }

    @Test
    void anUndatedArticleGetsNoGuessedDate() {
        // 001 has no date line: its dates are either inferred from the other articles (and marked) or null
        for (EventMention m : result.mentions()) {
            if (m.docId().startsWith("001") && m.date().date() != null) {
                assertThat(m.date().basis()).isEqualTo(org.sitrep.model.DateBasis.INFERRED);
            }
        }
    }
}
