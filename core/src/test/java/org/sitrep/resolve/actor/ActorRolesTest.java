package org.sitrep.resolve.actor;

import org.sitrep.model.ActorType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.actor.SideRules.C;
import static org.sitrep.resolve.actor.SideRules.R;
import static org.sitrep.resolve.actor.SideRules.roles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;

class ActorRolesTest {
    private static EventType t(String family, String sub) {
        return new EventType(family, sub);
    }

    @Test
    void agentAfterByActsAndTheKilledAreTargets() {
        ActorRoles.Roles r = roles("Two policemen were killed when a bomb planted by al-Shabaab militants went off "
                + "near their patrol in the market town.", "", "SO", "Somalia",
                t("Explosions/Remote violence", "Remote explosive/landmine/IED"), null, null);
        assertThat(r.actor1().name()).isEqualTo("Al Shabaab");
        assertThat(r.actor1().type()).isEqualTo(ActorType.REBEL_GROUP);
        assertThat(r.actor2().name()).isEqualTo("Police Forces of Somalia");
        assertThat(r.actor2().type()).isEqualTo(ActorType.STATE_FORCES);
    }

    @Test
    void theWordsOfANotesHeadingAreNoActor() {
        ActorRoles.Roles r = roles("Troop movements: On 3 April, Iranian forces moved a column of trucks to a base near"
                + " the border crossing.", "", "IQ", "Iraq", t("Strategic developments", "Change to group/activity"),
                null, null);
        assertThat(r.actor1().name()).isEqualTo("Military Forces of Iran");
        assertThat(r.actor1().type()).isEqualTo(ActorType.FOREIGN_STATE);
        assertThat(r.actor2()).isNull();
        // without a heading the same words stay actors
        ActorRoles.Roles plain = roles("Troops and Iranian forces moved a column of trucks to a base.", "", "IQ", "Iraq",
                t("Strategic developments", "Change to group/activity"), null, null);
        assertThat(plain.actor1().name()).isEqualTo("Military Forces of Iraq");
    }

    @Test
    void forcesNearWhichABombWentOffAreItsTarget() {
        ActorRoles.Roles r = roles("A roadside bomb went off near an army convoy on the highway south of the town on Friday.",
                "", "SO", "Somalia", t("Explosions/Remote violence", "Remote explosive/landmine/IED"), null, null);
        assertThat(r.actor2().name()).isEqualTo("Military Forces of Somalia");
        assertThat(r.actor1() == null || !r.actor1().name().startsWith("Military Forces")).isTrue();
    }

    @Test
    void attackersOfARepelledAttackAreActor1() {
        Actor soldiers = new Actor("Military Forces of Nigeria", ActorType.STATE_FORCES, "Soldiers");
        ActorRoles.Roles r = roles("Soldiers repelled an attack by Boko Haram fighters on their base near the lake, "
                + "killing several of them.", "", "NG", "Nigeria", t("Battles", "Armed clash"), soldiers, null);
        assertThat(r.actor1().name()).isEqualTo("Boko Haram");
        assertThat(r.actor2()).isEqualTo(soldiers);
    }

    @Test
    void unnamedAttackersOfCiviliansAreAnUnidentifiedArmedGroupOfTheCountry() {
        ActorRoles.Roles r = roles("On 3 June, a shopkeeper was shot dead in his stall in the old quarter of the town.",
                "", "ML", "Mali", t("Violence against civilians", "Attack"), null, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Unidentified Armed Group (Mali)", ActorType.POLITICAL_MILITIA, null));
        assertThat(r.actor2()).isEqualTo(new Actor("Civilians (Mali)", ActorType.CIVILIANS, null));
    }

    @Test
    void gunmenKeepTheirWordsAndVictimsAreCivilians() {
        ActorRoles.Roles r = roles("Unknown gunmen killed three farmers on their way to the fields.", "", "BF",
                "Burkina Faso", t("Violence against civilians", "Attack"), null, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Unidentified Armed Group (Burkina Faso)", ActorType.POLITICAL_MILITIA,
                "Unknown gunmen"));
        assertThat(r.actor2()).isEqualTo(new Actor("Civilians (Burkina Faso)", ActorType.CIVILIANS, "farmers"));
    }

