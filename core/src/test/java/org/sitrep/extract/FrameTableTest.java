package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Frame;

/** The traits column of lexicon/frames.tsv is read as {@link FrameTrait}s; a word that names none is an error. */
class FrameTableTest {
    @Test
    void traitsAreReadAsTheirEnumValues() {
        FrameTable table = FrameTable.load("/lexicon/frames.tsv");
        assertThat(table.row(Frame.AIR).traits()).containsExactlyInAnyOrder(FrameTrait.DISRUPTABLE, FrameTrait.SPORT_METAPHOR);
        assertThat(table.row(Frame.SUICIDE).traits()).containsExactly(FrameTrait.DEFINING);
        assertThat(table.row(Frame.GRENADE).traits()).isEmpty();
        assertThat(table.row(Frame.AIR).disruptable()).isTrue();
        assertThat(table.row(Frame.SUICIDE).defining()).isTrue();
        assertThat(table.row(Frame.SUICIDE).sportMetaphor()).isFalse();
    }

    @Test
    void anUnknownTraitNamesItsRowAndWord() {
        assertThatThrownBy(() -> FrameTable.load("/lexicon-faults/frames-unknown-trait.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("/lexicon-faults/frames-unknown-trait.tsv:3: frame AIR: unknown trait sport_metafor");
    }

    @Test
    void traitCodesAreTheColumnWords() {
        assertThat(FrameTrait.fromCode("sport_metaphor")).contains(FrameTrait.SPORT_METAPHOR);
        assertThat(FrameTrait.fromCode("defining ")).contains(FrameTrait.DEFINING);
        assertThat(FrameTrait.fromCode("sporting")).isEmpty();
    }
}
