package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * Eighteenth round of detection: "fatally" makes a verb of harm a killing ({@link VictimReader}); the dead told
 * beside people abducted, or a victim shot, by no one named are the toll of the event before ({@link CasualtyCarry});
 * deaths beside weapons seized stay an event ({@link EventGrouper}); "no one" is a reported zero
 * ({@link QuantityReader}). Sentences written for this test.
 */
class EighteenthRoundDetectionTest {
    private static Count dead(EventMention m) {
        return m.counts().get(CountRole.FATALITIES);
    }

    @Test
    void aVictimFatallyShotIsOneDead() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, unknown gunmen fatally shot a shopkeeper outside "
                + "his house in Westfield.").get(0);
        assertThat(m.type().subEventType()).isEqualTo("Attack");
        assertThat(dead(m)).isEqualTo(new Count(1L, Qualifier.EXACT, "a shopkeeper"));
    }

    @Test
    void countedPeopleFatallyStabbedAreTheDead() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, three herders were fatally stabbed by cattle "
                + "thieves near Westfield.").get(0);
        assertThat(dead(m)).isEqualTo(new Count(3L, Qualifier.EXACT, "three herders"));
    }

    @Test
    void aVerbOfHarmWithoutTheAdverbKillsNobody() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, unknown gunmen shot a shopkeeper outside his "
                + "house in Westfield.");
        assertThat(ms).isNotEmpty();
        assertThat(dead(ms.get(0))).isNull();
    }

    @Test
    void theDeadBesideADoerlessAbductionAreTheAttacksToll() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, gunmen attacked Hillcrest village. Two "
                + "farmers were killed and five others abducted.");
        assertThat(ms.get(0).frame()).isEqualTo("ATTACK");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(2L, Qualifier.EXACT, "Two farmers"));
    }

    @Test
    void anAbductionWithItsOwnDoersKeepsItsToll() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, gunmen attacked a police post in Hillcrest. "
                + "Later that day, bandits abducted five farmers and killed two of them.");
        assertThat(ms.get(0).frame()).isEqualTo("ATTACK");
        assertThat(dead(ms.get(0))).isNull();
    }

    @Test
    void deathsBesideWeaponsSeizedAreAnEventOfTheirOwn() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, police raided a gang hideout in Riverside. Two "
                + "gang members were killed while officers seized a shotgun.");
        assertThat(ms).extracting(EventMention::frame).contains("CASUALTY", "DISRUPT");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(2L, Qualifier.EXACT, "Two gang members"));
    }

    @Test
    void aDeviceDefusedStaysTheOnlyEvent() {
        assertThat(TestPipeline.mentionsOf("On 3 March 2021, soldiers defused a roadside bomb near Riverside."))
                .extracting(EventMention::frame).containsExactly("DISRUPT");
    }

    @Test
    void noOneKilledIsNoDeadAndNoEvent() {
        assertThat(TestPipeline.mentionsOf("On 3 March 2021, police defused a bomb planted near a school in Riverside. "
                + "No one was killed.")).extracting(EventMention::frame).containsExactly("DISRUPT");
    }

    @Test
    void noOneKilledAfterAnAttackIsItsZeroToll() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, gunmen attacked a police post in Riverside. No one "
                + "was killed.").get(0);
        assertThat(dead(m)).isEqualTo(new Count(0L, Qualifier.EXACT, "No one"));
    }

    @Test
    void aVictimShotByNoOneNamedAfterAFightIsItsToll() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, soldiers exchanged fire with cattle rustlers in the "
                + "hills near Riverside. One rustler was shot dead.").get(0);
        assertThat(m.frame()).isEqualTo("CLASH");
        assertThat(dead(m)).isEqualTo(new Count(1L, Qualifier.EXACT, "One rustler"));
    }

    @Test
    void aVictimShotByOthersNamedKeepsTheTollApart() {
        EventMention m = TestPipeline.mentionsOf("On 3 March 2021, soldiers exchanged fire with cattle rustlers in the "
                + "hills near Riverside. Later, a trader was shot by bandits in Hilltop.").get(0);
        assertThat(m.frame()).isEqualTo("CLASH");
        assertThat(dead(m)).isNull();
    }
}