    @Test
    void aProtestIsProtestersAgainstThePoliceOfTheNextSentence() {
        Actor union = new Actor("Government of Kenya", ActorType.STATE_FORCES, "the county government");
        ActorRoles.Roles r = roles("Hundreds of traders marched on the offices of the county government over new "
                        + "market fees.", "Police fired tear gas to disperse them.", "KE", "Kenya",
                t("Protests", "Protest with intervention"), union, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Protesters (Kenya)", ActorType.PROTESTERS, null));
        assertThat(r.actor2().name()).isEqualTo("Police Forces of Kenya");
    }

    @Test
    void aPeacefulProtestWithNoForceHasNoActor2() {
        ActorRoles.Roles r = roles("Nurses demonstrated outside the ministry of health demanding unpaid wages.", "",
                "ZW", "Zimbabwe", t("Protests", "Peaceful protest"), null, null);
        assertThat(r.actor1().name()).isEqualTo("Protesters (Zimbabwe)");
        assertThat(r.actor2()).isNull();
    }

    @Test
    void rioterFirstPoliceSecond() {
        Actor police = new Actor("Police Forces of Chile", ActorType.STATE_FORCES, "Riot police");
        Actor youths = new Actor("Civilians", ActorType.CIVILIANS, "youths");
        ActorRoles.Roles r = roles("Riot police clashed with youths who threw stones at a station.", "", "CL", "Chile",
                t("Riots", "Violent demonstration"), police, youths);
        assertThat(r.actor1()).isEqualTo(new Actor("Rioters (Chile)", ActorType.RIOTERS, null));
        assertThat(r.actor2()).isEqualTo(police);
    }

    @Test
    void aMobsVictimIsACivilian() {
        ActorRoles.Roles r = roles("A mob beat a suspected cattle thief to death at a village market.", "", "UG",
                "Uganda", t("Riots", "Mob violence"), null, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Rioters (Uganda)", ActorType.RIOTERS, "mob"));
        assertThat(r.actor2()).isEqualTo(new Actor("Civilians (Uganda)", ActorType.CIVILIANS, null));
    }

    @Test
    void aCutNamedGroupIsRestoredFromTheSentence() {
        Actor cut = new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "militants");
        ActorRoles.Roles r = roles("Border guards opened fire on ISWAP militants crossing the river.", "", "NE",
                "Niger", t("Battles", "Armed clash"), null, cut);
        assertThat(r.actor2()).isEqualTo(new Actor("Islamic State West Africa Province", ActorType.REBEL_GROUP, "militants"));
    }

    @Test
    void anUnnamedSideThatFoughtTheArmyIsAnUnidentifiedGroup() {
        Actor army = new Actor("Military Forces of Cameroon", ActorType.STATE_FORCES, "an army patrol");
        ActorRoles.Roles r = roles("An army patrol came under fire near the border crossing.", "", "CM", "Cameroon",
                t("Battles", "Armed clash"), null, army);
        assertThat(r.actor1().name()).isEqualTo("Unidentified Armed Group (Cameroon)");
        assertThat(r.actor2()).isEqualTo(army);
    }

    @Test
    void typesCarryAcledInterCodes() {
        assertThat(ActorType.of("state forces")).contains(ActorType.STATE_FORCES);
        assertThat(ActorType.STATE_FORCES.inter()).isEqualTo(1);
        assertThat(ActorType.IDENTITY_MILITIA.inter()).isEqualTo(4);
        assertThat(ActorType.FOREIGN_STATE.inter()).isEqualTo(8);
        assertThat(ActorType.of("bandits")).isEmpty();
        assertThat(ActorType.CIVILIANS.crowd()).isTrue();
        assertThat(ActorType.REBEL_GROUP.armed()).isTrue();
    }

    @Test
    void aBackerAfterByIsNotTheAgent() {
        ActorRoles.Roles r = roles("Army units backed by clan militias took back the district "
                + "headquarters from the insurgents.", "", "SO", "Somalia", t("Battles", "Government regains territory"),
                null, null);
        assertThat(r.actor1().name()).isEqualTo("Military Forces of Somalia");
        assertThat(r.actor2().name()).isEqualTo("Unidentified Armed Group (Somalia)");
    }

    @Test
    void positionsOfAForceAreThatForceAsTarget() {
        ActorRoles.Roles r = roles("Turkish artillery shelled regime positions near the town overnight.", "", "SY",
                "Syria", t("Explosions/Remote violence", "Shelling/artillery/missile attack"), null, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Military Forces of Turkey", ActorType.FOREIGN_STATE, "Turkish artillery"));
        assertThat(r.actor2()).isEqualTo(new Actor("Government of Syria", ActorType.STATE_FORCES, "regime"));
    }

    @Test
    void anAdverbBeforeAnActiveVerbMakesNoPassive() {
        ActorRoles.Roles r = roles("On 4 June, al-Shabaab fighters reportedly attacked a police station in the town, "
                + "killing two officers.", "", "SO", "Somalia", t("Battles", "Armed clash"), null, null);
        assertThat(r.actor1().name()).isEqualTo("Al Shabaab");
        assertThat(r.actor2().name()).isEqualTo("Police Forces of Somalia");
    }

    @Test
    void aPerfectIsNoPassive() {
        ActorRoles.Roles r = roles("Boko Haram fighters have killed two soldiers in an ambush on the road to the lake.",
                "", "NG", "Nigeria", t("Battles", "Armed clash"), null, null);
        assertThat(r.actor1().name()).isEqualTo("Boko Haram");
        assertThat(r.actor2().name()).isEqualTo("Military Forces of Nigeria");
    }

    @Test
    void thoseWhoFiredAtSomeoneFiredAndThoseFiredUponAreTheTarget() {
        ActorRoles.Roles fired = roles("Boko Haram fighters fired at a military convoy near the lake.", "", "NG",
                "Nigeria", t("Battles", "Armed clash"), null, null);
        assertThat(fired.actor1().name()).isEqualTo("Boko Haram");
        assertThat(fired.actor2().name()).isEqualTo("Military Forces of Nigeria");
        ActorRoles.Roles firedUpon = roles("On Monday, soldiers were reportedly fired upon by Boko Haram fighters near "
                + "the lake.", "", "NG", "Nigeria", t("Battles", "Armed clash"), null, null);
        assertThat(firedUpon.actor1().name()).isEqualTo("Boko Haram");
        assertThat(firedUpon.actor2().name()).isEqualTo("Military Forces of Nigeria");
    }

    @Test
    void aBareParticipleBeforeAPrepositionStillNamesTheTarget() {
        ActorRoles.Roles r = roles("Three soldiers killed in an ambush by Boko Haram fighters on the road to the lake.",
                "", "NG", "Nigeria", t("Battles", "Armed clash"), null, null);
        assertThat(r.actor1().name()).isEqualTo("Boko Haram");
        assertThat(r.actor2().name()).isEqualTo("Military Forces of Nigeria");
    }

    @Test
    void aFormOfBeOrGetMakesAPassiveAndAPerfectWithAnAdverbDoesNot() {
        String rest = " on Sunday evening in the north, and Boko Haram fighters fled with their weapons.";
        ActorRoles.Roles got = roles("Two soldiers got killed" + rest, "", "NG", "Nigeria", t("Battles", "Armed clash"),
                null, null);
        assertThat(got.actor1().name()).isEqualTo("Boko Haram");
        assertThat(got.actor2().name()).isEqualTo("Military Forces of Nigeria");
        ActorRoles.Roles were = roles("Two soldiers were also reportedly killed" + rest, "", "NG", "Nigeria",
                t("Battles", "Armed clash"), null, null);
        assertThat(were.actor1().name()).isEqualTo("Boko Haram");
        assertThat(were.actor2().name()).isEqualTo("Military Forces of Nigeria");
        ActorRoles.Roles have = roles("Two soldiers have reportedly killed a herder" + rest, "", "NG", "Nigeria",
                t("Battles", "Armed clash"), null, null);
        assertThat(have.actor1().name()).isEqualTo("Military Forces of Nigeria");
        assertThat(have.actor2().name()).isEqualTo("Boko Haram");
    }

    @Test
    void aHarmWordOfAnEarlierClauseDoesNotMakeTheNextSubjectATarget() {
        ActorRoles.Roles r = roles("Two soldiers were killed when Boko Haram fighters stormed the outpost near the lake.",
                "", "NG", "Nigeria", t("Battles", "Armed clash"), null, null);
        assertThat(r.actor1().name()).isEqualTo("Boko Haram");
        assertThat(r.actor2().name()).isEqualTo("Military Forces of Nigeria");
        ActorRoles.Roles killing = roles("Gunmen raided the outpost, killing two soldiers near the lake.", "", "NG",
                "Nigeria", t("Battles", "Armed clash"), null, null);
        assertThat(killing.actor1().name()).isEqualTo("Unidentified Armed Group (Nigeria)");
        assertThat(killing.actor2().name()).isEqualTo("Military Forces of Nigeria");
    }

    @Test
    void theAuthorOfARepelledAttackNamedBeforeItsNounIsActor1() {
        ActorRoles.Roles r = roles("Soldiers repelled a Boko Haram attack on their base near the lake on Sunday.", "",
                "NG", "Nigeria", t("Battles", "Armed clash"), null, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Boko Haram", ActorType.REBEL_GROUP, "Boko Haram"));
        assertThat(r.actor2().name()).isEqualTo("Military Forces of Nigeria");
    }

    @Test
    void anActorNamedOnlyAsTheOrganisationOfASpeakerIsNoSide() {
        String s = "About 300 soldiers and their families were evacuated from the town, a spokesman for Boko Haram said.";
        ActorRoles.Clause c = new ActorRoles.Clause(s, 50, "", "NG", "Nigeria", null, null,
                List.of("a spokesman for Boko Haram"), "");
        ActorRoles.Roles r = R.fromSentence(null, null, c);
        assertThat(r.actor1()).isEqualTo(new Actor("Military Forces of Nigeria", ActorType.STATE_FORCES, "soldiers"));
        assertThat(r.actor2()).isEqualTo(new Actor("Civilians", ActorType.CIVILIANS, "families"));
        // the speaker itself may be a side ("Boko Haram said it ..."), and a phrase with no role names no speaker
        ActorRoles.Roles reported = R.fromSentence(null, null, new ActorRoles.Clause("Clashes between Boko Haram fighters "
                + "and soldiers were reported near the lake.", 0, "", "NG", "Nigeria", null, null,
                List.of("Clashes between Boko Haram fighters and soldiers"), ""));
        assertThat(reported.actor1().name()).isEqualTo("Boko Haram");
        assertThat(reported.actor2().name()).isEqualTo("Military Forces of Nigeria");
        String t = "Boko Haram said its fighters overran the base of the army near the lake.";
        ActorRoles.Roles own = R.fromSentence(null, null, new ActorRoles.Clause(t, 30, "", "NG", "Nigeria", null, null,
                List.of("Boko Haram"), ""));
        assertThat(own.actor1().name()).isEqualTo("Boko Haram");
    }

    @Test
    void militaryPoliceAreOneForceAndGovernmentPositionsAreItsForces() {
        ActorRoles.Roles r = roles("On 2 May, the Military Police exchanged fire with gunmen in a hillside slum.", "",
                "BR", "Brazil", t("Battles", "Armed clash"), null, null);
        assertThat(r.actor1().name()).isEqualTo("Military Forces of Brazil");
        assertThat(r.actor2().name()).isEqualTo("Unidentified Armed Group (Brazil)");
        ActorRoles.Roles shelled = roles("Overnight, separatist gunners shelled governmental positions outside the "
                + "mine.", "", "UA", "Ukraine", t("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                null, null);
        assertThat(shelled.actor2().name()).isEqualTo("Military Forces of Ukraine");
    }

    @Test
    void aSpeakerThatSaysItActedIsActor1() {
        String s = "The Kenyan Defence Ministry said on Monday it had opened a new corridor out of the besieged town.";
        ActorRoles.Roles r = R.fromSentence(null, null, new ActorRoles.Clause(s, 50, "", "SO", "Somalia", null, null,
                List.of("The Kenyan Defence Ministry"), ""));
        assertThat(r.actor1()).isEqualTo(new Actor("Government of Kenya", ActorType.FOREIGN_STATE,
                "The Kenyan Defence Ministry"));
        String other = "The Kenyan Defence Ministry said on Monday the town was cut off by a new corridor.";
        ActorRoles.Roles none = R.fromSentence(null, null, new ActorRoles.Clause(other, 50, "", "SO", "Somalia", null,
                null, List.of("The Kenyan Defence Ministry"), ""));
        assertThat(none.actor1()).isNull();
    }

    @Test
    void aNamedGroupRightBeforeOrInsideTheWordsOfAnUnnamedSideNamesIt() {
        Actor soldiers = new Actor("Military Forces of Nigeria", ActorType.STATE_FORCES, "Soldiers");
        Actor unnamed = new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "two Boko Haram fighters");
        ActorRoles.Roles r = roles("Soldiers intercepted two Boko Haram fighters on the road to the lake.", "", "NG",
                "Nigeria", t("Battles", "Armed clash"), soldiers, unnamed);
        assertThat(r.actor2()).isEqualTo(new Actor("Boko Haram", ActorType.REBEL_GROUP, "two Boko Haram fighters"));
        Actor far = new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "gunmen who fled from Boko Haram");
        ActorRoles.Roles other = roles("Soldiers intercepted gunmen who fled from Boko Haram on the road to the lake.", "",
                "NG", "Nigeria", t("Battles", "Armed clash"), soldiers, far);
        assertThat(other.actor2().name()).isEqualTo("Unidentified Armed Group (Nigeria)");
    }

    @Test
    void theBomberActsAndTheForceWhoseSiteHeHitIsTheTarget() {
        EventType bombing = t("Explosions/Remote violence", "Suicide bomb");
        String s = "A suicide bomber blew himself up at an army checkpoint on the ring road, killing three soldiers.";
        ActorRoles.Roles r = C.apply(R.fromSentence(null, null, new ActorRoles.Clause(s, 2, "", "AF", "Afghanistan")),
                bombing, new ActorRoles.Clause(s, 2, "", "AF", "Afghanistan"));
        assertThat(r.actor1()).isEqualTo(new Actor("Unidentified Armed Group (Afghanistan)", ActorType.POLITICAL_MILITIA,
                "suicide bomber"));
        assertThat(r.actor2().name()).isEqualTo("Military Forces of Afghanistan");
        // a speaker before the bombers, and a post's holders after "guarded by", are no actor1
        String said = "The army said that a pair of suicide bombers blew themselves up at a post guarded by soldiers.";
        int trigger = said.indexOf("suicide bombers");
        ActorRoles.Clause c = new ActorRoles.Clause(said, trigger, "", "NG", "Nigeria");
        ActorRoles.Roles q = C.apply(R.fromSentence(null, null, c), bombing, c);
        assertThat(q.actor1().name()).isEqualTo("Unidentified Armed Group (Nigeria)");
        assertThat(q.actor2().name()).isEqualTo("Military Forces of Nigeria");
    }

    @Test
    void aBlastAtAForcesSiteTargetsThatForce() {
        String s = "A car bomb exploded at a police checkpoint outside the town on Sunday.";
        ActorRoles.Roles r = roles(s, "", "SO", "Somalia", t("Explosions/Remote violence", "Remote explosive/landmine/IED"),
                null, null);
        assertThat(r.actor2().name()).isEqualTo("Police Forces of Somalia");
        assertThat(r.actor1().name()).isEqualTo("Unidentified Armed Group (Somalia)");
        // a force's unit acting is no site: "army units backed by militias" stay the actor
        ActorRoles.Roles units = roles("Army units attacked a rebel camp near the river.", "", "SO", "Somalia",
                t("Battles", "Armed clash"), null, null);
        assertThat(units.actor1().name()).isEqualTo("Military Forces of Somalia");
    }

    @Test
    void theCountedNounOfANamedGroupInTheSameSentenceIsThatGroup() {
        Actor police = new Actor("Police Forces of Afghanistan", ActorType.STATE_FORCES, "police");
        String s = "On 3 May, police fought Taliban militants near the dam, killing 7 militants and wounding 4.";
        for (Actor read : new Actor[]{null, new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "7 militants")}) {
            ActorRoles.Roles r = roles(s, "", "AF", "Afghanistan", t("Battles", "Armed clash"), police, read);
            assertThat(r.actor1()).isEqualTo(police);
            assertThat(r.actor2().name()).isEqualTo("Taliban");
        }
        // two named groups whose words end with the noun: which one lost the 7 is not said
        ActorRoles.Roles two = roles("IS militants attacked Taliban militants in the valley, killing 7 militants.", "",
                "AF", "Afghanistan", t("Battles", "Armed clash"), null,
                new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "7 militants"));
        assertThat(two.actor2().name()).isEqualTo("Unidentified Armed Group (Afghanistan)");
    }
}
