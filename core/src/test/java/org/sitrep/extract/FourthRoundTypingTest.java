package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * Fourth round of typing (docs/accuracy.md): fire answered in the next sentence makes a clash, the event of
 * the main clause leads its sentence, a crowd the resolver could not name still decides a clash, attacks on
 * property alone, and attacks by an air arm. Sentences written for this test.
 */
class FourthRoundTypingTest {
    private static List<EventMention> run(String text) {
        return TestPipeline.mentionsOf(text);
    }

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
    void theMainClauseEventLeadsItsSentence() {
        List<EventMention> m = run("On 5 May 2021, supporters of a cleric who was arrested last week protested in Multan city "
                + "(Punjab), demanding his release.");
        assertThat(m.get(0).type().subEventType()).isEqualTo("Peaceful protest");
        assertThat(subType("On 6 May 2021, relatives of families who were displaced by the fighting held a sit-in outside the "
                + "governor's office in Maiduguri (Borno).")).isEqualTo("Peaceful protest");
    }

    @Test
    void aTriggerNamingTheKindOfAnotherTriggerIsNoBackground() {
        assertThat(subType("Five soldiers were wounded in a grenade explosion near Sopore on Tuesday during clashes with rebels."))
                .isEqualTo("Grenade");
    }

    @Test
    void rocketsFiredAgainAtTheSameBaseStayShelling() {
        assertThat(subType("On 2 May 2021, an air base near Balad (Salah al-Din) was targeted by rockets. Officials said that "
                + "four rockets were fired at the air base near Balad.")).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void aGangsVictimWhoTraffickedIsAnArmedClashAndThePolicesVictimIsNot() {
        assertThat(subType("On 3 May 2021, in Recife, Pernambuco, a man was shot dead by gunmen riding a motorbike. "
                + "The victim had a record for drug trafficking.")).isEqualTo("Armed clash");
        assertThat(subType("On 3 May 2021, in Recife, Pernambuco, an alleged drug dealer was shot dead by armed men."))
                .isEqualTo("Armed clash");
        assertThat(subType("On 3 May 2021, in Recife, Pernambuco, a man was shot dead by gunmen riding a motorbike. "
                + "Police said the victim was not involved in drug trafficking.")).isEqualTo("Attack");
        assertThat(subType("On 3 May 2021, in Recife, Pernambuco, a man was shot dead by armed men in a dispute between drug "
                + "trafficking gangs.")).isEqualTo("Attack");
    }

    @Test
    void aTriggerInsideAClauseAboutANounDescribesThatNoun() {
        MainClauseFirst first = new MainClauseFirst();
        SentenceContext c = Sentences.context("Supporters of a cleric who was arrested last week protested in Multan.");
        List<Trigger> found = new TriggerFinder().find(c);
        Trigger arrest = found.stream().filter(t -> t.frame() == org.sitrep.model.Frame.ARREST).findFirst().orElseThrow();
        Trigger protest = found.stream().filter(t -> t.frame() == org.sitrep.model.Frame.PROTEST).findFirst().orElseThrow();
        assertThat(first.describesNoun(arrest.head(), c.syntax(), java.util.Set.of())).isTrue();
        assertThat(first.describesNoun(protest.head(), c.syntax(), java.util.Set.of())).isFalse();
    }

    @Test
    void workersOrGroupsClashingWithPoliceIsMobViolenceEvenWhenOnlyThePoliceAreNamed() {
        assertThat(subType("On 3 May 2021, several migrant workers from Bihar clashed with police in Pune city (Pune, "
                + "Maharashtra) after officers halted them at a roadblock.")).isEqualTo("Mob violence");
        assertThat(subType("On 4 May 2021, two groups clashed over a land dispute in Rampur village (Bihar)."))
                .isEqualTo("Mob violence");
        assertThat(subType("On 9 May 2021, gang members clashed with police agents in San Pedro Sula (Cortes)."))
                .isEqualTo("Armed clash");
    }

    @Test
    void armedPeopleAreNoCrowdAndMembersBelongToTheirOrganisation() {
        ParticipantWords w = new ParticipantWords();
        assertThat(w.of(new ActorRef("three armed inmates", "inmates"))).isEqualTo(ParticipantWords.Kind.ARMED);
        assertThat(w.of(new ActorRef("dozens of inmates", "dozens"))).isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(w.of(new ActorRef("two groups", "groups"))).isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(w.of(new ActorRef("two armed groups", "groups"))).isNotEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(w.of(new ActorRef("gang members", "members"))).isEqualTo(ParticipantWords.Kind.UNKNOWN);
        assertThat(w.of(new ActorRef("community members", "members"))).isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(w.of(new ActorRef("a group of vigilantes", "group"))).isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(w.noncombatantIn("Gunmen shot dead a police officer who was off duty in Celaya.")).isTrue();
    }

    @Test
    void anAttackThatHitOnlyPropertyIsPropertyDestruction() {
        assertThat(subType("On 5 May 2021, an anarchist cell staged an arson attack on a bank branch in "
                + "Kadikoy, Istanbul.")).isEqualTo("Looting/property destruction");
        assertThat(subType("On 4 May 2021, armed men attacked a gas pipeline near Saravena (Arauca)."))
                .isEqualTo("Looting/property destruction");
        assertThat(subType("On 4 May 2021, armed men attacked a bus near Saravena (Arauca), killing two passengers."))
                .isEqualTo("Attack");
    }

    @Test
    void anAttackByAnAirForceIsAnAirStrike() {
        assertThat(subType("On 5 May 2021, the LNA air force targeted enemy positions near Gharyan (Jabal al Gharbi)."))
                .isEqualTo("Air/drone strike");
        assertThat(subType("On 5 May 2021, government warplanes attacked a rebel convoy near Kidal (Kidal)."))
                .isEqualTo("Air/drone strike");
    }
}
