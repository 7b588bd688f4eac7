package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Frame;
import org.sitrep.model.Status;
import org.sitrep.pipeline.TestPipeline;

/** Events told without a classic trigger word, on sentences written for these tests. */
class LoneTriggersTest {
    private static String words(SentenceContext c, Trigger t) {
        return c.syntax().text(t.start(), t.end() - 1);
    }

    private static List<EventMention> mentions(String text) {
        return TestPipeline.runText("lone", text, LocalDate.of(2021, 6, 12)).mentions();
    }

    private static List<Trigger> triggers(SentenceContext c) {
        return new TriggerFinder().find(c);
    }

    @Test
    void aGatheringWithAProtestPurposeIsAProtestAtTheGatheringVerb() {
        SentenceContext c = Sentences.context(
                "On 9 June 2021, about 200 nurses gathered outside the provincial hospital in Kano to demand unpaid allowances.");
        List<Trigger> ts = new TriggerFinder().find(c);
        assertThat(ts).hasSize(1);
        assertThat(ts.get(0).frame()).isEqualTo(Frame.PROTEST);
        assertThat(words(c, ts.get(0))).isEqualTo("gathered");
        assertThat(ts.get(0).status()).isEqualTo(Status.OCCURRED);
    }

    @Test
    void aMotorcadeOrAHumanChainPressingADemandIsAProtest() {
        SentenceContext c = Sentences.context(
                "On 10 June 2021, in Curitiba, Parana, taxi drivers did a motorcade to press for lower fuel taxes.");
        List<Trigger> ts = new TriggerFinder().find(c);
        assertThat(ts).extracting(Trigger::frame).containsExactly(Frame.PROTEST);
        assertThat(words(c, ts.get(0))).isEqualTo("did a motorcade");
        assertThat(mentions("Students formed a human chain in Khulna city (Khulna) on 11 June 2021 in solidarity with jailed teachers."))
                .extracting(m -> m.type().eventType()).containsExactly("Protests");
    }

    @Test
    void aGatheringWithoutAProtestPurposeIsNoEvent() {
        assertThat(mentions("Thousands of fans gathered in the main square of Kano on Friday to celebrate the club's promotion."))
                .isEmpty();
        assertThat(mentions("Hundreds of mourners gathered at the cathedral in Recife on Friday to pray for the flood victims."))
                .isEmpty();
    }

    @Test
    void destructionByItselfIsPropertyDestructionButInsideAStrikeItIsTheStrikes() {
        SentenceContext alone = Sentences.context(
                "On 12 June 2021, a group of unidentified men destroyed six houses belonging to opposition members in Gitega.");
        List<Trigger> ts = new TriggerFinder().find(alone);
        assertThat(ts).extracting(Trigger::frame).containsExactly(Frame.LOOT);
        assertThat(words(alone, ts.get(0))).isEqualTo("destroyed");

        SentenceContext strike = Sentences.context("On 12 June 2021, an air strike destroyed six houses in Gitega.");
        assertThat(new TriggerFinder().find(strike)).extracting(Trigger::frame).containsExactly(Frame.AIR);
    }

    @Test
    void aNegatedLoneTriggerIsNoEvent() {
        assertThat(mentions("Officials said the houses in Gitega were not destroyed on Friday.")).isEmpty();
    }

    @Test
    void fieldsSetOnFireAndBodiesFoundAreEvents() {
        assertThat(mentions("On 5 June 2021, several wheat fields near Tikrit were set on fire by IS fighters."))
                .extracting(m -> m.type().subEventType()).containsExactly("Looting/property destruction");
        assertThat(mentions("On 6 June 2021, in Celaya, Guanajuato, two bodies with gunshot wounds were found in a ditch. 2 fatalities."))
                .extracting(m -> m.type().eventType()).containsExactly("Violence against civilians");
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
}
