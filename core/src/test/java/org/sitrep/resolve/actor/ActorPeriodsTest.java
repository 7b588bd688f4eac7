package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/** Actors whose ACLED type changed on a known day (actor-periods.tsv), typed by the event's date. */
class ActorPeriodsTest {
    private static final ActorDictionary D = ActorDictionary.load();
    private static final ActorPeriods P = new ActorPeriods(D);

    private static Actor named(String phrase, String hint) {
        return D.normalize(phrase, hint).orElseThrow();
    }

    @Test
    void aGroupThatTookPowerIsTheStateFromThatDay() {
        Actor taliban = named("Taliban fighters", "AF");
        assertThat(taliban).isEqualTo(new Actor("Taliban", ActorType.REBEL_GROUP, "Taliban fighters"));
        assertThat(P.on(taliban, LocalDate.of(2021, 8, 14), "AF")).isEqualTo(taliban);
        assertThat(P.on(taliban, LocalDate.of(2021, 8, 15), "AF")).isEqualTo(
                new Actor("Military Forces of Afghanistan", ActorType.STATE_FORCES, "Taliban fighters"));
        Actor hts = named("HTS", "SY");
        assertThat(P.on(hts, LocalDate.of(2024, 12, 7), "SY").type()).isEqualTo(ActorType.REBEL_GROUP);
        assertThat(P.on(hts, LocalDate.of(2025, 3, 6), "SY").name()).isEqualTo("Military Forces of Syria");
    }

    @Test
    void aStateForceThatTurnedOnTheArmyIsNonStateSinceThatDay() {
        Actor rsf = named("the RSF", "SD");
        assertThat(P.on(rsf, LocalDate.of(2022, 6, 30), "SD"))
                .isEqualTo(new Actor("Rapid Support Forces", ActorType.STATE_FORCES, "the RSF"));
        assertThat(P.on(rsf, LocalDate.of(2023, 4, 15), "SD")).isEqualTo(rsf);
        assertThat(rsf.type()).isEqualTo(ActorType.REBEL_GROUP);
    }

    @Test
    void aPeriodsStateForceIsForeignInAnotherCountrysReport() {
        Actor taliban = named("the Afghan Taliban", "PK");
        assertThat(P.on(taliban, LocalDate.of(2023, 1, 10), "PK").type()).isEqualTo(ActorType.FOREIGN_STATE);
        assertThat(P.on(named("the RSF", "TD"), LocalDate.of(2021, 1, 10), "TD").type())
                .isEqualTo(ActorType.FOREIGN_STATE);
    }

    @Test
    void noDateOrNoRowKeepsTheDictionarysActor() {
        Actor taliban = named("Taliban fighters", "AF");
        assertThat(P.on(taliban, null, "AF")).isSameAs(taliban);
        Actor shabaab = named("al-Shabaab", "SO");
        assertThat(P.on(shabaab, LocalDate.of(2024, 1, 1), "SO")).isSameAs(shabaab);
        assertThat(P.on(null, LocalDate.of(2024, 1, 1), "SO")).isNull();
    }

    @Test
    void aRowMustNameAnActorOfTheDictionary() {
        assertThatThrownBy(() -> new ActorPeriods("/actors/periods-unknown-actor.tsv", D))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No Such Brigade");
    }

    @Test
    void theEventsDateDecidesInTheWholePipeline() {
        String clash = " clashes between Taliban fighters and National Resistance Front fighters were reported in"
                + " Panjshir province, Afghanistan. Four fighters were killed.";
        List<EventMention> after = TestPipeline.runText("after", "On 12 October 2021," + clash,
                LocalDate.of(2021, 10, 14)).mentions();
        assertThat(after).isNotEmpty();
        assertThat(after.get(0).date().date()).isEqualTo(LocalDate.of(2021, 10, 12));
        assertThat(after.get(0).actor1()).extracting(Actor::name, Actor::type)
                .containsExactly("Military Forces of Afghanistan", ActorType.STATE_FORCES);
        assertThat(after.get(0).actor2().type()).isEqualTo(ActorType.REBEL_GROUP);
        List<EventMention> before = TestPipeline.runText("before", "On 12 October 2020," + clash,
                LocalDate.of(2020, 10, 14)).mentions();
        assertThat(before).isNotEmpty();
        assertThat(before.get(0).actor1()).extracting(Actor::name, Actor::type)
                .containsExactly("Taliban", ActorType.REBEL_GROUP);
    }

    @Test
    void separatistForcesFoldedIntoAnotherStatesArmyAreThatStatesFromThatDay() {
        Actor dpr = named("DPR forces", "UA");
        assertThat(dpr.name()).isEqualTo("NAF: United Armed Forces of Novorossiya");
        assertThat(P.on(dpr, LocalDate.of(2020, 5, 2), "UA")).isEqualTo(dpr);
        assertThat(P.on(dpr, LocalDate.of(2022, 2, 23), "UA").type()).isEqualTo(ActorType.REBEL_GROUP);
        assertThat(P.on(dpr, LocalDate.of(2022, 6, 1), "UA"))
                .isEqualTo(new Actor("Military Forces of Russia", ActorType.FOREIGN_STATE, "DPR forces"));
        assertThat(P.on(dpr, LocalDate.of(2022, 6, 1), "RU").type()).isEqualTo(ActorType.STATE_FORCES);
    }
}
