package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.actor.SideRules.C;
import static org.sitrep.resolve.actor.SideRules.R;
import static org.sitrep.resolve.actor.SideRules.roles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.pipeline.TestPipeline;

/** ACLED's side conventions on sentences written for the test. */
class ActorConventionsTest {
    @Test
    void aShootOutWithNoNamedSideIsBetweenTwoUnidentifiedGroups() {
        ActorRoles.Roles r = roles("On 12 March, a shoot-out was reported in the harbour district (Port Town, Coast).",
                "", "KE", "Kenya", "Battles", "Armed clash", null, null);
        Actor unknown = new Actor("Unidentified Armed Group (Kenya)", ActorType.POLITICAL_MILITIA, null);
        assertThat(r.actor1()).isEqualTo(unknown);
        assertThat(r.actor2()).isEqualTo(unknown);
    }

    @Test
    void theUnnamedOtherSideOfAClashIsAnUnidentifiedGroup() {
        Actor army = new Actor("Military Forces of Niger", ActorType.STATE_FORCES, "Soldiers");
        ActorRoles.Roles r = roles("Soldiers exchanged fire for two hours near the well before withdrawing.", "", "NE",
                "Niger", "Battles", "Armed clash", army, null);
        assertThat(r.actor1()).isEqualTo(army);
        assertThat(r.actor2()).isEqualTo(new Actor("Unidentified Armed Group (Niger)", ActorType.POLITICAL_MILITIA, null));
    }

    @Test
    void anArrestIsMadeByThePoliceAndTheArrestedAreCivilians() {
        ActorRoles.Roles r = roles("Three journalists were detained at a roadblock outside the capital on Friday.", "",
                "TG", "Togo", "Strategic developments", "Arrests", null, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Police Forces of Togo", ActorType.STATE_FORCES, null));
        assertThat(r.actor2().name()).isEqualTo("Civilians (Togo)");
        assertThat(r.actor2().type()).isEqualTo(ActorType.CIVILIANS);
    }

    @Test
    void lootedPropertyBelongsToCivilians() {
        Actor gunmen = new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "gunmen");
        ActorRoles.Roles r = roles("Gunmen looted several shops and burnt a grain store in the village.", "", "ML",
                "Mali", "Strategic developments", "Looting/property destruction", gunmen, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Unidentified Armed Group (Mali)", ActorType.POLITICAL_MILITIA, "gunmen"));
        assertThat(r.actor2()).isEqualTo(new Actor("Civilians (Mali)", ActorType.CIVILIANS, null));
    }

    @Test
    void aRiotsSecondSideIsTheForceItFacedNotTheCrowd() {
        Actor traders = new Actor("Civilians", ActorType.CIVILIANS, "traders");
        ActorRoles.Roles r = roles("Angry traders threw stones at police who came to shut the market.", "", "IN",
                "India", "Riots", "Mob violence", null, traders);
        assertThat(r.actor1().name()).isEqualTo("Rioters (India)");
        assertThat(r.actor2().name()).isEqualTo("Police Forces of India");
        assertThat(r.actor2().type()).isEqualTo(ActorType.STATE_FORCES);
    }

    @Test
    void theTargetsOfViolenceAgainstCiviliansAreCiviliansEvenOffDuty() {
        Actor gunmen = new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "gunmen");
        Actor police = new Actor("Police Forces of Peru", ActorType.STATE_FORCES, "an off-duty police sergeant");
        ActorRoles.Roles r = roles("Gunmen on a motorbike shot an off-duty police sergeant outside his home.", "", "PE",
                "Peru", "Violence against civilians", "Attack", gunmen, police);
        assertThat(r.actor1()).isEqualTo(new Actor("Unidentified Armed Group (Peru)", ActorType.POLITICAL_MILITIA, "gunmen"));
        assertThat(r.actor2()).isEqualTo(new Actor("Civilians (Peru)", ActorType.CIVILIANS, "an off-duty police sergeant"));
    }

