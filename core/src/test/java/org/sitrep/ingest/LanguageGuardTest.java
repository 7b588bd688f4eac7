// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The English function-word share that overrules the detector on short news sentences full of names. */
class LanguageGuardTest {
    @Test
    void theShareCountsTheLexiconsWordsWithoutCase() {
        // "The", "of", "said", "on" out of 9 words
        assertThat(LanguageGuard.englishFunctionWordShare("The mayor of Orvask said on Tuesday: curfew tonight."))
                .isCloseTo(4 / 9.0, within(1e-9));
        assertThat(LanguageGuard.englishFunctionWordShare("Kvartal Orvask Novy Dvor")).isZero();
        assertThat(LanguageGuard.englishFunctionWordShare("...")).isZero();
    }
}
