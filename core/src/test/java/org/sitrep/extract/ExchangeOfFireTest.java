package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * Fire given back makes an exchange, an armed clash ({@link ExchangeOfFire}, {@code answering-fire.tsv}): an attack
 * answered in the next sentence or in its own, fire in both directions at the same place; a blaze attended, an
 * attack not answered or fire told again at the same target is no exchange. Sentences written for this test.
 */
class ExchangeOfFireTest {
    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void aGrenadeAnsweredWithGunfireIsAnArmedClash() {
        assertThat(subType("On 2 May 2021, insurgents threw a hand grenade at a police post in Beledweyne (Hiraan). "
                + "Police responded with gunfire.")).isEqualTo("Armed clash");
        assertThat(subType("On 2 May 2021, insurgents threw a hand grenade at a police post in Beledweyne (Hiraan). "
                + "Two officers were wounded.")).isEqualTo("Grenade");
    }

    @Test
    void shellingFollowedByFireInBothDirectionsAtTheSamePlaceIsAnArmedClash() {
        assertThat(subType("On 3 May 2021, separatist forces fired 120mm mortars at army positions near Pisky, Donetsk. "
                + "The monitors recorded 30 explosions and bursts of fire in both directions near Pisky."))
                .isEqualTo("Armed clash");
        assertThat(subType("On 3 May 2021, separatist forces fired 120mm mortars at army positions near Pisky, Donetsk. "
                + "The monitors recorded bursts of small-arms fire near Avdiivka."))
                .isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void rocketsFiredAgainAtTheSameBaseStayShelling() {
        assertThat(subType("On 2 May 2021, an air base near Balad (Salah al-Din) was targeted by rockets. Officials said that "
                + "four rockets were fired at the air base near Balad.")).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void fireGivenBackInTheNextSentenceMakesAClash() {
        assertThat(subType("On 12 July 2021, in Pereira, Risaralda, three men on a motorbike opened fire at a police kiosk. "
                + "Officers returned fire and wounded one of them.")).isEqualTo("Armed clash");
        assertThat(subType("On 12 July 2021, in Pereira, Risaralda, two officers were shot at by a man they had asked to stop. "
                + "The officers fired back and the man died.")).isEqualTo("Armed clash");
        assertThat(subType("On 12 July 2021, gunmen opened fire on a navy patrol near Tumaco, Narino. "
                + "The marines responded with their rifles. Nobody was hurt.")).isEqualTo("Armed clash");
    }

    @Test
    void shellingAnsweredInItsOwnSentenceIsAClash() {
        assertThat(subType("On 12 July 2021, army units reportedly responded to shelling by rebel forces on the Qaniya front "
                + "(Radman, Al Bayda), killing a number of fighters.")).isEqualTo("Armed clash");
    }

    @Test
    void aBlazeAttendedOrAnAttackNotAnsweredIsNoExchange() {
        assertThat(subType("On 12 July 2021, unknown men set fire to the house of a councillor in Kisumu. "
                + "Firefighters responded to the fire within an hour.")).isNotEqualTo("Armed clash");
        assertThat(subType("On 12 July 2021, gunmen shot dead a shopkeeper in Kisumu. Police opened an investigation."))
                .isEqualTo("Attack");
    }

    @Test
    void anAttackFollowedByAFightThatNamesNoSidesOfItsOwnIsAClash() {
        assertThat(subType("On 9 March 2022, soldiers raided a farmhouse outside Wajir at dawn. A fierce clash broke out "
                + "and two suspects were killed.")).isEqualTo("Armed clash");
        assertThat(subType("On 9 March 2022, a patrol car of the police was shot at by men on two motorbikes in Wajir. "
                + "A long shoot-out followed.")).isEqualTo("Armed clash");
        // a fight whose sides the next sentence names is another event; civilians harmed make the attack one on them
        assertThat(subType("On 9 March 2022, soldiers shot dead a herder in his yard outside Wajir. The killing came "
                + "after a week of clashes between soldiers and bandits.")).isEqualTo("Attack");
        assertThat(subType("On 9 March 2022, gunmen attacked a bus outside Wajir, wounding three civilians. "
                + "A brief clash broke out nearby.")).isEqualTo("Attack");
    }
}
