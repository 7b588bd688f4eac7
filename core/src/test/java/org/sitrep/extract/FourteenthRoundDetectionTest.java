package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Frame;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * Fourteenth round of detection and counts: a month inside a date is no trigger word that keeps a lone one away
 * ({@link TriggerFinder}, {@link LoneTriggers}); the killers' number is no toll and a number before a people word
 * that modifies a thing counts the thing ({@link CountRoleReader}, {@link CountedPeople}); "took N hostage" counts N
 * abducted; "left N dead" is a toll,
 * not a departure ({@link Plausibility}, {@link Culprits}); blows aimed at civilians by armed people, checkpoints
 * placed and armed men arriving are events ({@link ObjectTriggers}). Sentences written for this test.
 */
class FourteenthRoundDetectionTest {
    private static List<Trigger> triggers(SentenceContext c) {
        return new TriggerFinder().find(c);
    }

    private static Map<CountRole, Count> counts(String text) {
        Map<CountRole, Count> out = new java.util.EnumMap<>(CountRole.class);
        new CountReader().read(Sentences.context(text), null).forEach(f -> out.put(f.role(), f.count()));
        return out;
    }

    private static List<EventMention> mentions(String text) {
        return TestPipeline.runText("unit", text, TestPipeline.TEST_DAY).mentions();
    }

    @Test
    void aMonthInTheDateLeavesTheLoneTriggerItsEvent() {
        SentenceContext c = Sentences.context("On 2 March 2021, settlers uprooted dozens of olive trees near Kaloma.");
        List<Trigger> ts = triggers(c);
        assertThat(ts).extracting(Trigger::frame).containsExactly(Frame.LOOT);
        assertThat(c.syntax().text(ts.get(0).start(), ts.get(0).end() - 1)).isEqualTo("uprooted");
        assertThat(TestPipeline.firstSubType("On 2 March 2021, settlers uprooted dozens of olive trees near Kaloma."))
                .isEqualTo("Looting/property destruction");
    }

    @Test
    void treesCutDownOrLandBulldozedArePropertyDestroyed() {
        SentenceContext chopped = Sentences.context("Settlers chopped down dozens of olive trees near Kaloma on Monday.");
        List<Trigger> cut = triggers(chopped);
        assertThat(cut).extracting(Trigger::frame).containsExactly(Frame.LOOT);
        assertThat(chopped.syntax().text(cut.get(0).start(), cut.get(0).end() - 1)).isEqualTo("chopped down");
        SentenceContext bulldozed = Sentences.context("Soldiers bulldozed farmland near Kaloma on Monday.");
        List<Trigger> ts = triggers(bulldozed);
        assertThat(ts).extracting(Trigger::frame).containsExactly(Frame.LOOT);
        assertThat(bulldozed.syntax().text(ts.get(0).start(), ts.get(0).end() - 1)).isEqualTo("bulldozed");
    }

    @Test
    void cropsDestroyedByPestsOrRainAreNoEvent() {
        assertThat(triggers(Sentences.context("Locusts destroyed crops across Kaloma province this month."))).isEmpty();
        assertThat(triggers(Sentences.context("Heavy rains destroyed crops near Kaloma on Monday."))).isEmpty();
    }

    @Test
    void theKillersNumberIsNoToll() {
        assertThat(counts("Two gunmen killed a trader in Kaloma on Monday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "a trader"));
        assertThat(counts("Two gunmen shot and killed a trader in Kaloma on Monday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(1L, Qualifier.EXACT, "a trader"));
        assertThat(counts("Two gunmen killed 3 traders in Kaloma on Monday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(3L, Qualifier.EXACT, "3 traders"));
        // a participle's subject is its victim; a word after a comma is no object
        assertThat(counts("The raid ended with 6 fighters killed and two trucks burned near Kaloma.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(6L, Qualifier.EXACT, "6 fighters"));
        assertThat(counts("Three soldiers killed, two of them officers, near Kaloma on Monday.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(3L, Qualifier.EXACT, "Three soldiers"));
        // the dead as subject still count
        assertThat(counts("Twelve people died when gunmen stormed a bar in Kaloma.").get(CountRole.FATALITIES))
                .isEqualTo(new Count(12L, Qualifier.EXACT, "Twelve people"));
    }

    @Test
    void aNumberBeforeAPeopleWordThatModifiesAThingCountsTheThing() {
        assertThat(counts("On 3 June 2021, soldiers overran three rebel camps near Kaloma and killed 4 insurgents.")
                .get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "4 insurgents"));
    }

    @Test
    void peopleTakenHostageAreCountedAsAbducted() {
        assertThat(counts("On 3 June 2021, gunmen took 12 passengers hostage near Kaloma.").get(CountRole.ABDUCTED))
                .isEqualTo(new Count(12L, Qualifier.EXACT, "12 passengers"));
    }

    @Test
    void leftDeadIsATollNotADeparture() {
        List<EventMention> raid = mentions("On 3 June 2021, the raid left four gunmen dead in Kaloma.");
        assertThat(raid).extracting(m -> m.type().eventType()).containsExactly("Battles");
        assertThat(raid.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "four gunmen"));
        List<EventMention> op = mentions("On 3 June 2021, a police operation in Kaloma province left 5 insurgents dead.");
        assertThat(op).extracting(m -> m.type().subEventType()).containsExactly("Armed clash");
        assertThat(op.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(5L, Qualifier.EXACT, "5 insurgents"));
    }

    @Test
    void blowsAtCiviliansByArmedPeopleAreAnAttack() {
        SentenceContext c = Sentences.context("On 3 June 2021, soldiers hit an elderly man at a market in Kaloma.");
        List<Trigger> ts = triggers(c);
        assertThat(ts).extracting(Trigger::frame).containsExactly(Frame.ATTACK);
        assertThat(c.syntax().text(ts.get(0).start(), ts.get(0).end() - 1)).isEqualTo("hit");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, soldiers hit an elderly man at a market in Kaloma."))
                .isEqualTo("Attack");
        assertThat(mentions("On 3 June 2021, a car hit a woman in Kaloma.")).isEmpty();
    }

    @Test
    void checkpointsPlacedAndArmedMenArrivingAreEvents() {
        EventMention checkpoints = mentions("On 3 June 2021, militiamen placed a checkpoint at the entrance to Kaloma.").get(0);
        assertThat(checkpoints.type().subEventType()).isEqualTo("Headquarters or base established");
        assertThat(checkpoints.trigger()).isEqualTo("placed a checkpoint");
        EventMention arrival = mentions("On 3 June 2021, about 300 armed tribesmen arrived in Kaloma to back the local chief.").get(0);
        assertThat(arrival.type().subEventType()).isEqualTo("Change to group/activity");
        assertThat(arrival.trigger()).isEqualTo("arrived");
    }
}
