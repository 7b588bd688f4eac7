package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.model.Frame;
import org.sitrep.pipeline.TestPipeline;

/**
 * Typing of wire-style news: suicide attacks told without "suicide bomber", agreements (peace talks, prisoner
 * exchanges, surrenders), troops and bases in the plural, a state of affairs that "returns", what a seizure
 * took, people intercepted, an event told inside a relative clause about a place, the weapon a lead leaves to
 * the next sentence, destruction from the air, and what happened "without being" done. Sentences written for
 * this test.
 */
class NewsTypingTest {
    private static List<EventMention> run(String text) {
        return TestPipeline.mentionsOf(text);
    }

    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void suicideAttacksToldWithoutTheWordBomber() {
        assertThat(subType("Two female kamikazes blew up near a market in Maiduguri on Sunday, killing four people."))
                .isEqualTo("Suicide bomb");
        assertThat(subType("Insurgents detonated a suicide vehicle-borne explosive device near the gate of a police station "
                + "in Mogadishu on Sunday, killing nine.")).isEqualTo("Suicide bomb");
        assertThat(subType("Two gunmen detonated explosives, killing themselves, as police surrounded their hideout in "
                + "Izmir on Tuesday.")).isEqualTo("Suicide bomb");
    }

    @Test
    void talksPrisonerExchangesAndSurrendersAreAgreements() {
        assertThat(subType("The government and the rebel alliance opened peace talks in Addis Ababa on Tuesday."))
                .isEqualTo("Agreement");
        assertThat(subType("The warring sides carried out an exchange of prisoners near Sirte on Monday."))
                .isEqualTo("Agreement");
        assertThat(subType("More than 40 rebel fighters surrendered to the army in Beni on Friday, officials said."))
                .isEqualTo("Agreement");
        // giving up weapons stays a change of the group
        assertThat(subType("Sixty militiamen surrendered their weapons to the army in Bunia on Friday."))
                .isEqualTo("Change to group/activity");
    }

    @Test
    void troopsAndBasesInThePluralAreFound() {
        assertThat(subType("Turkish forces have set up three new bases near Dohuk, Kurdish media reported."))
                .isEqualTo("Headquarters or base established");
        assertThat(subType("The army deployed troops along the border with Chad on Monday."))
                .isEqualTo("Change to group/activity");
    }

    @Test
    void unrestThatReturnsIsNoReturnOfPeople() {
        assertThat(run("Unrest returned to the streets of the capital on Saturday as protesters clashed with police."))
                .extracting(m -> m.type().subEventType()).doesNotContain("Return").contains("Violent demonstration");
    }