    @Test
    void aStateForceIsThePerpetratorWhenTheReportNamesNoOther() {
        Actor police = new Actor("Police Forces of Kenya", ActorType.STATE_FORCES, "police");
        Actor suspect = new Actor("Civilians", ActorType.CIVILIANS, "a robbery suspect");
        ActorRoles.Roles r = roles("A robbery suspect was shot dead during a police operation in the estate.", "", "KE",
                "Kenya", "Violence against civilians", "Attack", suspect, police);
        assertThat(r.actor1()).isEqualTo(police);
        assertThat(r.actor2()).isEqualTo(new Actor("Civilians (Kenya)", ActorType.CIVILIANS, "a robbery suspect"));
        // a retired officer who was shot is the victim, not the perpetrator
        Actor retired = new Actor("Police Forces of Kenya", ActorType.STATE_FORCES, "a retired police officer");
        ActorRoles.Roles v = roles("A retired police officer was shot dead at his farm.", "", "KE", "Kenya",
                "Violence against civilians", "Attack", null, retired);
        assertThat(v.actor1().name()).isEqualTo("Unidentified Armed Group (Kenya)");
        assertThat(v.actor2().name()).isEqualTo("Civilians (Kenya)");
    }

    @Test
    void withoutACountryTheClassNamesStayBare() {
        ActorRoles.Roles r = roles("Two men were arrested after the raid.", "", null, null, "Strategic developments",
                "Arrests", null, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Police Forces", ActorType.STATE_FORCES, null));
        assertThat(r.actor2().name()).isEqualTo("Civilians");
    }

    @Test
    void aPeacefulProtestGetsNoDefaultSecondSide() {
        ActorRoles.Roles r = roles("Teachers marched to the education office over unpaid wages.", "", "GH", "Ghana",
                "Protests", "Peaceful protest", null, null);
        assertThat(r.actor1().name()).isEqualTo("Protesters (Ghana)");
        assertThat(r.actor2()).isNull();
    }

    @Test
    void twoCrowdsThatClashedAreBothRioters() {
        Actor villagers = new Actor("Civilians", ActorType.CIVILIANS, "villagers");
        ActorRoles.Roles r = roles("Youths from two neighbouring villages clashed with stones and sticks over a "
                + "grazing dispute.", "", "IN", "India", "Riots", "Mob violence", null, villagers);
        assertThat(r.actor1().name()).isEqualTo("Rioters (India)");
        assertThat(r.actor2()).isEqualTo(new Actor("Rioters (India)", ActorType.RIOTERS, "villagers"));
    }

    @Test
    void guardsAreTheirForcesAndHiredGuardsArePrivateSecurity() {
        ActorRoles.Roles r = roles("Prison guards fired on inmates who had set mattresses alight.", "", "VE",
                "Venezuela", "Riots", "Violent demonstration", null, null);
        assertThat(r.actor2().name()).isEqualTo("Police Forces of Venezuela");
        ActorRoles.Roles s = roles("Armed men shot a security guard outside a warehouse in the industrial zone.", "",
                "MX", "Mexico", "Battles", "Armed clash", null, null);
        assertThat(s.actor1().name()).isEqualTo("Unidentified Armed Group (Mexico)");
        assertThat(s.actor2()).isEqualTo(new Actor("Private Security Forces (Mexico)", ActorType.EXTERNAL_FORCES,
                "security guard"));
    }

    @Test
    void policeWhoCameToStopAMobAreNoSideOfItsViolence() {
        ActorRoles.Roles r = roles("A mob beat a man accused of stealing a goat in the cattle market.",
                "Police arrived later and took the injured man to hospital.", "KE", "Kenya", "Riots", "Mob violence",
                null, null);
        assertThat(r.actor1().name()).isEqualTo("Rioters (Kenya)");
        assertThat(r.actor2().name()).isEqualTo("Civilians (Kenya)");
    }

    @Test
    void aDemonstrationsPoliceMayBeNamedInTheNextSentence() {
        ActorRoles.Roles r = roles("Students blocked the highway and burnt tyres over fee increases.",
                "Police fired tear gas to disperse them.", "KE", "Kenya", "Riots", "Violent demonstration", null, null);
        assertThat(r.actor1().name()).isEqualTo("Rioters (Kenya)");
        assertThat(r.actor2().name()).isEqualTo("Police Forces of Kenya");
    }

    @Test
    void unnamedVandalsAreAnArmedGroupAndCiviliansNeverStartTheViolence() {
        ActorRoles.Roles r = roles("On 3 May, unknown vandals set fire to a shop in the market of the town.", "", "KE",
                "Kenya", "Strategic developments", "Looting/property destruction", null, null);
        assertThat(r.actor1().name()).isEqualTo("Unidentified Armed Group (Kenya)");
        assertThat(r.actor1().type()).isEqualTo(ActorType.POLITICAL_MILITIA);
        assertThat(r.actor2()).isEqualTo(new Actor("Civilians (Kenya)", ActorType.CIVILIANS, null));
        Actor residents = new Actor("Civilians", ActorType.CIVILIANS, "a group of residents");
        ActorRoles.Roles burnt = roles("On 3 May, a group of residents burnt down the house of a trader.", "", "KE",
                "Kenya", "Strategic developments", "Looting/property destruction", residents, null);
        assertThat(burnt.actor1()).isEqualTo(new Actor("Unidentified Armed Group (Kenya)", ActorType.POLITICAL_MILITIA,
                null));
    }

    @Test
    void contrabandSeizedByThePoliceBelongedToAnUnnamedArmedGroup() {
        ActorRoles.Roles r = roles("On 3 May, police seized two tonnes of cannabis at a checkpoint on the coast road.",
                "", "KE", "Kenya", "Strategic developments", "Looting/property destruction", null, null);
        assertThat(r.actor1().name()).isEqualTo("Police Forces of Kenya");
        assertThat(r.actor2().name()).isEqualTo("Unidentified Armed Group (Kenya)");
        ActorRoles.Roles goods = roles("On 3 May, police seized the stock of a shop on the coast road.", "", "KE",
                "Kenya", "Strategic developments", "Looting/property destruction", null, null);
        assertThat(goods.actor2().name()).isEqualTo("Civilians (Kenya)");
    }

    @Test
    void aProtestWithInterventionWasMetByThePoliceWhenNoForceIsNamed() {
        ActorRoles.Roles r = roles("On 3 May, traders protested outside the town hall and two of them were detained.",
                "", "KE", "Kenya", "Protests", "Protest with intervention", null, null);
        assertThat(r.actor1().name()).isEqualTo("Protesters (Kenya)");
        assertThat(r.actor2()).isEqualTo(new Actor("Police Forces of Kenya", ActorType.STATE_FORCES, null));
        ActorRoles.Roles peaceful = roles("On 3 May, traders protested outside the town hall.", "", "KE", "Kenya",
                "Protests", "Peaceful protest", null, null);
        assertThat(peaceful.actor2()).isNull();
    }

    @Test
    void aShootOutWithNoSideNamedWasWithTheForceWhoseOperationTheSentenceBeforeTold() {
        String s = "Gunfire was exchanged for an hour and two suspects were wounded.";
        ActorRoles.Clause c = new ActorRoles.Clause(s, 2, "", "KE", "Kenya", null, null, List.of(),
                "On 3 May, police raided a house of drug dealers in the harbour district.");
        ActorRoles.Roles r = C.apply(R.fromSentence(null, null, c), new EventType("Battles", "Armed clash"), c);
        assertThat(r.actor1()).isEqualTo(new Actor("Police Forces of Kenya", ActorType.STATE_FORCES, "police"));
        assertThat(r.actor2().name()).isEqualTo("Unidentified Armed Group (Kenya)");
        ActorRoles.Clause first = new ActorRoles.Clause(s, 2, "", "KE", "Kenya");
        ActorRoles.Roles alone = C.apply(R.fromSentence(null, null, first), new EventType("Battles", "Armed clash"),
                first);
        assertThat(alone.actor1().name()).isEqualTo("Unidentified Armed Group (Kenya)");
    }

    @Test
    void twoCommunitiesMilitiasInOnePhraseAreBothSidesOfTheirClash() {
        Actor both = new Actor("Unidentified Communal Militia", ActorType.IDENTITY_MILITIA,
                "Alpha and Beta communal militias");
        ActorRoles.Roles r = roles("On 2 May, Alpha and Beta communal militias fought over farmland near the river.", "",
                "KE", "Kenya", "Battles", "Armed clash", both, null);
        Actor militia = new Actor("Unidentified Communal Militia (Kenya)", ActorType.IDENTITY_MILITIA, null);
        assertThat(r.actor1().name()).isEqualTo(militia.name());
        assertThat(r.actor2()).isEqualTo(militia);
    }

    private static ActorRoles.Roles bombing(String sentence, String sub, boolean harmed) {
        ActorRoles.Clause c = new ActorRoles.Clause(sentence, 0, "", "AF", "Afghanistan");
        return C.apply(R.fromSentence(null, null, c), new EventType("Explosions/Remote violence", sub), c, harmed);
    }

    @Test
    void theOnlyForceNamedInABombingIsItsTarget() {
        ActorRoles.Roles r = bombing("Three policemen were wounded when a landmine went off under their pickup outside"
                + " the district centre.", "Remote explosive/landmine/IED", true);
        assertThat(r.actor1()).isEqualTo(new Actor("Unidentified Armed Group (Afghanistan)", ActorType.POLITICAL_MILITIA,
                null));
        assertThat(r.actor2()).isEqualTo(new Actor("Police Forces of Afghanistan", ActorType.STATE_FORCES, "policemen"));
    }

    @Test
    void peopleABombHarmedWithNoSideNamedAreCivilians() {
        String s = "A roadside bomb went off beside a minibus on the valley road, killing its driver.";
        ActorRoles.Roles r = bombing(s, "Remote explosive/landmine/IED", true);
        assertThat(r.actor2()).isEqualTo(new Actor("Civilians (Afghanistan)", ActorType.CIVILIANS, null));
        ActorRoles.Roles grenade = bombing("Someone threw a grenade into a tea shop, wounding the owner.", "Grenade", true);
        assertThat(grenade.actor2()).isEqualTo(new Actor("Civilians (Afghanistan)", ActorType.CIVILIANS, null));
        // nobody hurt: no target is invented
        assertThat(bombing("A roadside bomb went off on the valley road at dawn.", "Remote explosive/landmine/IED", false)
                .actor2()).isNull();
    }

    @Test
    void aGovernmentNamedBesideABombingIsNotMadeItsTarget() {
        ActorRoles.Roles r = bombing("The authorities closed the square after a bomb went off beside the town hall.",
                "Remote explosive/landmine/IED", false);
        assertThat(r.actor1()).isEqualTo(new Actor("Government of Afghanistan", ActorType.STATE_FORCES, "authorities"));
        assertThat(r.actor2()).isNull();
    }

    @Test
    void aJuntaIsTheCountrysMilitaryForces() {
        List<EventMention> m = TestPipeline.mentionsOf("On 6 April 2021, the Malian junta deployed troops to Gao.");
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).actor1().name()).isEqualTo("Military Forces of Mali");
    }

    @Test
    void policewomenAndTheIntelligenceServiceAreStateForces() {
        List<EventMention> m = TestPipeline.mentionsOf("On 6 April 2021, gunmen shot dead two NDS members in Herat city.");
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).type().subEventType()).isEqualTo("Armed clash");
        assertThat(m.get(0).actor2().name()).isEqualTo("Police Forces of Afghanistan");
        List<EventMention> p = TestPipeline.mentionsOf("On 6 April 2021, unknown gunmen shot and killed a policewoman in "
                + "Kandahar city.");
        assertThat(p).isNotEmpty();
        assertThat(p.get(0).actor2().name()).isEqualTo("Police Forces of Afghanistan");
    }
}
