package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/** Unnamed armed groups of a clan, tribe or community, on sentences written for the test. */
class IdentityCuesTest {
    private static ActorRoles.Roles roles(String sentence, String following, String family, String sub) {
        return SideRules.roles(sentence, following, "SO", "Somalia", family, sub, null, null);
    }

    @Test
    void gunmenOfARivalSubClanAreAClanMilitia() {
        ActorRoles.Roles r = roles("On 2 March, gunmen from a rival sub-clan shot dead a herder near a water point"
                + " outside the village.", "", "Violence against civilians", "Attack");
        assertThat(r.actor1()).isEqualTo(new Actor("Unidentified Clan Militia (Somalia)", ActorType.IDENTITY_MILITIA,
                "gunmen"));
        assertThat(r.actor2().type()).isEqualTo(ActorType.CIVILIANS);
    }

    @Test
    void twoUnnamedSidesOfALandDisputeAreCommunalMilitias() {
        ActorRoles.Roles r = roles("Armed men from two neighbouring villages exchanged fire on Sunday.",
                "The fighting followed a long land dispute over grazing fields.", "Battles", "Armed clash");
        Actor militia = new Actor("Unidentified Communal Militia (Somalia)", ActorType.IDENTITY_MILITIA, null);
        assertThat(r.actor1().name()).isEqualTo(militia.name());
        assertThat(r.actor1().type()).isEqualTo(ActorType.IDENTITY_MILITIA);
        assertThat(r.actor2().name()).isEqualTo(militia.name());
    }

    @Test
    void tribesmenAreATribalMilitiaAndTheNamedForceStays() {
        ActorRoles.Roles r = roles("Armed tribesmen fired on soldiers at a checkpoint on the main road.", "", "Battles",
                "Armed clash");
        assertThat(r.actor1().name()).isEqualTo("Unidentified Tribal Militia (Somalia)");
        assertThat(r.actor2().name()).isEqualTo("Military Forces of Somalia");
        assertThat(r.actor2().type()).isEqualTo(ActorType.STATE_FORCES);
    }

    @Test
    void withoutACueAnUnnamedGroupStaysAPoliticalMilitia() {
        ActorRoles.Roles r = roles("Gunmen shot dead a trader and stole his cattle near the market.", "",
                "Violence against civilians", "Attack");
        assertThat(r.actor1()).isEqualTo(new Actor("Unidentified Armed Group (Somalia)", ActorType.POLITICAL_MILITIA,
                "Gunmen"));
    }

    @Test
    void aCueInsideALongerWordOrANameIsNoCue() {
        ActorRoles.Roles r = roles("Gunmen attacked a tribeswoman's shop; the Clancy brothers were blamed.",
                "The Red Clan gang denied any part in it.",
                "Violence against civilians", "Attack");
        assertThat(r.actor1().type()).isEqualTo(ActorType.POLITICAL_MILITIA);
    }

    @Test
    void theCommuneAdjectiveIsNoCommunity() {
        ActorRoles.Roles r = roles("On 4 June, unknown gunmen wounded a communal councillor outside his house.", "",
                "Violence against civilians", "Attack");
        assertThat(r.actor1().type()).isEqualTo(ActorType.POLITICAL_MILITIA);
    }

    @Test
    void communalMilitiamenTheTextNamesAreNoCueForTheirUnnamedEnemy() {
        ActorRoles.Roles r = roles("Unknown gunmen clashed with communal militiamen near the river, killing three.",
                "", "Battles", "Armed clash");
        assertThat(r.actor1().name()).isEqualTo("Unidentified Armed Group (Somalia)");
        assertThat(r.actor2().name()).isEqualTo("Unidentified Communal Militia (Somalia)");
        assertThat(r.actor2().type()).isEqualTo(ActorType.IDENTITY_MILITIA);
    }

    @Test
    void aMilitiaCalledByACommunitysNameIsThatIdentityMilitia() {
        ActorRoles.Roles r = roles("On 2 March, Garre militias attacked a herders' camp near the wells, killing three.",
                "", "Violence against civilians", "Attack");
        assertThat(r.actor1()).isEqualTo(new Actor("Garre Militia (Somalia)", ActorType.IDENTITY_MILITIA,
                "militias"));
        ActorRoles.Roles initial = roles("Armed militiamen attacked a bus near the wells, killing three.", "",
                "Violence against civilians", "Attack");
        assertThat(initial.actor1().name()).isEqualTo("Unidentified Armed Group (Somalia)");
        ActorRoles.Roles country = roles("On 2 March, Kenyan militiamen attacked a bus near the wells.", "",
                "Violence against civilians", "Attack");
        assertThat(country.actor1().type()).isEqualTo(ActorType.POLITICAL_MILITIA);
    }

    @Test
    void theUnnamedSideOfATribalClashIsATribalMilitiaToo() {
        ActorRoles.Roles r = roles("On 2 March, tribesmen clashed over grazing rights west of the town.", "", "Battles",
                "Armed clash");
        Actor tribal = new Actor("Unidentified Tribal Militia (Somalia)", ActorType.IDENTITY_MILITIA, "tribesmen");
        assertThat(r.actor1()).isEqualTo(tribal);
        assertThat(r.actor2()).isEqualTo(new Actor("Unidentified Tribal Militia (Somalia)", ActorType.IDENTITY_MILITIA,
                null));
    }

    @Test
    void aClanBasedClashIsBetweenClanMilitias() {
        ActorRoles.Roles r = roles("On 2 March, clan-based fighting broke out north of the town.", "", "Battles",
                "Armed clash");
        Actor clan = new Actor("Unidentified Clan Militia (Somalia)", ActorType.IDENTITY_MILITIA, null);
        assertThat(r.actor1()).isEqualTo(clan);
        assertThat(r.actor2()).isEqualTo(clan);
    }

    @Test
    void militiasFromTwoVillagesAreCommunalMilitias() {
        ActorRoles.Roles r = roles("On 2 March, militias from Agbo and Ekwe clashed over a farm boundary.", "",
                "Battles", "Armed clash");
        assertThat(r.actor1()).isEqualTo(new Actor("Agbo Militia (Somalia)", ActorType.IDENTITY_MILITIA,
                "militias"));
        assertThat(r.actor2()).isEqualTo(new Actor("Unidentified Communal Militia (Somalia)",
                ActorType.IDENTITY_MILITIA, null));
    }

    @Test
    void aNamedGroupsMilitiamenAreNoCommunity() {
        ActorRoles.Roles r = roles("On 2 March, militiamen from Al Shabaab attacked a base near the town.", "",
                "Battles", "Armed clash");
        // the name after "from" is a group the dictionary knows, not a village: no community militia is made of it
        assertThat(r.actor1()).isEqualTo(new Actor("Unidentified Armed Group (Somalia)", ActorType.POLITICAL_MILITIA,
                "militiamen"));
    }
}
