package org.sitrep.resolve.date;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.common.Tsv;
import org.sitrep.model.Token;

/**
 * The words around date expressions that the date resolver reads, from {@code lexicon/date-words.tsv},
 * and the reporting verbs of {@code lexicon/speech.tsv}. Loaded once; immutable.
 */
final class DateWords {
    private static final DateWords INSTANCE = new DateWords();

    private final Set<String> openings = new HashSet<>();
    private final Set<String> nameHeads = new HashSet<>();
    private final Set<String> clockBefore = new HashSet<>();
    private final Set<String> clockAfter = new HashSet<>();
    private final Set<String> speech = new HashSet<>();
    private final Set<String> countingBack = new HashSet<>();
    private final Set<String> dayJoiners = new HashSet<>();

    private DateWords() {
        for (Tsv.Row r : Tsv.read("/lexicon/date-words.tsv", 2)) {
            Set<String> into = switch (r.get(0)) {
                case "opening" -> openings;
                case "name-head" -> nameHeads;
                case "clock-before" -> clockBefore;
                case "clock-after" -> clockAfter;
                case "counting-back" -> countingBack;
                case "day-joiner" -> dayJoiners;
                default -> throw new IllegalStateException("lexicon/date-words.tsv line " + r.line()
                        + ": unknown kind " + r.get(0));
            };
            into.add(r.get(1).toLowerCase(Locale.ROOT));
        }
        for (Tsv.Row r : Tsv.read("/lexicon/speech.tsv", 2)) {
            if ("say".equals(r.get(1)) && !r.get(0).contains(" ")) {
                speech.add(r.get(0));
            }
        }
    }

    static DateWords get() {
        return INSTANCE;
    }

    /** Whether tokens [from, to) spell an opening phrase; an empty span is one (the date opens the sentence). */
    boolean isOpening(List<Token> tokens, int from, int to) {
        return from >= to || openings.contains(phrase(tokens, from, to));
    }

    boolean isNameHead(Token t) {
        return nameHeads.contains(lower(t));
    }

    boolean isClockBefore(Token t) {
        return clockBefore.contains(lower(t));
    }

    boolean isClockAfter(Token t) {
        return clockAfter.contains(lower(t));
    }

    /** A word joining two days of one month into a range ("3-4 April", "3 to 4 April"). */
    boolean isDayJoiner(Token t) {
        return dayJoiners.contains(lower(t));
    }

    /** Whether the words end with a word counting back from the anchor ("a week ago"). */
    boolean endsCountingBack(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return countingBack.contains(parts[parts.length - 1]);
    }

    /** A reporting verb ("said", "reported", "told"), by lemma. */
    boolean isSpeech(Token t) {
        return t.lemma() != null && speech.contains(t.lemma().toLowerCase(Locale.ROOT)) && t.pos() != null
                && t.pos().startsWith("VB");
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(lower(tokens.get(i)));
        }
        return b.toString();
    }
}
