package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Frame;

/**
 * Events told by a verb with its object (lexicon/object-triggers.tsv), read from the parse so a long name between
 * the two does not hide them. Sentences written for these tests.
 */
class ObjectTriggersTest {
    private final ObjectTriggers objects = new ObjectTriggers();

    private List<Trigger> found(String text) {
        return objects.find(Sentences.context(text));
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
    void theSelectorSeesAVerbWithItsObjectWithinTheWindow() {
        assertThat(objects.mayReport(List.of("they", "blocked", "the", "long", "coastal", "highway"),
                List.of("they", "block", "the", "long", "coastal", "highway"))).isTrue();
        assertThat(objects.mayReport(List.of("they", "blocked", "a", "plan"), List.of("they", "block", "a", "plan"))).isFalse();
    }
}
