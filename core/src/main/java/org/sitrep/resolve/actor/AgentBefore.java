package org.sitrep.resolve.actor;

import java.util.List;
import java.util.Locale;

/**
 * The agent's preposition before an actor: "by" and at most two words before it ("killed by suspected militants",
 * "backed by clan militias"), read on the sentence's words, each apart from the next by white space only (a hyphen
 * compound is one word: "by pro-government militias"). Stateless.
 */
final class AgentBefore {
    private static final String BY = "by";
    /** The words that may stand between "by" and the actor ("by suspected", "by the local"). */
    private static final int WORDS_BETWEEN = 2;

    private AgentBefore() {
    }

    /**
     * The word right before the "by" that governs the actor starting at {@code start} ("backed", "manned"), in lower
     * case; "" when "by" opens the text or follows punctuation; null when no "by" governs the actor.
     */
    static String wordBeforeBy(String text, List<Token> toks, int start) {
        int i = TargetCues.lastBefore(toks, start);
        int end = start;
        for (int words = 0; i >= 0 && words <= WORDS_BETWEEN; words++) {
            Token t = toks.get(i);
            if (!Gaps.spaces(text, t.end(), end)) {
                return null;
            }
            if (BY.equals(t.raw().toLowerCase(Locale.ROOT))) {
                return wordBefore(text, toks, i);
            }
            // one word of letters, a hyphen compound's parts with it
            int first = i;
            while (first >= 1 && letters(toks.get(first)) && toks.get(first).start() == toks.get(first - 1).end() + 1
                    && text.charAt(toks.get(first - 1).end()) == '-') {
                first--;
            }
            for (int k = first; k <= i; k++) {
                if (!letters(toks.get(k))) {
                    return null;
                }
            }
            end = toks.get(first).start();
            i = first - 1;
        }
        return null;
    }

    /** The word of letters right before token {@code by}, white space between, in lower case; else "". */
    private static String wordBefore(String text, List<Token> toks, int by) {
        if (by < 1 || !Gaps.spaces(text, toks.get(by - 1).end(), toks.get(by).start()) || !letters(toks.get(by - 1))) {
            return "";
        }
        return toks.get(by - 1).raw().toLowerCase(Locale.ROOT);
    }

    private static boolean letters(Token t) {
        return t.raw().chars().allMatch(Character::isLetter);
    }
}
