package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * Eleventh round of typing, by ACLED's codebook: burning or destroying is a riot when a crowd does it (a
 * violent demonstration when its sentence gives a purpose or tells it at a demonstration, mob violence
 * otherwise) and harm to people when a person is set alight ({@link Typing}, {@link CrowdActs}); a participle's clause acts
 * through the subject of the clause it hangs on ({@link ArgumentReader}); ground taken after its holders
 * withdrew, or entered without resistance, changed hands without fighting ({@link Typing}, {@link LoneTriggers}); a
 * camp of herders or displaced people is no military target ({@code civilian-site-modifiers.tsv}); harm done in the
 * same act as damage is told first ({@link MainClauseFirst}).
 * Sentences written for this test.
 */
class EleventhRoundTypingTest {
    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void aCrowdBurningPropertyWithoutADemonstrationIsMobViolence() {
        assertThat(subType("On 3 June 2021, about 200 villagers set fire to a bar in Kaloma after a youth was found dead "
                + "near it.")).isEqualTo("Mob violence");
        assertThat(subType("A crowd of residents torched the home of a suspected witch doctor in the village on Tuesday, "
                + "police said.")).isEqualTo("Mob violence");
    }

    @Test
    void aCrowdBurningPropertyForADemandIsAViolentDemonstration() {
        assertThat(subType("On 3 June 2021, hundreds of traders vandalised the council offices in Kaloma, to demand that "
                + "the old market be opened again.")).isEqualTo("Violent demonstration");
        assertThat(subType("On 3 June 2021, in Sarto, students burned tyres and vandalised the rector's office during a "
                + "protest against fee rises.")).isEqualTo("Violent demonstration");
    }

    @Test
    void destructionThatAProtestIsAboutLeavesItPeaceful() {
        assertThat(subType("On 3 June 2021, residents marched in Kaloma to denounce the gunmen who torched the market the "
                + "night before.")).isEqualTo("Peaceful protest");
    }

    @Test
    void propertyBurnedByUnknownMenStaysPropertyDestruction() {
        assertThat(subType("On 3 June 2021, unidentified men set fire to the car of a local councillor in Kaloma. "
                + "No injuries were reported.")).isEqualTo("Looting/property destruction");
        // people counted in single figures are a few culprits, not a crowd
        assertThat(subType("Two people set fire to three police cars parked outside the station in Kaloma on Friday."))
                .isEqualTo("Looting/property destruction");
    }

    @Test
    void aPersonSetAlightIsHarmToAPersonNotProperty() {
        assertThat(subType("On 4 June 2021, villagers killed a suspected burglar by setting the man on fire near the market."))
                .isEqualTo("Mob violence");
        assertThat(subType("Gunmen set a farmer on fire near his field in the district on Sunday, a local official said."))
                .isEqualTo("Attack");
    }

    @Test
    void barricadesSetOnFireStayProperty() {
        assertThat(subType("On 4 June 2021, unknown persons piled up tyres across the main street of Moreti, then set "
                + "them on fire.")).isNotIn("Attack", "Mob violence");
    }

    @Test
    void groundTakenAfterItsHoldersWithdrewIsANonViolentTransfer() {
        assertThat(subType("Rebel fighters took control of the border town of Sarangi on Sunday after government troops "
                + "pulled out overnight, residents said.")).isEqualTo("Non-violent transfer of territory");
        assertThat(subType("On 5 June 2021, militants seized the village of Kiro once the army had withdrawn from its "
                + "camp there.")).isEqualTo("Non-violent transfer of territory");
    }

    @Test
    void groundTakenInFightingThatMadeTheOtherSideWithdrawIsStillABattle() {
        assertThat(subType("Insurgents captured the district centre on Monday after heavy clashes that forced the police "
                + "to withdraw.")).isEqualTo("Non-state actor overtakes territory");
        assertThat(subType("On 5 June 2021, militants seized the village of Kiro, killing four soldiers, before the army "
                + "withdrew to the district town.")).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void enteringAPlaceUnopposedIsANonViolentTransfer() {
        assertThat(subType("The militia entered Sarangi before dawn and met no resistance, a spokesman said."))
                .isEqualTo("Non-violent transfer of territory");
        assertThat(subType("On 5 June 2021, rebel forces entered the town of Kiro after the army had pulled out."))
                .isEqualTo("Non-violent transfer of territory");
    }

    @Test
    void enteringTalksOrAPlaceWithNoWordOfControlIsNoTransfer() {
        assertThat(TestPipeline.runText("unit", "The two parties entered talks on Monday and promised to settle "
                + "the dispute peacefully.", TestPipeline.TEST_DAY).mentions()).isEmpty();
        assertThat(TestPipeline.runText("unit", "A delegation entered the capital on Monday for a week of meetings.",
                TestPipeline.TEST_DAY).mentions()).isEmpty();
    }

    @Test
    void anAttackOnACattleOrRefugeeCampIsAnAttackOnCivilians() {
        assertThat(subType("On 6 June 2021, armed youths from a neighbouring county raided a cattle camp near Wara, "
                + "killing two herders and taking hundreds of cows.")).isEqualTo("Attack");
        assertThat(subType("Gunmen attacked a camp for displaced people outside the town overnight, wounding five residents, "
                + "aid workers said.")).isEqualTo("Attack");
    }

    @Test
    void anAttackOnAnArmyCampStaysABattle() {
        assertThat(subType("On 6 June 2021, militants attacked an army camp near Wara, killing two soldiers."))
                .isEqualTo("Armed clash");
    }

    @Test
    void harmDoneInTheSameActAsDamageComesFirst() {
        assertThat(subType("On 6 June 2021, men in masks set fire to a shop in Kaloma and beat its owner, who was taken "
                + "to hospital.")).isEqualTo("Attack");
        assertThat(subType("On 6 June 2021, gunmen torched houses in Kiro and killed three farmers.")).isEqualTo("Attack");
    }

    @Test
    void harmThatOnlyDescribesSomeoneStaysBehindTheDamage() {
        assertThat(subType("On 6 June 2021, gunmen torched the house of a farmer who was killed last year in Kiro."))
                .isEqualTo("Looting/property destruction");
    }
}
