package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/**
 * Where in a sentence time expressions can be: a few words to each side of every time cue
 * ({@code lexicon/time-cues.tsv}: time nouns, holidays; {@code lexicon/calendar-words.tsv}: month and weekday
 * names, "yesterday"; years and numeric dates by pattern). SUTime, most
 * of the cost of CoreNLP's NER, runs on these windows only. Windows that touch are merged, so no time
 * expression is cut between two of them.
 */
final class TimeWindows {
    /** Words on each side of a cue: enough for "from 1 to 3 May", "early on Sunday morning", "10 days on April 6". */
    static final int REACH = 4;
    private static final Pattern NUMERIC = Pattern.compile(
            "(1[89]|20)\\d\\d|(1[89]|20)\\d0s|'\\d\\ds?|\\d{1,4}[/.-]\\d{1,2}([/.-]\\d{1,4})?|\\d{1,2}:\\d\\d(:\\d\\d)?");

    private final Set<String> names = new HashSet<>();
    private final Set<String> words = new HashSet<>();

    private TimeWindows() {
        for (Tsv.Row r : Tsv.read("/lexicon/time-cues.tsv", 2)) {
            switch (r.get(0)) {
                case "name" -> names.add(r.get(1));
                case "word" -> words.add(r.get(1));
                default -> throw new IllegalStateException("lexicon/time-cues.tsv line " + r.line()
                        + ": unknown kind " + r.get(0));
            }
        }
    }

    private static final TimeWindows INSTANCE = new TimeWindows();

    static TimeWindows get() {
        return INSTANCE;
    }

    /** A window of tokens [start, end) of one sentence. */
    record Window(int start, int end) {
    }

    /** The windows of a sentence given its tokens' words, in order and disjoint. */
    List<Window> of(List<String> tokens) {
        List<Window> out = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!isCue(tokens.get(i))) {
                continue;
            }
            int start = Math.max(0, i - REACH);
            int end = Math.min(n, i + REACH + 1);
            Window last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && start <= last.end()) {
                out.set(out.size() - 1, new Window(last.start(), Math.max(last.end(), end)));
            } else {
                out.add(new Window(start, end));
            }
        }
        return out;
    }

    boolean isCue(String word) {
        if (word.length() > 1 && word.endsWith(".") && isCue(word.substring(0, word.length() - 1))) {
            return true; // "Feb.", "Dec."
        }
        if (isName(word) || words.contains(word.toLowerCase()) || CalendarWords.get().of(word) != null
                || NUMERIC.matcher(word).matches()) {
            return true;
        }
        int dash = word.lastIndexOf('-');
        return dash > 0 && isName(word.substring(dash + 1)); // "mid-February"
    }

    private boolean isName(String word) {
        return names.contains(word) || CalendarWords.get().isName(word);
    }
}
