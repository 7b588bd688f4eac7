// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Name normalisation for gazetteer keys and the lookup variants derived from a surface string.
 *
 * <p>{@link #fold} is deliberately simple and lossless about word order: it only removes what
 * spellings of the same name disagree on (case, diacritics, apostrophe-like marks, punctuation).
 * The Arabic article and "province"/"city" style words are handled as separate, penalised
 * variants so that an exact form always outranks a guessed one.
 */
final class Names {

    /** What a suffix word in the query says about the kind of place meant. */
    enum Hint { NONE, PLACE, REGION }

    /** One key to look up, with the ranking penalty for the rewriting that produced it. */
    record Variant(String key, int penalty) { }

    /** A parsed surface string: its lookup variants (best first) and the kind hint. */
    record Query(List<Variant> variants, Hint hint) { }

    /**
     * Leading Arabic article spellings found in romanised names: al-, el-, and the sun-letter
     * assimilations (ad-, ar-, as-, ash-, an-, at-, az-, ...). Only stripped when a word follows.
     */
    static final Set<String> ARTICLES = Set.of(
            "al", "el", "il", "ul", "ad", "adh", "ar", "as", "ash", "an", "at", "ath", "az",
            "ed", "er", "es", "esh", "et", "ez", "en");
    private static final int MAX_ARTICLE_LENGTH = 3;

    private Names() { }

    /**
     * Folds a name to its lookup key: NFKD, combining marks removed, lower case, apostrophe-like
     * marks (' ‘ ’ ʿ ʾ ʻ ʼ ` ´) removed without a space, every other run of non-alphanumerics
     * collapsed to one space, trimmed. A few Latin letters NFKD leaves alone are spelled out
     * (ß→ss, ø→o, ł→l, ı→i, ə→e, ...). Non-Latin letters are kept as they are.
     */
    static String fold(String s) {
        return s == null ? "" : fold(s, 0, s.length());
    }

    /** {@link #fold(String)} of {@code s.substring(from, to)}, without making the substring. */
    static String fold(String s, int from, int to) {
        if (from >= to) {
            return "";
        }
        StringBuilder out = new StringBuilder(to - from);
        foldInto(s, from, to, out);
        return out.toString();
    }

    /**
     * Replaces the contents of {@code out} with the fold of {@code s.substring(from, to)}. Index
     * building folds half a million names; reusing one builder avoids as many temporary strings.
     */
    static void foldInto(String s, int from, int to, StringBuilder out) {
        out.setLength(0);
        boolean pendingSpace = false;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String piece = cp < CHAR_FOLDS.length ? cachedFold(cp) : foldCodePoint(cp);
            for (int j = 0; j < piece.length(); j++) {
                char c = piece.charAt(j);
                if (c == ' ') {
                    pendingSpace = out.length() > 0;
                } else {
                    if (pendingSpace) {
                        out.append(' ');
                        pendingSpace = false;
                    }
                    out.append(c);
                }
            }
        }
    }

    /**
     * Per-character results of {@link #foldCodePoint}, filled on first use. Folding is
     * character-local (NFKD decomposes each character on its own and every combining mark is
     * dropped anyway), so caching by character gives the same keys as normalising whole strings,
     * and loading half a million names does not pay for {@link Normalizer} each time.
     * Races only ever store equal immutable strings.
     */
    private static final String[] CHAR_FOLDS = new String[0x10000];

    private static String cachedFold(int cp) {
        String f = CHAR_FOLDS[cp];
        if (f == null) {
            f = foldCodePoint(cp);
            CHAR_FOLDS[cp] = f;
        }
        return f;
    }

    /** One character folded: "" if dropped, " " if a separator, else lower-case letters/digits. */
    private static String foldCodePoint(int cp) {
        if (isApostrophe(cp)) {
            return "";   // "Sana'a" -> "sanaa", "Ta‘izz" -> "taizz"
        }
        String decomposed = cp < 0x80 ? Character.toString(cp)
                : Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || isApostrophe(c)) {
                continue;   // "Dūmā" -> "Duma"
            }
            if (!Character.isLetterOrDigit(c)) {
                b.append(' ');
                continue;
            }
            c = Character.toLowerCase(c);
            String special = specialFold(c);
            if (special != null) {
                b.append(special);
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    private static boolean isApostrophe(int cp) {
        return switch (cp) {
            case '\'', '`', 0x00B4, 0x2018, 0x2019, 0x2032, 0x02BB, 0x02BC, 0x02BE, 0x02BF -> true;
            default -> false;
        };
    }

    private static String specialFold(int cp) {
        return switch (cp) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ł' -> "l";
            case 'ı' -> "i";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            case 'ŧ' -> "t";
            case 'ŋ' -> "n";
            case 'ə', 'ǝ' -> "e";
            default -> null;
        };
    }

    /** A spelling skeleton needs this many consonants, else too many names share it. */
    static final int MIN_SKELETON = 4;

    /**
     * The consonant skeleton of a folded key: spaces, vowels and y dropped, doubled letters single. Transliterations
     * of one name agree on it where their vowels and word breaks differ: "baramulla" and "baramula" give "brml",
     * "shopian" and "shupiyan" "shpn", "mirpur khas" and "mirpurkhas" "mrprkhs". Null when fewer than
     * {@value #MIN_SKELETON} consonants remain.
     */
    static String skeleton(CharSequence key) {
        StringBuilder out = new StringBuilder(key.length());
        char last = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ' || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') {
                continue;
            }
            if (c != last) {
                out.append(c);
            }
            last = c;
        }
        return out.length() < MIN_SKELETON ? null : out.toString();
    }

    /**
     * Whether two folded keys with one skeleton are near enough to be spellings of one name: the same first and last
     * letter and at most two letters more or fewer, spaces aside ("mirpurkhas" and "mirpur khas", "kishindih" and
     * "kishindeh"; not "kalynove" and "klenovyi", "pervomaiske" and "pervomaisk", which are other places).
     */
    static boolean sameSpelling(String a, String b) {
        String x = a.replace(" ", "");
        String y = b.replace(" ", "");
        return !x.isEmpty() && !y.isEmpty() && x.charAt(0) == y.charAt(0)
                && x.charAt(x.length() - 1) == y.charAt(y.length() - 1) && Math.abs(x.length() - y.length()) <= 2;
    }

    /** "al raqqa" -> "raqqa"; null if the key does not start with an article followed by a word. */
    static String stripArticle(String key) {
        int start = afterArticle(key);
        return start < 0 ? null : key.substring(start);
    }

    /**
     * Where the rest of a folded key starts if its first word is an Arabic article and another
     * word follows ("al raqqa" -> 3), else -1.
     */
    static int afterArticle(CharSequence key) {
        int sp = -1;
        for (int i = 0; i < key.length() && i <= MAX_ARTICLE_LENGTH; i++) {
            if (key.charAt(i) == ' ') {
                sp = i;
                break;
            }
        }
        if (sp <= 0 || sp >= key.length() - 1) {
            return -1;
        }
        return ARTICLES.contains(key.subSequence(0, sp).toString()) ? sp + 1 : -1;
    }

    /**
     * Builds the lookup variants for a surface string. Penalties: 0 for the folded text itself
     * (a leading "the" is dropped for free), +1 for removing a kind word ("Idlib province" ->
     * "idlib", "city of Aleppo" -> "aleppo"), +1 for removing a leading Arabic article
     * ("al-Raqqa" -> "raqqa").
     */
    static Query query(String surface) {
        String key = fold(surface);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        List<Variant> out = new ArrayList<>(4);
        if (key.isEmpty()) {
            return new Query(out, Hint.NONE);
        }
        Hint hint = Hint.NONE;
        String bare = null;
        String[] words = key.split(" ");
        if (words.length > 1) {
            String last = words[words.length - 1];
            if (PlaceWords.kind(last) == PlaceWords.Kind.PLACE || PlaceWords.kind(last) == PlaceWords.Kind.PART) {
                hint = Hint.PLACE;
                bare = key.substring(0, key.length() - last.length() - 1);
            } else if (PlaceWords.kind(last) == PlaceWords.Kind.REGION) {
                hint = Hint.REGION;
                bare = key.substring(0, key.length() - last.length() - 1);
            } else if (words.length > 2 && "of".equals(words[1])) {
                // "province of Idlib", "city of Aleppo"
                if (PlaceWords.kind(words[0]) == PlaceWords.Kind.PLACE) {
                    hint = Hint.PLACE;
                    bare = key.substring(words[0].length() + 4);
                } else if (PlaceWords.kind(words[0]) == PlaceWords.Kind.REGION) {
                    hint = Hint.REGION;
                    bare = key.substring(words[0].length() + 4);
                }
            }
        }
        addWithArticleVariant(out, key, 0);
        if (bare != null) {
            addWithArticleVariant(out, bare, 1);
        }
        return new Query(out, hint);
    }

    private static void addWithArticleVariant(List<Variant> out, String key, int penalty) {
        out.add(new Variant(key, penalty));
        String stripped = stripArticle(key);
        if (stripped != null) {
            out.add(new Variant(stripped, penalty + 1));
        }
    }
}
