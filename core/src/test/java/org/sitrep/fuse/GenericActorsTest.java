package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/** Actors that are a class, not a named group, from lexicon/generic-actor-names.tsv. */
class GenericActorsTest {
    @Test
    void classNamesAreGenericAndNamedGroupsAreNot() {
        assertThat(Compatibility.generic(new Actor("Unidentified Armed Group (Niger)", ActorType.POLITICAL_MILITIA,
                "gunmen"))).isTrue();
        assertThat(Compatibility.generic(new Actor("Civilians (Mali)", ActorType.CIVILIANS, "villagers"))).isTrue();
        assertThat(Compatibility.generic(new Actor("Protesters (Chile)", ActorType.PROTESTERS, "marchers"))).isTrue();
        assertThat(Compatibility.generic(new Actor("Rioters", ActorType.RIOTERS, null))).isTrue();
        assertThat(Compatibility.generic(new Actor("Military Forces of Mali", ActorType.STATE_FORCES, "soldiers")))
                .isFalse();
        assertThat(Compatibility.generic(new Actor("civilians", ActorType.CIVILIANS, null)))
                .as("compared with case, as the resolver writes class names").isFalse();
    }
}
