package org.sitrep.resolve.actor;

/**
 * What stands between and beside the {@link Token}s of a text: white space as the lexicons' phrases allow it between
 * their words (a regular expression's {@code \s}: ASCII only, no no-break space), and the characters that join a word
 * to the next one into a longer word.
 */
final class Gaps {
    private Gaps() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether white space only, at least one character, lies between {@code from} and {@code to}. */
    static boolean spaces(String text, int from, int to) {
        return from < to && spaceAfter(text, from) >= to;
    }

    /** Where the white space that ends at {@code at} starts ({@code at} itself when there is none). */
    static int spaceBefore(String text, int at) {
        int k = at;
        while (k > 0 && isSpace(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    /** Where the white space that starts at {@code at} ends ({@code at} itself when there is none). */
    static int spaceAfter(String text, int at) {
        int k = at;
        while (k < text.length() && isSpace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** A letter or a hyphen: beside a word, what makes it part of a longer one ("clan-based", "anti-pro"). */
    static boolean joinsWord(char c) {
        return Character.isLetter(c) || c == '-';
    }

    /** A hyphen, as written or as the non-breaking and Unicode hyphens. */
    static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }
}