    @Test
    void whatASeizureTookDecidesItsType() {
        assertThat(subType("Gunmen seized two trucks belonging to an aid agency near Gao on Tuesday."))
                .isEqualTo("Looting/property destruction");
        assertThat(subType("Soldiers captured three rebels near the frontline in Idlib province on Monday."))
                .isEqualTo("Armed clash");
        assertThat(subType("Two militants were killed or captured during an army operation in Tunceli on Sunday."))
                .isEqualTo("Armed clash");
        assertThat(subType("Rebels captured the town of Kitchanga on Monday after government troops fled."))
                .isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void seizureFramesFromTheParse() {
        Seizure seizure = new Seizure();
        SentenceContext rifles = Sentences.context("Police showed reporters the rifles that soldiers seized in Marawi.");
        int seized = rifles.lemmas().indexOf("seize");
        assertThat(seizure.frameOf(rifles, seized, 1)).isEqualTo(Frame.DISRUPT);
        SentenceContext expelled = Sentences.context("The army expelled the militants from three villages near Palma.");
        assertThat(seizure.frameOf(expelled, expelled.lemmas().indexOf("expel"), 1)).isEqualTo(Frame.TAKE);
        SentenceContext pupils = Sentences.context("Bandits seized 20 pupils from a boarding school in Kagara.");
        assertThat(seizure.frameOf(pupils, pupils.lemmas().indexOf("seize"), 1)).isEqualTo(Frame.ABDUCT);
    }

    @Test
    void peopleInterceptedWereArrested() {
        assertThat(subType("Police intercepted 12 suspected militants on their way to Nairobi on Monday."))
                .isEqualTo("Arrests");
        assertThat(subType("Air defences intercepted two rockets fired at the airport on Monday."))
                .isEqualTo("Disrupted weapons use");
    }

    @Test
    void molestationIsSexualViolence() {
        assertThat(subType("A soldier molested a schoolgirl at a checkpoint in Juba, her family said on Monday."))
                .isEqualTo("Sexual violence");
    }

    @Test
    void anEventInARelativeClauseAboutAPlaceIsBackground() {
        assertThat(subType("Government troops captured two villages near Saraqib, a town that was hit by a chlorine "
                + "attack in 2018, state media said.")).isEqualTo("Government regains territory");
        // a chemical agent that fills the weapon fired is the attack's own
        assertThat(subType("A helicopter dropped barrel bombs filled with chlorine on Kafr Zita on Tuesday, a monitor said."))
                .isEqualTo("Chemical weapon");
    }

    @Test
    void aCrackdownOnInsurgentsIsNoProtest() {
        assertThat(subType("Security forces retook the border town of Sangin on Friday in a crackdown on insurgents."))
                .isEqualTo("Government regains territory");
        assertThat(subType("Army units drove back the militants from a strategic hill near Palmyra on Sunday."))
                .isEqualTo("Government regains territory");
    }

    @Test
    void petrolBombsAreTheRiotersOrAnAttack() {
        assertThat(subType("Rioters attacked police with petrol bombs and looted shops in Hamburg overnight."))
                .isEqualTo("Violent demonstration");
        assertThat(subType("Unknown men threw a petrol bomb at the house of an opposition politician in Lilongwe."))
                .isEqualTo("Attack");
    }

    @Test
    void gunmenAreTheDoersOfWhatTheyDid() {
        assertThat(subType("Gunmen set fire to three houses in Kajuru on Monday.")).isEqualTo("Looting/property destruction");
        assertThat(subType("Unknown gunmen kidnapped two traders near Zaria on Monday."))
                .isEqualTo("Abduction/forced disappearance");
    }

    @Test
    void theWeaponNamedInTheNextSentenceTypesALeadWithoutOne() {
        assertThat(subType("Three shopkeepers were killed in two attacks in Anantnag on Friday. A passer-by was "
                + "wounded in a grenade attack near the bus stand.")).isEqualTo("Grenade");
        // a weapon told two sentences later, or an attack with a weapon of its own, keeps the lead's type
        assertThat(subType("Gunmen shot dead two villagers in Srinagar on Saturday. A civilian was wounded in a grenade "
                + "attack near the bus stand.")).isEqualTo("Attack");
    }

    @Test
    void destructionFromTheAirIsAnAirStrike() {
        assertThat(subType("Government warplanes destroyed a bridge and two fuel trucks near Kidal on Monday."))
                .isEqualTo("Air/drone strike");
        assertThat(subType("Unidentified men destroyed a bridge and two fuel trucks near Kidal on Monday."))
                .isEqualTo("Looting/property destruction");
    }

    @Test
    void whatHappensWithoutBeingDoneIsNoEvent() {
        assertThat(TestPipeline.runText("unit", "Rebels kept supplying the frontline near Kabani without being targeted "
                + "by government troops, a commander said.", LocalDate.of(2021, 5, 6)).mentions()).isEmpty();
        assertThat(TestPipeline.runText("unit", "A man robbed a petrol station in Nakuru on Monday. He was intercepted "
                + "two hours later.", LocalDate.of(2021, 5, 6)).mentions())
                .extracting(m -> m.type().subEventType()).doesNotContain("Disrupted weapons use", "Arrests");
    }

    @Test
    void aKillingInAPastClauseAfterAVowHappened() {
        assertThat(subType("The governor vowed a full inquiry after seven villagers were murdered by a mob in Mulanje on "
                + "Sunday.")).isEqualTo("Mob violence");
    }

    @Test
    void whatGroupsContinueToDoHappensAndWhatTheyArePressedToDoDoesNot() {
        assertThat(subType("The militias continue to fortify their positions near the frontline in Kabani."))
                .isEqualTo("Change to group/activity");
        assertThat(TestPipeline.runText("unit", "Commanders pressed the militants in Kabani to surrender on Monday.",
                LocalDate.of(2021, 5, 6)).mentions()).isEmpty();
    }
}
