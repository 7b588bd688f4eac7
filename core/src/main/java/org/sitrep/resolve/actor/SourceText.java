package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/** Text helpers of source normalization: the cleaning of a source phrase and word offsets. Stateless. */
final class SourceText {
    private static final Pattern LEAD_JUNK = Pattern.compile("^[\\s\"“”«»'‘’(\\[*—–-]+");
    private static final Pattern TRAIL_JUNK = Pattern.compile("[\\s\"“”«»'‘’)\\].,;:!?*—–-]+$");
    /** A phrase of {@code lexicon/speech.tsv} after which the source follows ("according to", "citing"), opening it. */
    private static final Pattern ACCORDING = according();
    private static final Pattern SO_CALLED = Pattern.compile("(?i)\\bso[-\\s]called[\"'\\s]+");
    /** A word of {@code source-determiners.tsv} or a numeral, opening the phrase. */
    private static final Pattern DETERMINER = determiners();
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SourceText() {
    }

    private static Pattern according() {
        List<String> phrases = new ArrayList<>();
        for (Tsv.Row r : Tsv.read("/lexicon/speech.tsv", 2)) {
            if (r.get(1).equals("according")) {
                phrases.add(LexiconPhrase.regex(r.get(0).toLowerCase()));
            }
        }
        return Pattern.compile("(?i)^(?:" + String.join("|", phrases) + ")\\s+");
    }

    private static Pattern determiners() {
        List<String> words = new ArrayList<>();
        for (String w : Tsv.words("/actors/source-determiners.tsv")) {
            words.add(Pattern.quote(w));
        }
        return Pattern.compile("(?i)^(?:" + String.join("|", words) + "|\\d[\\d,]*)\\s+");
    }

    /** Quotes, "according to", "so-called", leading determiners/quantifiers and trailing punctuation removed. */
    static String clean(String phrase) {
        if (phrase == null) {
            return "";
        }
        String s = phrase.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        s = SPACES.matcher(s).replaceAll(" ").strip();
        String prev;
        do {
            prev = s;
            s = LEAD_JUNK.matcher(s).replaceFirst("");
            s = TRAIL_JUNK.matcher(s).replaceFirst("");
            s = ACCORDING.matcher(s).replaceFirst("");
            s = SO_CALLED.matcher(s).replaceAll("");
            s = DETERMINER.matcher(s).replaceFirst("");
            s = s.strip();
        } while (!s.equals(prev));
        return s;
    }

    static String stripPossessive(String s) {
        return s.replaceFirst("(?:'s|')$", "");
    }

    static String join(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + " " + y;
    }

    static int firstWordStart(String s) {
        List<Token> t = Token.tokenize(s);
        return t.isEmpty() ? -1 : t.get(0).start();
    }

    static int lastWordEnd(String s) {
        List<Token> t = Token.tokenize(s);
        return t.isEmpty() ? -1 : t.get(t.size() - 1).end();
    }

    static String dropLastWord(String s) {
        int sp = s.lastIndexOf(' ');
        return sp < 0 ? "" : s.substring(0, sp);
    }

    /** Whether the phrase ends with trailing punctuation or quotes, which {@link #clean} drops. */
    static String trimTrailing(String s) {
        return TRAIL_JUNK.matcher(s).replaceFirst("");
    }
}
