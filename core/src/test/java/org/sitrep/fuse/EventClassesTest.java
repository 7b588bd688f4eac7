package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;

/** Coarse classes and armed violence as fusion reads them from the ontology. */
class EventClassesTest {
    private final EventClasses classes = new EventClasses();

    @Test
    void armedViolenceIsBattlesRemoteViolenceAndAttacksOnCivilians() {
        assertThat(classes.violent(new EventType("Battles", "Armed clash"))).isTrue();
        assertThat(classes.violent(new EventType("Explosions/Remote violence", "Grenade"))).isTrue();
        assertThat(classes.violent(new EventType("Violence against civilians", "Abduction/forced disappearance"))).isTrue();
        // a riot's violence is a crowd's: fusion keeps riots in their own class (extraction's tolls do not)
        assertThat(classes.violent(new EventType("Riots", "Mob violence"))).isFalse();
        assertThat(classes.violent(new EventType("Protests", "Excessive force against protesters"))).isFalse();
        assertThat(classes.violent(new EventType("Humanitarian", "Flight"))).isFalse();
    }

    @Test
    void coarseClassAndSubTypeLookUp() {
        assertThat(classes.coarse(new EventType("Riots", "Violent demonstration"))).isEqualTo("riot");
        assertThat(classes.coarse(new EventType("Made up", "Nothing"))).isEqualTo("Made up");
        assertThat(classes.ofSubType(" grenade ")).isEqualTo(new EventType("Explosions/Remote violence", "Grenade"));
        assertThat(classes.displacement(new EventType("Humanitarian", "Return"))).isTrue();
    }
}
