package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.resolve.actor.SideRules.roles;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/** A claimant or the group a report attributes an attack to is its actor1, on sentences written for the test. */
class ClaimedAttacksTest {
    @Test
    void aGroupThatClaimedTheBlastInTheNextSentenceIsActor1() {
        Actor police = new Actor("Police Forces of Somalia", ActorType.STATE_FORCES, "a police vehicle");
        ActorRoles.Roles r = roles("On 3 June, a roadside bomb struck a police vehicle near the cattle market.",
                "Al-Shabaab claimed responsibility for the blast.", "SO", "Somalia", "Explosions/Remote violence",
                "Remote explosive/landmine/IED", null, police);
        assertThat(r.actor1().name()).isEqualTo("Al Shabaab");
        assertThat(r.actor1().type()).isEqualTo(ActorType.REBEL_GROUP);
        assertThat(r.actor2()).isEqualTo(police);
    }

    @Test
    void aDeviceAttributedToAGroupLaterIsItsAttack() {
        ActorRoles.Roles r = roles("Two herders were wounded when their cart hit a mine on the road east of the wells.",
                "The device was probably planted by JNIM fighters. No arrests were made.", "ML", "Mali",
                "Explosions/Remote violence", "Remote explosive/landmine/IED", null, null);
        assertThat(r.actor1().name()).isEqualTo("JNIM");
        assertThat(r.actor1().type()).isEqualTo(ActorType.REBEL_GROUP);
    }

    @Test
    void unidentifiedGunmenBecomeTheGroupThatClaimedToHaveKilled() {
        Actor gunmen = new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "gunmen");
        ActorRoles.Roles r = roles("Gunmen ambushed a patrol of gendarmes on the road north of the lake.",
                "Islamic State Sahel Province later claimed to have killed three gendarmes.", "NE", "Niger", "Battles",
                "Armed clash", gunmen, null);
        assertThat(r.actor1()).isEqualTo(new Actor("Islamic State Sahel Province", ActorType.REBEL_GROUP, "gunmen"));
    }

    @Test
    void aGroupJoinedToPlantedByAHyphenPlantedTheMine() {
        ActorRoles.Roles r = roles("Three soldiers on foot patrol were killed by an ISWAP-planted landmine near the river.",
                "", "NG", "Nigeria", "Explosions/Remote violence", "Remote explosive/landmine/IED", null, null);
        assertThat(r.actor1().name()).isEqualTo("Islamic State West Africa Province");
        assertThat(r.actor2().name()).isEqualTo("Military Forces of Nigeria");
    }

    @Test
    void aStateThatClaimsIsNoClaimantOfTheAttack() {
        ActorRoles.Roles r = roles("A bomb went off outside a bakery in the old town, wounding two customers.",
                "The army claimed to have arrested the bombers.", "IQ", "Iraq", "Explosions/Remote violence",
                "Remote explosive/landmine/IED", null, null);
        assertThat(r.actor1().name()).isEqualTo("Unidentified Armed Group (Iraq)");
    }

    @Test
    void aGroupNamedWithoutAClaimIsNotTheDoer() {
        Actor gunmen = new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "Gunmen");
        ActorRoles.Roles r = roles("Gunmen shot a shopkeeper dead in the main market on Tuesday.",
                "Al-Shabaab fighters had left the town a week earlier.", "SO", "Somalia", "Violence against civilians",
                "Attack", gunmen, null);
        assertThat(r.actor1().name()).isEqualTo("Unidentified Armed Group (Somalia)");
    }

    @Test
    void aClaimIsReadOnlyForPoliticalViolence() {
        ActorRoles.Roles r = roles("Hundreds marched through the capital on Friday against rising fuel prices.",
                "Separately, the Taliban claimed responsibility for an ambush in the south.", "AF", "Afghanistan",
                "Protests", "Peaceful protest", null, null);
        assertThat(r.actor1().name()).isEqualTo("Protesters (Afghanistan)");
    }

    @Test
    void bombsDefusedThatAGroupPlantedWereThatGroupsWeapons() {
        Actor police = new Actor("Police Forces of India", ActorType.STATE_FORCES, "Police");
        ActorRoles.Roles r = roles("Police defused two pressure bombs found under a culvert, suspected to have been planted by Maoists.",
                "", "IN", "India", "Explosions/Remote violence", "Disrupted weapons use", police, null);
        assertThat(r.actor1()).isEqualTo(police);
        assertThat(r.actor2().name()).isEqualTo("Communist Party of India (Maoist)");
        assertThat(r.actor2().type()).isEqualTo(ActorType.REBEL_GROUP);
    }

    @Test
    void claimWordsCountOnlyWrittenAsTheLexiconHasThem() {
        ClaimedAttacks claims = new ClaimedAttacks(ActorDictionary.load());
        assertThat(claims.claimant("The mine was planted by the JNIM near the wells.", "ML").name()).isEqualTo("JNIM");
        assertThat(claims.claimant("JNIM militants later claimed responsibility for it.", "ML").name()).isEqualTo("JNIM");
        // three words between the group and its claim, or a hyphen inside the claim words, are no claim
        assertThat(claims.claimant("JNIM militants said on Monday they claimed responsibility.", "ML")).isNull();
        assertThat(claims.claimant("JNIM militants claimed-responsibility for it.", "ML")).isNull();
        assertThat(claims.claimant("A JNIM-planted mine hit the cart.", "ML").name()).isEqualTo("JNIM");
    }
}
