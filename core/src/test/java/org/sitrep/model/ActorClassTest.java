package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorClassTest {
    @Test
    void classNamesAreKnownWithOrWithoutTheirCountry() {
        assertThat(ActorClass.isClassName("Civilians")).isTrue();
        assertThat(ActorClass.isClassName("Protesters (Peru)")).isTrue();
        assertThat(ActorClass.isClassName("Rioters (Kenya)")).isTrue();
        assertThat(ActorClass.isClassName("Unidentified Armed Group (Chad)")).isTrue();
        assertThat(ActorClass.UNIDENTIFIED_ARMED_GROUP.names("Unidentified Clan Militia (Somalia)")).isTrue();
    }

    @Test
    void namedGroupsAndOtherCaseAreNotClassNames() {
        assertThat(ActorClass.isClassName("Military Forces of Chad")).isFalse();
        assertThat(ActorClass.isClassName("Police Forces of Peru")).isFalse();
        assertThat(ActorClass.isClassName("civilians")).as("the resolver writes class names capitalised").isFalse();
        assertThat(ActorClass.CIVILIANS.names("Protesters (Peru)")).isFalse();
    }

    @Test
    void labelIsTheNameWithoutACountry() {
        assertThat(ActorClass.UNIDENTIFIED_ARMED_GROUP.label()).isEqualTo("Unidentified Armed Group");
        assertThat(ActorClass.PROTESTERS.label()).isEqualTo("Protesters");
    }
}
