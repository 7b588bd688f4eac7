package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.TestPipeline;

/** What a crowd's destruction was ({@link CrowdActs}), on sentences written for this test. */
class CrowdActsTest {
    private static boolean few(String text, String culprits) {
        Sentence s = Sentences.context(text).sentence();
        return CrowdActs.few(new ActorRef(culprits, culprits), s);
    }

    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void culpritsCountedInSingleFiguresAreAFew() {
        assertThat(few("Three men smashed the windows of a pharmacy in the old town.", "Three men")).isTrue();
        assertThat(few("On Friday 4 youths looted a shop near the station.", "4 youths")).isTrue();
    }

    @Test
    void aCountedCrowdOrAnUncountedOneIsNoFew() {
        assertThat(few("About 300 residents smashed the windows of the town hall.", "About 300 residents")).isFalse();
        assertThat(few("Angry residents smashed the windows of the town hall.", "Angry residents")).isFalse();
    }

    @Test
    void aPersonNamedByAPronounIsHarmedNotProperty() {
        assertThat(TestPipeline.firstSubType("On 4 June 2021, residents caught a suspected thief in the market and set "
                + "him on fire.")).isEqualTo("Mob violence");
        assertThat(TestPipeline.firstSubType("On 4 June 2021, she was set on fire by neighbours after a quarrel over "
                + "land, police said.")).isEqualTo("Mob violence");
    }

    @Test
    void aCrowdPeltingStonesIsMobViolence() {
        assertThat(subType("On 5 June 2021, villagers pelted stones at a police team enforcing the curfew in Malda "
                + "(West Bengal).")).isEqualTo("Mob violence");
        assertThat(subType("On 5 June 2021, residents threw stones at health workers in Bhiwandi (Maharashtra)."))
                .isEqualTo("Mob violence");
    }

    @Test
    void aBeatingOrAStoningAloneIsViolence() {
        assertThat(subType("On 6 April 2021, a hawker was tied up and beaten by market guards in Kano (Kano State)."))
                .isEqualTo("Attack");
        assertThat(subType("On 6 April 2021, a group of residents stoned a suspected thief in Kano (Kano State)."))
                .isEqualTo("Mob violence");
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
    void aCrowdSettingPeopleAlightIsMobViolenceWhateverItAccusedThemOf() {
        // "accused" is a word of a protest's purpose, but people set alight are harm, not a demonstration's damage
        assertThat(subType("On 4 June 2021, dozens of villagers set alight two men they accused of stealing goats near "
                + "Kaloma.")).isEqualTo("Mob violence");
    }

    @Test
    void barricadesSetOnFireStayProperty() {
        assertThat(subType("On 4 June 2021, unknown persons piled up tyres across the main street of Moreti, then set "
                + "them on fire.")).isNotIn("Attack", "Mob violence");
    }
}
