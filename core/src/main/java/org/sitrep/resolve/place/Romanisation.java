// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/**
 * The romanised key of a folded name: one spelling for the ways transliteration schemes write it ("tell abyad",
 * "tall abyad" and "tal abiad" all give "tal abad"; "sheikh maqsoud" and "shaykh maqsud" give "sah maksad"). The
 * rules are the lexicon {@code gazetteer/romanisations.tsv}; this class applies them word by word, drops an Arabic
 * article between words ("jabal az zawiyah" is "jabal zawiya") and writes a doubled letter once.
 *
 * <p>A key is a guess, so it is only made for names long enough that few others share it: at least
 * {@value #MIN_LETTERS} letters and {@value #MIN_CONSONANTS} consonants once romanised. Stateless; the rules are
 * loaded once.
 */
final class Romanisation {
    /** Shorter romanised keys collide with too many unrelated names ("hadi", "silw"). */
    static final int MIN_LETTERS = 5;
    /** Consonants a one-word key needs; a name of two words or more needs one fewer ("Ein Issa": "an asa"). */
    static final int MIN_CONSONANTS = 3;

    /** One letter rule: {@code from} (without its anchors) becomes {@code to}. */
    private record Rule(String from, String to, boolean atStart, boolean atEnd) {
        boolean matches(String word, int at) {
            return (!atStart || at == 0) && word.startsWith(from, at)
                    && (!atEnd || at + from.length() == word.length());
        }
    }

    private static final String LEXICON = "/gazetteer/romanisations.tsv";
    private static final Map<String, String> WORDS = new HashMap<>();
    /** Letter rules by their first letter (ASCII: folded keys are lower-case Latin), in file order. */
    private static final Rule[][] RULES = new Rule[128][];
    /** The close-spelling rules ({@link #closeKey}), indexed as {@link #RULES}. */
    private static final Rule[][] CLOSE_RULES = new Rule[128][];
    private static final Rule[] NO_RULES = new Rule[0];
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-‐–]+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]");
    private static final Set<String> COUNTRIES = new HashSet<>();

    static {
        Map<Character, List<Rule>> rules = new HashMap<>();
        Map<Character, List<Rule>> close = new HashMap<>();
        for (Tsv.Row r : Tsv.read(LEXICON, -1)) {
            String kind = r.get(0);
            String from = r.get(1);
            String to = r.cells().length > 2 ? r.get(2) : "";
            if (kind.equals("word")) {
                WORDS.put(from, to);
            } else if (kind.equals("country")) {
                COUNTRIES.add(from.toUpperCase(Locale.ROOT));
            } else if (kind.equals("letters") || kind.equals("close")) {
                boolean start = from.startsWith("^");
                boolean end = from.endsWith("$");
                String letters = from.substring(start ? 1 : 0, from.length() - (end ? 1 : 0));
                if (letters.isEmpty() || letters.charAt(0) >= RULES.length) {
                    throw new IllegalStateException(LEXICON + " line " + r.line() + ": a rule spells folded ASCII letters");
                }
                (kind.equals("close") ? close : rules).computeIfAbsent(letters.charAt(0), c -> new ArrayList<>())
                        .add(new Rule(letters, to, start, end));
            } else {
                throw new IllegalStateException(LEXICON + " line " + r.line() + ": unknown kind " + kind);
            }
        }
        rules.forEach((first, list) -> RULES[first] = list.toArray(new Rule[0]));
        close.forEach((first, list) -> CLOSE_RULES[first] = list.toArray(new Rule[0]));
    }

    private Romanisation() {
    }

    /**
     * Whether the place names of a country (ISO 3166-1 alpha-2) are romanised from another script, so that news copy
     * and the gazetteer may spell one name differently; elsewhere a different spelling is taken for another name.
     */
    static boolean romanisedIn(String countryCode) {
        return countryCode != null && COUNTRIES.contains(countryCode.toUpperCase(Locale.ROOT));
    }

    /**
     * The romanised key of the folded name {@code folded.subSequence(from, folded.length())}, or null when it is too
     * short to be told from other names.
     */
    static String key(CharSequence folded, int from) {
        return key(folded, from, RULES);
    }

    /**
     * The close-spelling key of the folded name {@code folded.subSequence(from, folded.length())}, or null when it is
     * too short: the name as written, but with a letter written twice written once, an article inside the name
     * dropped and the lexicon's {@code close} rules applied ("Kafr Nassij" and "Kafr Nasij", "Msallata" and
     * "Msalatah", "Hasakeh" and "Hasakah", "Joubb Janine" and "Jubb Jannine" share one). Unlike {@link #key} it keeps the vowels, so it
     * tells apart the names a vowel-blind key would merge, and a lookup may take it without the context a
     * romanised guess needs.
     */
    static String closeKey(CharSequence folded, int from) {
        return key(folded, from, CLOSE_RULES);
    }

    /** {@link #closeKey(CharSequence, int)} of a whole folded name. */
    static String closeKey(String folded) {
        return closeKey(folded, 0);
    }

    private static String key(CharSequence folded, int from, Rule[][] rules) {
        String[] words = folded.subSequence(from, folded.length()).toString().split(" ");
        StringBuilder out = new StringBuilder(folded.length() - from);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || i > 0 && i < words.length - 1 && Names.ARTICLES.contains(w)) {
                continue;   // "ras al ain": the article inside a name is written, dropped or assimilated by scheme
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            romaniseInto(WORDS.getOrDefault(w, w), out, rules);
        }
        return longEnough(out) ? out.toString() : null;
    }

    /** {@link #key(CharSequence, int)} of a whole folded name. */
    static String key(String folded) {
        return key(folded, 0);
    }

    private static void romaniseInto(String word, StringBuilder out, Rule[][] rules) {
        int start = out.length();
        for (int i = 0; i < word.length(); ) {
            char first = word.charAt(i);
            Rule rule = null;
            for (Rule r : first < rules.length && rules[first] != null ? rules[first] : NO_RULES) {
                if (r.matches(word, i)) {
                    rule = r;
                    break;
                }
            }
            if (rule == null) {
                appendOnce(out, start, first);
                i++;
                continue;
            }
            for (int j = 0; j < rule.to().length(); j++) {
                appendOnce(out, start, rule.to().charAt(j));
            }
            i += rule.from().length();
        }
    }

    /** Appends a letter unless the word so far ends with it: a doubled letter once ("tall" and "tal"). */
    private static void appendOnce(StringBuilder out, int wordStart, char c) {
        if (out.length() == wordStart || out.charAt(out.length() - 1) != c) {
            out.append(c);
        }
    }

    private static boolean longEnough(CharSequence key) {
        int letters = 0;
        int consonants = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != ' ') {
                letters++;
                if ("aeiouy".indexOf(c) < 0) {
                    consonants++;
                }
            }
        }
        boolean words = key.toString().indexOf(' ') > 0;
        return letters >= MIN_LETTERS && consonants >= (words ? MIN_CONSONANTS - 1 : MIN_CONSONANTS);
    }

    /**
     * Whether a surface string is written as a proper name: every word that is not an article, a particle, a kind word
     * or a direction in lower case begins with a capital and none is all capitals ("Tall Rifaat", "Deir ez-Zor",
     * "Basira city", "southern Qalqiliyah"; not "tell", not "OSCE" or "PKK"). A
     * romanised guess is only made for names the text capitalises.
     */
    static boolean writtenAsName(String surface) {
        if (surface == null || surface.isBlank()) {
            return false;
        }
        boolean any = false;
        for (String w : WORD_BREAKS.split(surface.strip())) {
            String letters = NOT_LETTERS.matcher(w).replaceAll("");
            boolean lower = !letters.isEmpty() && Character.isLowerCase(letters.charAt(0));
            if (letters.isEmpty() || Names.ARTICLES.contains(Names.fold(letters)) || lower && (PlaceWords.isParticle(letters)
                    || PlaceWords.isKindWord(letters) || PlaceWords.isDirection(letters))) {
                continue;   // "al-", "de"; "city", "province"; "southern": words around the name
            }
            if (!Character.isUpperCase(letters.codePointAt(0))
                    || letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
