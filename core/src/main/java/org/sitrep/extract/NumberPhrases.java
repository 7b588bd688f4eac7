package org.sitrep.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.common.Tsv;

/**
 * The words that join number words into one figure, from {@code lexicon/number-phrases.tsv}: the article of
 * "a dozen", the fraction of "half a dozen", the joiners of a range ("between 10 and 15", "10 to 15"). Loaded once;
 * immutable.
 */
final class NumberPhrases {
    private static final NumberPhrases INSTANCE = new NumberPhrases();
    /** The argument of a range row whose joiner needs no opener. */
    private static final String NO_OPENER = "none";

    private final Set<String> articles = new HashSet<>();
    private final Map<String, Long> fractions = new HashMap<>();
    /** Joiner to the openers it accepts; {@link #NO_OPENER} among them when it needs none. */
    private final Map<String, Set<String>> ranges = new HashMap<>();

    private final Set<String> notOpeners = new HashSet<>();
    /** Words whose next number is a name ("battalion 377", "Route 9"), not a count. */
    private final Set<String> namers = new HashSet<>();
    /** Units right after a number that make it a measure ("8 km", "40 hectares"), not a count. */
    private final Set<String> measures = new HashSet<>();

    private NumberPhrases() {
        for (Tsv.Row r : Tsv.read("/lexicon/number-phrases.tsv", -1)) {
            String word = r.get(1).toLowerCase(Locale.ROOT);
            switch (r.get(0)) {
                case "article" -> articles.add(word);
                case "fraction" -> fractions.put(word, Long.parseLong(r.get(2)));
                case "not-range" -> notOpeners.add(word);
                case "name" -> namers.add(word);
                case "measure" -> measures.add(word);
                case "range" -> ranges.computeIfAbsent(word, k -> new HashSet<>()).add(r.get(2).toLowerCase(Locale.ROOT));
                default -> throw new IllegalStateException("lexicon/number-phrases.tsv line " + r.line()
                        + ": unknown kind " + r.get(0));
            }
        }
    }

    static NumberPhrases get() {
        return INSTANCE;
    }

    /** "a" of "a dozen". */
    boolean isArticle(String word) {
        return articles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The divisor of a fraction word ("half": 2), or null. */
    Long divisor(String word) {
        return fractions.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code joiner} between two numbers makes a range, given the word before the first (null at the start). */
    boolean joinsRange(String joiner, String before) {
        Set<String> openers = ranges.get(joiner.toLowerCase(Locale.ROOT));
        if (openers == null || before != null && notOpeners.contains(before.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return openers.contains(NO_OPENER) || before != null && openers.contains(before.toLowerCase(Locale.ROOT));
    }

    /** Whether "X joiner Y" after {@code before} is a change from X to Y ("rose from 10 to 15"), so X is no count. */
    boolean changes(String before, String joiner) {
        return before != null && notOpeners.contains(before.toLowerCase(Locale.ROOT)) && ranges.containsKey(joiner.toLowerCase(Locale.ROOT));
    }

    /** Whether the word makes the number right after it a name ("battalion 377"), which counts nobody. */
    boolean namesNext(String word) {
        return namers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word right after a number makes it a measure ("8 KM west"), which counts nobody. */
    boolean measuredBy(String word) {
        return measures.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word opens a range ("between" of "between 10 and 15"). */
    boolean opensRange(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return ranges.values().stream().anyMatch(o -> o.contains(w));
    }
}
