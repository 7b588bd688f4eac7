// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** The letter runs of a sentence's tokens, and the word written after one across a space. */
class SpanTokensTest {

    @Test
    void lettersOfEveryTokenInTextOrderWithTheirOffsets() {
        Sentence s = Tokenized.sentence("Kenyan police, in Garissa's market.", 100);
        List<SpanTokens.Word> w = SpanTokens.words(s);
        assertThat(w).extracting(SpanTokens.Word::text)
                .containsExactly("Kenyan", "police", "in", "Garissa", "s", "market");
        assertThat(w.get(3).begin()).isEqualTo(118);
        assertThat(w.get(3).end()).isEqualTo(125);
        assertThat(w.get(3).token()).isEqualTo(4);
    }

    @Test
    void aTokenJoinedByAHyphenHoldsTwoRunsOfLetters() {
        // the annotator's tokenizer keeps "Ethiopian-backed" as one token
        String text = "Ethiopian-backed militia";
        Sentence s = new Sentence(0, 0, text.length(), text, List.of(
                new Token(0, "Ethiopian-backed", 0, 16, "JJ", "ethiopian-backed", "O", null),
                new Token(1, "militia", 17, 24, "NN", "militia", "O", null)), List.of(), List.of(), true);
        List<SpanTokens.Word> w = SpanTokens.words(s);
        assertThat(w).extracting(SpanTokens.Word::text).containsExactly("Ethiopian", "backed", "militia");
        assertThat(w).extracting(SpanTokens.Word::token).containsExactly(0, 0, 1);
        // "Ethiopian" does not end its token: no word follows it across a space
        assertThat(SpanTokens.nextWord(s, w.get(0))).isNull();
        assertThat(SpanTokens.nextWord(s, w.get(1))).isEqualTo("militia");
    }

    @Test
    void theNextWordIsReadAcrossWhiteSpaceOnly() {
        Sentence s = Tokenized.sentence("The Somali region, Afar's capital and Oromia (west).");
        List<SpanTokens.Word> w = SpanTokens.words(s);
        assertThat(SpanTokens.nextWord(s, w.get(1))).isEqualTo("region");   // Somali
        assertThat(SpanTokens.nextWord(s, w.get(2))).isNull();              // region, then a comma
        assertThat(SpanTokens.nextWord(s, w.get(3))).isNull();              // Afar, then 's written without a space
        assertThat(SpanTokens.nextWord(s, w.get(7))).isNull();              // Oromia, then a bracket
        assertThat(SpanTokens.nextWord(s, w.get(8))).isNull();              // west, then the sentence's end mark
    }
}
