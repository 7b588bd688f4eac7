package org.sitrep.resolve.date;

import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * The date of a wire dateline opening an article ("KHARTOUM, April 16 (Reuters) -", "GOMA, Congo, March 3
 * (AFP) —"): the day the story was filed. It dates no event; it is the day the story's relative words
 * ("on Sunday", "yesterday") count from.
 */
final class DateLine {
    /** How many tokens the dateline's place (with its commas) may take before the date. */
    private static final int PLACE_TOKENS = 8;
    /** How many tokens the outlet's brackets may take after the date. */
    private static final int OUTLET_TOKENS = 6;
    /** Sentences of the article a dateline may open (a title may come first). */
    private static final int FIRST_SENTENCES = 2;

    /** Whether {@code t} is the date of a dateline opening {@code s}. */
    boolean is(Sentence s, TimeExpression t) {
        List<Token> tokens = s.tokens();
        int first = t.firstToken();
        if (s.index() >= FIRST_SENTENCES || first < 2 || first > PLACE_TOKENS || t.lastToken() + 1 >= tokens.size()
                || !",".equals(tokens.get(first - 1).word())) {
            return false;
        }
        for (int i = 0; i < first; i++) {
            String w = tokens.get(i).word();
            if (!w.equals(",") && !Character.isUpperCase(w.charAt(0))) {
                return false; // a place in capitals or title case, its parts joined by commas
            }
        }
        int k = t.lastToken() + 1;
        if (isOpenBracket(tokens.get(k).word())) {
            int close = k + 1;
            while (close < Math.min(tokens.size(), k + OUTLET_TOKENS) && !isCloseBracket(tokens.get(close).word())) {
                close++;
            }
            k = close + 1;
        }
        return k < tokens.size() && isDash(tokens.get(k).word());
    }

    private static boolean isOpenBracket(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isCloseBracket(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    private static boolean isDash(String w) {
        return w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013");
    }
}
