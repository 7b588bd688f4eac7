package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * Sixth round of typing: violence a protest is about does not make it violent
 * ({@link ProtestConduct}), one-sided fire on an area that harms no one is shelling ({@link AreaFire}), and
 * armoured vehicles' and anti-aircraft guns are heavy weapons, drugs seized are property taken, a crowd
 * pelting stones is mob violence. Sentences written for this test.
 */
class SixthRoundTypingTest {
    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void violenceInTheGrievanceLeavesTheProtestPeaceful() {
        assertThat(subType("On 4 June 2021, shopkeepers protested in Hyderabad city (Sindh), demanding the arrest of the men "
                + "who torched their stalls last week.")).isEqualTo("Peaceful protest");
        assertThat(subType("On 4 June 2021, nurses rallied outside the health ministry in Nairobi against the rules imposed "
                + "to fight the epidemic.")).isEqualTo("Peaceful protest");
        assertThat(subType("On 4 June 2021, relatives of inmates held a sit-in in Tunis over the detention of prisoners "
                + "accused of rioting in their cells.")).isEqualTo("Peaceful protest");
    }

    @Test
    void violenceByTheCrowdStillMakesAViolentDemonstration() {
        assertThat(subType("On 4 June 2021, shopkeepers protested in Hyderabad city (Sindh) and torched two police vehicles."))
                .isEqualTo("Violent demonstration");
        assertThat(subType("On 4 June 2021, students who threw stones at the police protested in Dhaka against fee rises."))
                .isEqualTo("Violent demonstration");
    }

    @Test
    void protestersFightingInTheNextSentenceMakeAViolentDemonstration() {
        assertThat(subType("On 5 June 2021, traders demonstrated outside the town hall in Kumasi against market fees. "
                + "Police clashed with the demonstrators.")).isEqualTo("Violent demonstration");
        assertThat(subType("On 5 June 2021, traders demonstrated outside the town hall in Kumasi against market fees. "
                + "The demonstrators attacked two council officials.")).isEqualTo("Violent demonstration");
        assertThat(subType("On 5 June 2021, traders demonstrated outside the town hall in Kumasi against market fees. "
                + "Elsewhere, soldiers clashed with gunmen near Tamale.")).isEqualTo("Peaceful protest");
    }

    @Test
    void fireOnAnAreaThatHarmedNoOneIsShelling() {
        assertThat(subType("On 9 June 2021, insurgents fired sniper rifles and 12.7mm machine guns at residential "
                + "areas in the north of Taiz city. No casualties were reported.")).isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 9 June 2021, army troops fired at the surrounding hills with mortars near Paletwa (Chin)."))
                .isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void fireOnPeopleOrAGroupIsNoShellingOfAnArea() {
        assertThat(subType("On 9 June 2021, rebel forces fired machine guns at army positions near Taiz city. "
                + "No casualties were reported.")).isNotEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 9 June 2021, gunmen fired at a crowd of villagers in Zamfara, killing four people."))
                .isNotEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void armouredVehicleAndAntiAircraftGunsAreHeavyFire() {
        assertThat(subType("On 2 June 2021, separatist units fired IFVs at army positions outside Marinka, Donetsk."))
                .isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 2 June 2021, government forces fired anti-aircraft guns at rebel positions near Horlivka, Donetsk."))
                .isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void drugsSeizedOrALabDismantledAreLootingAndPropertyDestruction() {
        assertThat(subType("On 3 June 2021, federal police seized two tonnes of cannabis from a lorry near Campinas, "
                + "Sao Paulo. Two men were arrested.")).isEqualTo("Looting/property destruction");
        assertThat(subType("On 3 June 2021, military police dismantled a cocaine lab in a rural district of Goiania, Goias."))
                .isEqualTo("Looting/property destruction");
    }

    @Test
    void otherGoodsSeizedAreNoEvent() {
        assertThat(TestPipeline.runText("goods", "On 3 June 2021, customs officers seized counterfeit cosmetics in a "
                + "warehouse in Lagos.", TestPipeline.TEST_DAY).mentions()).isEmpty();
    }

    @Test
    void aCrowdPeltingStonesIsMobViolence() {
        assertThat(subType("On 5 June 2021, villagers pelted stones at a police team enforcing the curfew in Malda "
                + "(West Bengal).")).isEqualTo("Mob violence");
        assertThat(subType("On 5 June 2021, residents threw stones at health workers in Bhiwandi (Maharashtra)."))
                .isEqualTo("Mob violence");
    }
}
