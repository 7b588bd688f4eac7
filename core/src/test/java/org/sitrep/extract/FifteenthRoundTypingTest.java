package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * Fifteenth round of typing: deaths told in a protest's demand or purpose are its grievance ({@link ProtestConduct});
 * the members of political parties fighting are ACLED's rioters ({@link SideTyping}, party-nouns.tsv); a protest's
 * crowd that attacks or pelts stones in its own sentence makes a violent demonstration ({@link ProtestConduct}).
 * Sentences written for this test.
 */
class FifteenthRoundTypingTest {
    @Test
    void deathsInAProtestsDemandAreItsGrievance() {
        assertThat(TestPipeline.firstSubType("Marches calling for compensation for three miners killed in a flood are "
                + "being held in several towns.")).isEqualTo("Peaceful protest");
    }

    @Test
    void deathsInAProtestsPurposeAreItsGrievance() {
        assertThat(TestPipeline.firstSubType("Hundreds of students marched through the main square on Monday to "
                + "remember classmates shot dead in a police raid on a strike camp last year."))
                .isEqualTo("Peaceful protest");
    }

    @Test
    void deathsAtTheProtestStillMakeExcessiveForce() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, police shot dead two demonstrators during a march in "
                + "Kaloma.")).isEqualTo("Excessive force against protesters");
    }

    @Test
    void partyMembersFightingAreMobViolence() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, youths of the Harmony party clashed with Renewal party "
                + "cadres at a market in Kaloma.")).isEqualTo("Mob violence");
    }

    @Test
    void anArmedFrontOrAnUnnamedPartyClashingStaysAnArmedClash() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, members of the Liberation Front clashed with soldiers "
                + "near Kaloma.")).isEqualTo("Armed clash");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, an unnamed party clashed with soldiers near Kaloma."))
                .isEqualTo("Armed clash");
    }

    @Test
    void aCrowdThatPeltsStonesMakesAViolentDemonstration() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, hundreds of stranded labourers blocked a motorway near "
                + "Kaloma and pelted stones at officers.")).isEqualTo("Violent demonstration");
    }

    @Test
    void theProtestsOwnCrowdAttackingMakesAViolentDemonstration() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, street vendors marched in Kaloma against the closure of "
                + "their kiosks and assaulted the inspectors sent to evict them.")).isEqualTo("Violent demonstration");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, students raided a police post in Kaloma to protest "
                + "against the arrest of a classmate.")).isEqualTo("Violent demonstration");
    }

    @Test
    void aProtestAttackedByPoliceIsNoViolentDemonstration() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, riot police attacked a peaceful march of nurses in "
                + "Kaloma.")).isNotEqualTo("Violent demonstration");
    }

    @Test
    void anAttackByOthersThatTheCrowdProtestsStaysPeaceful() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, traders demonstrated in Kaloma after gunmen attacked "
                + "the market.")).isEqualTo("Peaceful protest");
    }
}
