package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Status;
import org.sitrep.pipeline.TestPipeline;

/**
 * Thirteenth round of typing: a siege told in the perfect with a span of time is a standing state, not the day's
 * event ({@link EventWorthiness}, {@code standing-states.tsv}); "denied entry to a convoy" refuses access and denies
 * no report ({@link AttributionReader}, {@code refusal-objects.tsv}); a sea drone is an explosive boat, not an
 * aircraft ({@link AerialAgent}, {@code watercraft-modifiers.tsv}); gunmen named by the trigger itself are its doers and
 * what a verb of aiming is aimed "at" is its target ({@link ArgumentReader}, {@code aiming-verbs.tsv}); fire at a home or
 * an ambulance is an attack even when no one was hurt ({@link SideTyping}, {@code civilian-targets.tsv}). Sentences
 * written for this test.
 */
class ThirteenthRoundTypingTest {
    private static List<EventMention> mentions(String text) {
        return TestPipeline.runText("unit", text, TestPipeline.TEST_DAY).mentions();
    }

    @Test
    void aSiegeKeptForAYearIsAStandingStateNotAnEvent() {
        assertThat(mentions("Rebel fighters shelled the market of Kaloma on Sunday, killing four people. "
                + "The rebels have besieged Kaloma for more than a year."))
                .extracting(m -> m.type().subEventType()).containsExactly("Shelling/artillery/missile attack");
    }

    @Test
    void aSiegeLaidOnTheDayStaysAnEvent() {
        assertThat(TestPipeline.firstSubType("On 4 June 2021, rebel fighters besieged the town of Kaloma, cutting "
                + "the road to the capital.")).isEqualTo("Change to group/activity");
    }

    @Test
    void entryDeniedToAnAidConvoyIsAccessBlockedThatOccurred() {
        EventMention m = TestPipeline.mentionsOf("On 4 June 2021, the authorities denied entry to an aid convoy at the "
                + "Kaloma crossing.").get(0);
        assertThat(m.type().subEventType()).isEqualTo("Humanitarian access");
        assertThat(m.status()).isEqualTo(Status.OCCURRED);
    }

    @Test
    void fireAimedAtPeopleOrWhereTheyLiveIsAnAttackWhoeverWasHurt() {
        EventMention m = TestPipeline.mentionsOf("On 3 June 2021, gunmen shot at farmers working near Kaloma, wounding one.").get(0);
        assertThat(m.type().subEventType()).isEqualTo("Attack");
        assertThat(m.actor1().text()).isEqualTo("gunmen");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, armed men fired at a house in Kaloma. No injuries were reported."))
                .isEqualTo("Attack");
    }

    @Test
    void fireAimedAtSoldiersStaysAClash() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, gunmen shot at soldiers at a checkpoint in Kaloma."))
                .isEqualTo("Armed clash");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, soldiers fired at rebel positions near Kaloma."))
                .isEqualTo("Armed clash");
    }

    @Test
    void aSeaDroneStrikeIsARemoteExplosiveNotAnAirStrike() {
        assertThat(TestPipeline.firstSubType("On 4 June 2021, a sea drone hit a patrol ship off the coast near Kaloma, "
                + "killing two sailors.")).isEqualTo("Remote explosive/landmine/IED");
        assertThat(TestPipeline.firstSubType("On 4 June 2021, a drone hit a patrol ship off the coast near Kaloma, "
                + "killing two sailors.")).isEqualTo("Air/drone strike");
    }
}
