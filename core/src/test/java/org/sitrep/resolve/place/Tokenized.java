// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Sentences written for tests, split as the annotator's tokenizer splits them: runs of letters and digits are words,
 * a possessive "'s" is a token, every other mark ("-", ",", "(", "[", "'") is a token of its own. No tags: the span readers read words only.
 */
public final class Tokenized {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|'s\\b|\\S");

    private Tokenized() {
    }

    /** The text as one sentence beginning at {@code begin} in its article. */
    public static Sentence sentence(String text, int begin) {
        return sentence(0, text, begin);
    }

    /** The text as the sentence {@code index} of its article, beginning at {@code begin}. */
    public static Sentence sentence(int index, String text, int begin) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(tokens.size(), m.group(), begin + m.start(), begin + m.end(), "NN",
                    m.group().toLowerCase(), "O", null));
        }
        return new Sentence(index, begin, begin + text.length(), text, tokens, List.of(), List.of(), true);
    }

    public static Sentence sentence(String text) {
        return sentence(text, 0);
    }

    /** The span of the first occurrence of {@code words} in the sentence. */
    public static PlaceRef span(Sentence s, String words) {
        int at = s.text().indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException(words + " not in: " + s.text());
        }
        return new PlaceRef(words, s.begin() + at, s.begin() + at + words.length(), PlaceRef.Role.LOCATION, false);
    }
}
