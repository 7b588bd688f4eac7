package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Frame;
import org.sitrep.pipeline.TestPipeline;

/**
 * Events told by a verb with its object (lexicon/object-triggers.tsv), read from the parse so a long name between
 * the two does not hide them. Sentences written for these tests.
 */
class ObjectTriggersTest {
    private final ObjectTriggers objects = new ObjectTriggers();

    private List<Trigger> found(String text) {
        return objects.find(Sentences.context(text));
    }

    /** As {@link #found}, empty when the selector sends no sentence of the text to the parser at all. */
    private List<Trigger> foundIfParsed(String text) {
        return Sentences.annotated(text).sentences().stream().filter(org.sitrep.model.Sentence::deep).findFirst()
                .map(s -> objects.find(Sentences.of(s))).orElse(List.of());
    }

    private static List<Trigger> triggers(SentenceContext c) {
        return new TriggerFinder().find(c);
    }

    private static List<EventMention> mentions(String text) {
        return TestPipeline.runText("unit", text, TestPipeline.TEST_DAY).mentions();
    }

    @Test
    void aRoadBlockedByWorkersIsAProtestHoweverLongItsName() {
        String text = "On 12 March 2021, about 300 dock workers blocked the Port Harcourt-Aba-Owerri expressway in Rivers state.";
        List<Trigger> ts = found(text);
        assertThat(ts).extracting(Trigger::frame).containsExactly(Frame.PROTEST);
        assertThat(Sentences.context(text).words().get(ts.get(0).head())).isEqualTo("blocked");
    }

    @Test
    void troopsBlockingARoadAreNoProtest() {
        assertThat(found("On Tuesday, army troops blocked the main Kaduna-Abuja highway near Jere for several hours.")).isEmpty();
    }

    @Test
    void aCrowdDispersedByPoliceIsAProtest() {
        assertThat(found("Police in Kano dispersed some 400 traders outside the central market on Monday."))
                .extracting(Trigger::frame).containsExactly(Frame.PROTEST);
    }

    @Test
    void propertyBurnedByPeopleIsDestructionNotABlaze() {
        assertThat(found("Unknown men burned a grain store, two tractors and a truck at a farm near Kafanchan on Sunday."))
                .extracting(Trigger::frame).containsExactly(Frame.LOOT);
        assertThat(found("The homes of three council members were burned in Ukum overnight."))
                .extracting(Trigger::frame).containsExactly(Frame.LOOT);
        assertThat(found("A bush blaze burned several farms and a school near Jos on Sunday.")).isEmpty();
    }

    @Test
    void foodHandedOutByAnArmedGroupIsAChangeOfActivityButNotByACharity() {
        assertThat(found("Members of a local cartel delivered boxes of groceries to elderly residents in Uruapan last week."))
                .extracting(Trigger::frame).containsExactly(Frame.GROUP_CHANGE);
        assertThat(found("Members of a street gang distributed food parcels in two slums of the capital on Friday."))
                .extracting(Trigger::frame).containsExactly(Frame.GROUP_CHANGE);
        assertThat(found("Volunteers from a church charity delivered food parcels to 200 families in Soweto on Friday.")).isEmpty();
    }

    @Test
    void peopleDispersedAreACrowdThoughTheirLemmaIsPerson() {
        // the tagger lemmatises "people" to "person", which no crowd list holds; the word itself is listed
        assertThat(found("On 3 June 2021, riot police dispersed around 250 people outside the governor's office in Jos."))
                .extracting(Trigger::frame).containsExactly(Frame.PROTEST);
    }

    @Test
    void aCountReadAsAPrepositionsObjectIsStillTheObject() {
        // "about 180 laborers" is often parsed as obl:about under the verb
        assertThat(found("On 2 June 2021, police dispersed about 180 seasonal laborers on the old bridge in Surat."))
                .extracting(Trigger::frame).containsExactly(Frame.PROTEST);
    }

    @Test
    void workersDemandingTheirWagesAreAProtestButTroopsAreNot() {
        assertThat(found("On 4 June 2021, cleaners of the municipal hospital in Mosul demanded their unpaid wages."))
                .extracting(Trigger::frame).containsExactly(Frame.PROTEST);
        assertThat(foundIfParsed("On 4 June 2021, soldiers of the garrison in Mosul demanded their unpaid wages.")).isEmpty();
    }

    @Test
    void reinforcementsArrivingFarFromTheirNounAreAChangeOfActivity() {
        // too many words between noun and verb for a triggers.tsv phrase with "..."
        assertThat(found("On 5 June 2021, army reinforcements from the capital, with some 15 armoured trucks, reportedly reached Mopti."))
                .extracting(Trigger::frame).containsExactly(Frame.GROUP_CHANGE);
        assertThat(found("On 5 June 2021, a convoy of fuel tankers from the capital, with some 15 trucks, reportedly reached Mopti."))
                .isEmpty();
    }

    @Test
    void soldiersJoiningAnArmedGroupOrLeavingAFactionChangeIt() {
        assertThat(found("On 2 June 2021, some 40 soldiers and police officers joined the rebels in the hills of Bogoro."))
                .extracting(Trigger::frame).containsExactly(Frame.GROUP_CHANGE);
        assertThat(found("On 6 June 2021, about 60 fighters left the faction after a quarrel over its leadership."))
                .extracting(Trigger::frame).containsExactly(Frame.GROUP_CHANGE);
        assertThat(foundIfParsed("On 2 June 2021, some 40 teachers joined the union in the town of Bogoro.")).isEmpty();
    }

    @Test
    void aNamedRoadBlockedByACrowdIsAProtestButNotANameBlockedByAnyone() {
        assertThat(found("On 3 June 2021, villagers blocked BR-116 near Feira de Santana for several hours."))
                .extracting(Trigger::frame).containsExactly(Frame.PROTEST);
        assertThat(foundIfParsed("On 3 June 2021, the senate blocked the Kowalski nomination for a second time.")).isEmpty();
    }

    @Test
    void whoeverPoliceDisperseIsACrowd() {
        assertThat(found("On 2 June 2021, in Oruro, a group of residents who had occupied the square were dispersed by police officers."))
                .extracting(Trigger::frame).containsExactly(Frame.PROTEST);
    }

    @Test
    void theSelectorSeesAVerbWithItsObjectWithinTheWindow() {
        assertThat(objects.mayReport(List.of("they", "blocked", "the", "long", "coastal", "highway"),
                List.of("they", "block", "the", "long", "coastal", "highway"))).isTrue();
        assertThat(objects.mayReport(List.of("they", "blocked", "a", "plan"), List.of("they", "block", "a", "plan"))).isFalse();
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
