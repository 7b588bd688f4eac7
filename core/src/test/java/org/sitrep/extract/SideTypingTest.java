package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * Sub-types decided by who acts against whom (docs/accuracy.md, detection and typing, third round): monitor
 * counts of heavy-weapon fire, armed men against people, off-duty soldiers, crowds of residents, clashes
 * between groups of villagers or with the police. Sentences written for this test; each runs the whole
 * pipeline because the sub-type is finished once the resolve stage knows the actors.
 */
class SideTypingTest {
    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void monitorCountsOfHeavyWeaponFireAreShellingAndFireInBothDirectionsIsAClash() {
        assertThat(subType("On 12 March 2021, the monitors counted 23 bursts of fire involving heavy machineguns close to Vodiane."))
                .isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 12 March 2021, the monitors counted 4 shots involving unknown weapons near Vodiane."))
                .isEqualTo("Shelling/artillery/missile attack");
        assertThat(subType("On 12 March 2021, the monitors counted 25 shots involving small arms in both directions near Vodiane."))
                .isEqualTo("Armed clash");
        assertThat(subType("Government troops exchanged artillery with rebel fighters near Marib on Tuesday."))
                .isEqualTo("Armed clash");
    }

    @Test
    void armedMenAgainstPeopleIsAnAttackOnCivilians() {
        assertThat(subType("Three armed men attacked two people outside a bar in Celaya (Guanajuato) on 4 May 2021."))
                .isEqualTo("Attack");
    }

    @Test
    void anOffDutySoldierIsACivilianAndSoldiersAtACheckpointAreNot() {
        assertThat(subType("On 4 May 2021, militants shot dead a soldier (believed to be off-duty) outside his home in Baidoa (Bay)."))
                .isEqualTo("Attack");
        assertThat(subType("Militants shot dead two soldiers at a checkpoint near Baidoa on Monday."))
                .isEqualTo("Armed clash");
    }

    @Test
    void residentsBeatingSuspectsIsMobViolence() {
        assertThat(subType("On 4 May 2021, a group of residents beat two suspected burglars to death in Kisumu (Kisumu)."))
                .isEqualTo("Mob violence");
    }

    @Test
    void aSideTheParseHungElsewhereIsJudgedByTheWordsTheActorWasFoundBy() {
        // "by locals" is not the beating's own agent in the parse; the resolve stage's doer is the locals
        assertThat(subType("On 9 June 2021, two suspected motorbike thieves were caught, stripped and beaten up by locals "
                + "in Kaloma before the police arrived.")).isEqualTo("Mob violence");
        // the people fired at are the resolve stage's target, though not the fire's object in the parse
        assertThat(subType("On 9 June 2021, in Kaloma, armed men on a motorbike fired shots against the people gathered "
                + "outside a shop. No injuries were reported.")).isEqualTo("Attack");
    }

    @Test
    void fireWhoseDoerTheResolverFoundToBeAnAirForceIsAnAirStrike() {
        // the weapons named in the clause after the strike make their own trigger, with no subject of their own
        assertThat(subType("The Syrian Air Force bombed a depot near Kaloma, where trucks fitted with machineguns were "
                + "parked, a monitor said.")).isEqualTo("Air/drone strike");
    }

    @Test
    void riotersTurningOnCiviliansWithNoDemandAreMobViolence() {
        assertThat(subType("On 9 June 2021, rioters beat two migrant workers in Kaloma and damaged their hostel."))
                .isEqualTo("Mob violence");
        // a purpose told makes it the demonstration's violence
        assertThat(subType("On 9 June 2021, rioters hurled stones at migrant workers in Kaloma, demanding that they leave "
                + "the town.")).isEqualTo("Violent demonstration");
    }

    @Test
    void aClashOfVillagersOrWithThePoliceIsMobViolenceAndOfArmedGroupsABattle() {
        assertThat(subType("On 4 May 2021, two groups of villagers clashed over grazing land near Mopti (Mopti), leaving 3 people injured."))
                .isEqualTo("Mob violence");
        assertThat(subType("On 4 May 2021, clashes erupted between shopkeepers and police in Multan (Punjab)."))
                .isEqualTo("Mob violence");
        assertThat(subType("Soldiers clashed with jihadist fighters near Mopti on Monday.")).isEqualTo("Armed clash");
    }

    @Test
    void theSidesOfClashesThatBrokeOutBetweenThemAndNoDateAsAParticipant() {
        SentenceContext c = Sentences.context("On 4 May 2021, clashes erupted between shopkeepers and police in Multan.");
        Trigger t = new TriggerFinder().find(c).get(0);
        ArgumentReader.Actors a = new ArgumentReader().actors(c, t);
        assertThat(a.actor1().text()).isEqualTo("shopkeepers");
        assertThat(a.actor2().text()).isEqualTo("police");
        SentenceContext dated = Sentences.context("On 4 May 2021, fighters clashed near Gao.");
        ArgumentReader.Actors b = new ArgumentReader().actors(dated, new TriggerFinder().find(dated).get(0));
        assertThat(b.actor1().text()).isEqualTo("fighters");
        assertThat(b.actor2()).isNull();
    }

    @Test
    void transportWorkersProtestingAreNoEvacuation() {
        assertThat(subType("On 4 May 2021, about 200 transport workers staged a protest outside the labour ministry in Dhaka (Dhaka)."))
                .isEqualTo("Peaceful protest");
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
    void workersOrGroupsClashingWithPoliceIsMobViolenceEvenWhenOnlyThePoliceAreNamed() {
        assertThat(subType("On 3 May 2021, several migrant workers from Bihar clashed with police in Pune city (Pune, "
                + "Maharashtra) after officers halted them at a roadblock.")).isEqualTo("Mob violence");
        assertThat(subType("On 4 May 2021, two groups clashed over a land dispute in Rampur village (Bihar)."))
                .isEqualTo("Mob violence");
        assertThat(subType("On 9 May 2021, gang members clashed with police agents in San Pedro Sula (Cortes)."))
                .isEqualTo("Armed clash");
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
    void peopleKilledByFireAtASideFoundArmedAreNoSignOfAnAttackOnCivilians() {
        // the dead are the intelligence service's men: fire at state forces is a clash
        assertThat(TestPipeline.firstSubType("On 2 July 2021, three members of the army's intelligence branch were killed "
                + "when masked gunmen opened fire on them with rifles on the road out of Tafas.")).isEqualTo("Armed clash");
        // fire at people with no armed side found stays an attack
        assertThat(TestPipeline.firstSubType("On 2 July 2021, masked gunmen opened fire with rifles on the road out of "
                + "Tafas, killing three travellers.")).isEqualTo("Attack");
    }

    @Test
    void aCommanderOrARangerKilledIsAnArmedVictim() {
        assertThat(TestPipeline.firstSubType("On 2 July 2021, insurgents ambushed and killed a militia commander near "
                + "Tafas.")).isEqualTo("Armed clash");
        assertThat(TestPipeline.firstSubType("On 2 July 2021, separatists shot and killed one ranger on patrol near "
                + "Tafas.")).isEqualTo("Armed clash");
        assertThat(TestPipeline.firstSubType("On 2 July 2021, insurgents ambushed and killed a shopkeeper near Tafas."))
                .isEqualTo("Attack");
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
}
