package org.sitrep.resolve.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One word of a text, with the forms the matchers compare.
 *
 * <p>A word is a run of letters and digits, with inner apostrophes kept ("Hay'at", "Lord's", "N'Djamena"), or a dotted
 * abbreviation ("U.S.", "U.N."). Hyphens, slashes and other punctuation separate words.
 *
 * @param start   offset of the first character in the text
 * @param end     offset just past the last character
 * @param raw     the characters as written
 * @param norm    lower case, accents, apostrophes and dots removed: the case-insensitive key
 * @param exact   as {@code norm} but case kept: the key for acronym-like alias tokens
 * @param possessive whether the word ends in 's or ’s ("Jaish al-Islam's")
 * @param baseEnd end offset without the possessive ending (equals {@code end} when not possessive)
 * @param baseNorm {@code norm} of the word without the possessive ending
 * @param baseExact {@code exact} of the word without the possessive ending
 */
record Token(int start, int end, String raw, String norm, String exact,
             boolean possessive, int baseEnd, String baseNorm, String baseExact) {

    private static final Pattern WORD =
            Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String raw = m.group();
            boolean poss = raw.length() > 2
                    && (raw.endsWith("'s") || raw.endsWith("’s") || raw.endsWith("'S") || raw.endsWith("’S"));
            String base = poss ? raw.substring(0, raw.length() - 2) : raw;
            String exact = exact(raw);
            String baseExact = poss ? exact(base) : exact;
            out.add(new Token(m.start(), m.end(), raw, exact.toLowerCase(Locale.ROOT), exact, poss,
                    m.start() + base.length(), baseExact.toLowerCase(Locale.ROOT), baseExact));
        }
        return out;
    }

    /** Accents, apostrophes and dots removed; case kept. */
    static String exact(String s) {
        // plain ASCII has no accents to take apart: the normalisation, most of a word's cost, changes nothing
        String d = ascii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c != '\'' && c != '’' && c != '.') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String norm(String s) {
        return exact(s).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether an alias token must match in exactly its case: it has letters and no lower-case letter ("IS", "M23",
     * "U.S."), or it has two or more capitals ("LeT", "JeM").
     */
    static boolean acronymLike(String aliasToken) {
        String e = exact(aliasToken);
        int upper = 0;
        boolean lower = false;
        boolean letter = false;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isUpperCase(c)) {
                    upper++;
                } else if (Character.isLowerCase(c)) {
                    lower = true;
                }
            }
        }
        return letter && (!lower || upper >= 2);
    }
}
