package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * Sixteenth round of typing ({@link SideTyping}, triggers.tsv): people abducted and then killed are typed as the
 * killing, by who killed whom; people held by an armed group are abducted, not arrested; a machine gun named by a
 * heavy calibre fires remote, heavy fire. Sentences written for this test.
 */
class SixteenthRoundTypingTest {
    @Test
    void civiliansAbductedAndKilledAreAnAttack() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, gunmen kidnapped and killed three farmers near Kaloma."))
                .isEqualTo("Attack");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, armed men kidnapped a shopkeeper in Kaloma. His body "
                + "was found the next day. 1 fatality.")).isEqualTo("Attack");
    }

    @Test
    void soldiersAbductedAndKilledByRebelsAreAnArmedClash() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, three soldiers were abducted and later killed by rebels "
                + "near Kaloma.")).isEqualTo("Armed clash");
    }

    @Test
    void anAbductionWithNoDeathStaysAnAbduction() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, gunmen kidnapped five passengers near Kaloma. No "
                + "fatalities were reported.")).isEqualTo("Abduction/forced disappearance");
    }

    @Test
    void peopleHeldByAnArmedGroupAreAbducted() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, Islamic State militants arrested four shepherds near "
                + "Kaloma.")).isEqualTo("Abduction/forced disappearance");
    }

    @Test
    void armedMenHeldByOthersStayArrested() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, forty militants of the Liberation Front were detained in "
                + "raids across Kaloma.")).isEqualTo("Arrests");
    }

    @Test
    void peopleHeldByThePoliceAreArrested() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, police arrested four shepherds near Kaloma."))
                .isEqualTo("Arrests");
    }

    @Test
    void aHeavyCalibreMachineGunIsShelling() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, rebels fired 12.7 mm machine guns at army positions "
                + "near Kaloma.")).isEqualTo("Shelling/artillery/missile attack");
        assertThat(TestPipeline.firstSubType("On 3 June 2021, rebel gunners fired both 14.5mm and 7.62mm machine guns "
                + "toward a market in Kaloma.")).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void aMachineGunOfNoHeavyCalibreStaysGunfire() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, rebels fired 7.62mm machine guns at army positions near "
                + "Kaloma.")).isEqualTo("Armed clash");
    }
}
