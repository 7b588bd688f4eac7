package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.EventType;

/** BattleSides: civilians read as a side of an armed clash are the people it harmed, not a side. */
class BattleSidesTest {
    private static final EventType CLASH = new EventType("Battles", "Armed clash");
    private static final EventType ATTACK = new EventType("Violence against civilians", "Attack");

    private static Actor civilians(String words) {
        return new Actor("Civilians", ActorType.CIVILIANS, words);
    }

    @Test
    void theHarmedCiviliansYieldToTheForceTheSentenceNamesBesideTheOtherSide() {
        ActorRoles.Roles r = SideRules.roles(
                "On 2 June, M23 fighters fought FARDC troops near a market, wounding a trader and two civilians.", "",
                "CD", "Democratic Republic of Congo", CLASH,
                new Actor("M23", ActorType.REBEL_GROUP, "M23 fighters"), civilians("two civilians"));
        assertThat(r.actor1().name()).isEqualTo("M23");
        assertThat(r.actor2()).isEqualTo(new Actor("Military Forces of Democratic Republic of Congo",
                ActorType.STATE_FORCES, "FARDC troops"));
    }

    @Test
    void facingAnIdentityMilitiaTheHarmedAreAnotherCommunitysMilitia() {
        ActorRoles.Roles r = SideRules.roles("Clan militias fought over a grazing area, leaving four people dead.", "",
                "SO", "Somalia", CLASH, new Actor("Unidentified Clan Militia", ActorType.IDENTITY_MILITIA,
                        "Clan militias"), civilians("four people"));
        assertThat(r.actor2().type()).isEqualTo(ActorType.IDENTITY_MILITIA);
        assertThat(r.actor2().name()).isEqualTo("Unidentified Clan Militia (Somalia)");
    }

    @Test
    void withNoOtherArmedSideNamedTheCiviliansStay() {
        // the report may tell an attack on civilians that typing read as a clash
        ActorRoles.Roles r = SideRules.roles("Gunmen shot at a farmer on his way to the well.", "", "KE", "Kenya", CLASH,
                new Actor("Unidentified Armed Group", ActorType.POLITICAL_MILITIA, "Gunmen"), civilians("a farmer"));
        assertThat(r.actor2().type()).isEqualTo(ActorType.CIVILIANS);
        // other event types keep their civilians
        ActorRoles.Roles attack = SideRules.roles(
                "Soldiers beat a farmer near the police post on his way to the well.", "", "KE", "Kenya", ATTACK,
                new Actor("Military Forces of Kenya", ActorType.STATE_FORCES, "Soldiers"), civilians("a farmer"));
        assertThat(attack.actor2().type()).isEqualTo(ActorType.CIVILIANS);
    }
}
