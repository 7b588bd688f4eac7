package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/** Actors that are a class, not a named group (ACLED's class names, {@link org.sitrep.model.ActorClass}), fit any actor. */
class ClassActorsFitTest {
    @Test
    void classNamesAreGenericAndNamedGroupsAreNot() {
        assertThat(Compatibility.generic(new Actor("Unidentified Armed Group (Niger)", ActorType.POLITICAL_MILITIA,
                "gunmen"))).isTrue();
        assertThat(Compatibility.generic(new Actor("Civilians (Mali)", ActorType.CIVILIANS, "villagers"))).isTrue();
        assertThat(Compatibility.generic(new Actor("Protesters (Chile)", ActorType.PROTESTERS, "marchers"))).isTrue();
        assertThat(Compatibility.generic(new Actor("Rioters", ActorType.RIOTERS, null))).isTrue();
        assertThat(Compatibility.generic(new Actor("Unidentified Clan Militia (Kenya)", ActorType.IDENTITY_MILITIA,
                "clan fighters"))).as("every unidentified group, not only the armed group").isTrue();
        assertThat(Compatibility.generic(new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "soldiers")))
                .isFalse();
        assertThat(Compatibility.generic(new Actor("civilians", ActorType.CIVILIANS, null)))
                .as("compared with case, as the resolver writes class names").isFalse();
    }
}
