package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbered localities and their base names. */
class NumberedNameTest {
    @Test
    void aNameJoinedToANumberHasThatNameAsItsBase() {
        assertThat(NumberedName.base("Horlivka-2")).isEqualTo("Horlivka");
        assertThat(NumberedName.base("Novo Selo-14")).isEqualTo("Novo Selo");
    }

    @Test
    void aModelsNameOrAPlainNameIsNoNumberedLocality() {
        assertThat(NumberedName.base("BM-21")).isNull();
        assertThat(NumberedName.base("Horlivka")).isNull();
        assertThat(NumberedName.base("Horlivka-2022")).isNull();
        assertThat(NumberedName.base("2-3")).isNull();
    }
}
