package org.sitrep.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The word lists every lexicon loader reads through one method. */
class TsvTest {
    @Test
    void aWordListIsItsLowerCasedWordsWithoutCommentsBlanksOrRepeats() {
        assertThat(Tsv.words("/common/words.tsv")).containsExactlyInAnyOrder("ambush", "raid");
    }

    @Test
    void aMissingListFailsLoudlyNamingIt() {
        assertThatThrownBy(() -> Tsv.words("/common/no-such-list.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/common/no-such-list.tsv");
    }
}
