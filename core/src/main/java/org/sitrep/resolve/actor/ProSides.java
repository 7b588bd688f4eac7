package org.sitrep.resolve.actor;

import java.util.List;

/**
 * "pro-X" before a side, read over the text's {@link Token}s: "pro-Houthi fighters" (X's own fighters), "pro-X
 * elements" (X's side), "pro-X and allied tribal forces" (a coalition X leads). X is one word of letters (dots kept:
 * "pro-U.S.") that one hyphen joins to "pro"; the words after it stand apart by white space. Stateless and
 * thread-safe.
 */
final class ProSides {
    /** How far before a side its "pro-X" may start (characters). */
    private static final int BEFORE = 40;
    /** How far before a side a "pro-X and" that leads it may start ("pro-X and allied tribal forces"). */
    private static final int LEADING = 80;

    /** A "pro-X" in the text: where "pro" starts, and X's characters. */
    record Pro(int start, int sideStart, int sideEnd) {
        String side(String text) {
            return text.substring(sideStart, sideEnd);
        }
    }

    private ProSides() {
    }

    /** "pro-X " right before token {@code i} ("pro-Houthi fighters"), or null. */
    static Pro before(String text, List<Token> toks, int i) {
        int at = toks.get(i).start();
        Pro p = i >= 2 ? pro(text, toks, i - 2, Math.max(0, at - BEFORE)) : null;
        return p != null && Gaps.spaces(text, p.sideEnd(), at) ? p : null;
    }

    /**
     * "pro-X noun" starting at token {@code k} ("pro-X elements", "a pro-X incursion"), "pro" no letter's or hyphen's
     * continuation: the pro-X, the noun's end and the noun; or null.
     */
    static Noun noun(String text, List<Token> toks, int k) {
        if (k + 2 >= toks.size() || toks.get(k).start() > 0 && Gaps.joinsWord(text.charAt(toks.get(k).start() - 1))) {
            return null;
        }
        Pro p = pro(text, toks, k, 0);
        Token n = toks.get(k + 2);
        String noun = text.substring(n.start(), n.baseEnd());
        if (p == null || !Gaps.spaces(text, p.sideEnd(), n.start()) || !letters(noun)
                || n.baseEnd() < text.length() && Gaps.joinsWord(text.charAt(n.baseEnd()))) {
            return null;
        }
        return new Noun(p, n.baseEnd(), noun);
    }

    /** A "pro-X noun": the pro-X, where the noun ends, the noun as written. */
    record Noun(Pro pro, int end, String noun) {
    }

    /**
     * "pro-X and " before a side, with up to two words between ("pro-X and allied tribal
     * forces", "pro-X and Y forces"), each maybe quoted; none of them hyphened ("pro-X and anti-X troops" names two
     * sides). The first such pro-X before the side starting at character {@code at}, or null.
     */
    static Pro andBefore(String text, List<Token> toks, int at) {
        int i = tokenAt(toks, at);
        if (i < 0) {
            return null;
        }
        int from = Math.max(0, at - LEADING);
        for (int words = 2; words >= 0; words--) {
            int and = i - 1 - words;
            if (and < 2 || !toks.get(and).raw().equalsIgnoreCase("and")) {
                continue;
            }
            Pro p = pro(text, toks, and - 2, from);
            if (p == null || !Gaps.spaces(text, p.sideEnd(), toks.get(and).start())) {
                continue;
            }
            boolean ok = gap(text, toks.get(and).end(), toks.get(and + 1).start(), false);
            for (int w = and + 1; ok && w < i; w++) {
                ok = letters(toks.get(w).raw()) && gap(text, toks.get(w).end(), toks.get(w + 1).start(), true);
            }
            if (ok) {
                return p;
            }
        }
        return null;
    }

    /**
     * "pro-X" at tokens {@code k} and {@code k + 1}, "pro" starting a word at or after {@code from} (the start of the
     * stretch read), or null.
     */
    private static Pro pro(String text, List<Token> toks, int k, int from) {
        if (k < 0 || k + 1 >= toks.size()) {
            return null;
        }
        Token pro = toks.get(k);
        Token side = toks.get(k + 1);
        int start = pro.start();
        if (!pro.raw().equalsIgnoreCase("pro") || start < from
                || start > from && Character.isLetterOrDigit(text.charAt(start - 1)) || start > from && text.charAt(start - 1) == '_'
                || side.start() != pro.end() + 1 || !Gaps.isHyphen(text.charAt(pro.end())) || !lettersOrDots(side.raw())) {
            return null;
        }
        return new Pro(start, side.start(), side.end());
    }

    /**
     * Between two words of "pro-X and ...": a closing quote (after a word only), white space, then an opening quote,
     * the quotes optional.
     */
    private static boolean gap(String text, int from, int to, boolean afterWord) {
        int k = from;
        if (afterWord && k < to && "\"”'".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        int spaces = k;
        while (k < to && Gaps.isSpace(text.charAt(k))) {
            k++;
        }
        if (k == spaces) {
            return false;
        }
        if (k < to && "\"“'".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k == to;
    }

    /** The index of the token starting at {@code start}, or -1. */
    private static int tokenAt(List<Token> toks, int start) {
        int lo = 0;
        int hi = toks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = toks.get(mid).start();
            if (s == start) {
                return mid;
            }
            if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    private static boolean letters(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isLetter);
    }

    private static boolean lettersOrDots(String s) {
        return s.chars().allMatch(c -> Character.isLetter(c) || c == '.');
    }
}
