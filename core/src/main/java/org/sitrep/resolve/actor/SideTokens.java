package org.sitrep.resolve.actor;

import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Where a side's words lie among the annotated sentence's tokens. A resolved side keeps the article's words it was
 * read from, not their place, so the side is the first run of whole tokens that spells them. Stateless.
 */
final class SideTokens {
    private SideTokens() {
    }

    /** The index of the first token at which the sentence spells the words, ending where a token ends; -1 if none. */
    static int first(Sentence s, String words) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            int at = t.get(k).begin() - s.begin();
            if (at >= 0 && s.text().startsWith(words, at) && last(t, k, t.get(k).begin() + words.length()) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the token from {@code k} on that ends at article offset {@code end}, or -1. */
    static int last(List<Token> t, int k, int end) {
        for (int i = k; i < t.size() && t.get(i).begin() < end; i++) {
            if (t.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }

    /** The sentence's text between two article offsets. */
    static String text(Sentence s, int from, int to) {
        return s.text().substring(from - s.begin(), to - s.begin());
    }
}
