package org.sitrep.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Families, coarse classes, inter codes and distances, as the project's scorer defines them. */
class CodesTest {
    @Test
    void familiesSpanBothCodebooks() {
        assertThat(Family.of("Explosions/Remote violence")).isEqualTo(Family.REMOTE);
        assertThat(Family.of("Remote violence")).isEqualTo(Family.REMOTE);
        assertThat(Family.of("Riots/Protests")).isEqualTo(Family.PROTEST_RIOT);
        assertThat(Family.of("Non-violent transfer of territory")).isEqualTo(Family.STRATEGIC);
        assertThat(Family.of("Violence against civilians")).isEqualTo(Family.CIVILIANS);
        assertThat(Family.of("Humanitarian")).isEqualTo(Family.HUMANITARIAN);
        assertThat(Family.of(null)).isEqualTo(Family.OTHER);
        assertThat(Family.PROTEST_RIOT.label()).isEqualTo("protest_riot");
    }

    @Test
    void classesSplitFamiliesByHow() {
        assertThat(EventClass.of("Explosions/Remote violence", "Air/drone strike")).isEqualTo(EventClass.AIR_STRIKE);
        assertThat(EventClass.of("Explosions/Remote violence", "Shelling/artillery/missile attack")).isEqualTo(EventClass.SHELLING);
        assertThat(EventClass.of("Explosions/Remote violence", "Remote explosive/landmine/IED")).isEqualTo(EventClass.EXPLOSION);
        assertThat(EventClass.of("Battles", "Armed clash")).isEqualTo(EventClass.CLASH);
        assertThat(EventClass.of("Battles", "Government regains territory")).isEqualTo(EventClass.TERRITORY);
        assertThat(EventClass.of("Strategic developments", "Non-violent transfer of territory")).isEqualTo(EventClass.TERRITORY);
        assertThat(EventClass.of("Strategic developments", "Agreement")).isEqualTo(EventClass.AGREEMENT);
        assertThat(EventClass.of("Strategic developments", "Arrests")).isEqualTo(EventClass.STRATEGIC);
        assertThat(EventClass.of("Humanitarian", "Evacuation")).isEqualTo(EventClass.DISPLACEMENT);
        assertThat(EventClass.of("Humanitarian", "Release of detainees")).isEqualTo(EventClass.RELEASE);
        assertThat(EventClass.of("Protests", "Peaceful protest")).isEqualTo(EventClass.PROTEST);
        assertThat(EventClass.of("Riots", "Mob violence")).isEqualTo(EventClass.RIOT);
    }

    @Test
    void actorTypesMapToInterCodes() {
        assertThat(InterCode.ofActorType("State forces")).contains(InterCode.STATE_FORCES);
        assertThat(InterCode.ofActorType("police")).contains(InterCode.STATE_FORCES);
        assertThat(InterCode.ofActorType("communal militia")).contains(InterCode.IDENTITY_MILITIA);
        assertThat(InterCode.ofActorType("foreign state").map(InterCode::code)).contains("8");
        assertThat(InterCode.ofActorType("protesters").map(InterCode::code)).contains("6");
        assertThat(InterCode.ofActorType("journalists")).isEmpty();
        assertThat(InterCode.ofActorType(null)).isEmpty();
    }
}
