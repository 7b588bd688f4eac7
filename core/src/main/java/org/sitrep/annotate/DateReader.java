package org.sitrep.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/**
 * Reads the common dates of a time window ({@link TimeWindows}) itself, with the spans and values SUTime
 * gives them, so that SUTime, the costliest part of the deep pass, runs only on the windows this cannot read.
 *
 * <p>A window is read only when the reading is certain to be SUTime's: every time cue in it is part of a
 * date of {@link DateShapes}, and no word SUTime could join to a date or read as a time stands near it or in
 * the window ({@code lexicon/time-joiners.tsv}): "late on 3 May", "3 May at noon", "3 to 5 May",
 * "Monday, 4 May", "the fall of the town in May" all go to SUTime. A window read here gives the same tokens the same TIMEX as SUTime; the
 * unit tests and a check over the dev sets' windows compare the two.
 */
final class DateReader {
    /** Words joining a date next to them. */
    private final Set<String> modifiers;
    /** Words letting a modifier before them join the date after them. */
    private final Set<String> bridges;
    /** Words read as times, or making SUTime read one otherwise, wherever they stand. */
    private final Set<String> timeWords;
    /** A number SUTime may read as a year ("about 2400", "in 1850"): 1001-2999, or four digits from 0. */
    private static final Pattern POSSIBLE_YEAR = Pattern.compile("0\\d{3}|1\\d{3}|2\\d{3}");
    /** A date ending in a year: "3 May 2020, 12 people" holds no more of it after the comma. */
    private static final Pattern YEAR_END = Pattern.compile("\\d{4}");
    /** A count SUTime reads as no time unless a time word is next to it ("200", "1,500"). */
    private static final Pattern COUNT = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");
    /** After a number, tags that make SUTime read it as no time ("2000 zones", "3 new recruits"): see standsApart. */
    private static final Pattern NOUN_PHRASE_TAG = Pattern.compile("NNS|JJ.*|RB.*");

    private DateReader() {
        Set<String> mods = new HashSet<>();
        Set<String> times = new HashSet<>();
        Set<String> bridging = new HashSet<>();
        for (Tsv.Row r : Tsv.read("/lexicon/time-joiners.tsv", 2)) {
            switch (r.get(0)) {
                case "modifier" -> mods.add(r.get(1));
                case "bridge" -> bridging.add(r.get(1));
                case "time", "future" -> times.add(r.get(1));
                default -> throw new IllegalStateException("lexicon/time-joiners.tsv line " + r.line()
                        + ": unknown kind " + r.get(0));
            }
        }
        modifiers = Set.copyOf(mods);
        timeWords = Set.copyOf(times);
        bridges = Set.copyOf(bridging);
    }

    private static final DateReader INSTANCE = new DateReader();

    static DateReader get() {
        return INSTANCE;
    }

    /**
     * The dates of a window given its words and POS tags, or empty when SUTime must read it: a cue that is
     * part of no date read here, a time word, or a word that could join a date.
     */
    Optional<List<ReadDate>> read(List<String> words, List<String> tags) {
        List<ReadDate> out = new ArrayList<>();
        int n = words.size();
        int i = 0;
        while (i < n) {
            ReadDate d = DateShapes.at(words, tags, i);
            if (d != null) {
                if (!standsApart(words, tags, d)) {
                    return Optional.empty();
                }
                out.add(d);
                i = d.end();
                continue;
            }
            String w = words.get(i);
            if (TimeWindows.get().isCue(w) || CalendarWords.get().isWordInAnyCase(w) || timeWords.contains(w.toLowerCase())
                    || hasDigit(w) && !isCount(w)) {
                return Optional.empty();
            }
            i++;
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /**
     * No word right before the date, before a bridge word or comma before it, right after it, or after a comma
     * after it could make SUTime read it otherwise.
     */
    private boolean standsApart(List<String> words, List<String> tags, ReadDate d) {
        int before = d.start() - 1;
        if (before >= 0 && mayJoin(words.get(before))) {
            return false;
        }
        if (before >= 1 && bridges.contains(words.get(before).toLowerCase()) && mayJoin(words.get(before - 1))) {
            return false; // "late on 3 May"
        }
        if (before >= 1 && words.get(before).equals(",") && isTime(words.get(before - 1))) {
            return false; // "Monday, 4 May"
        }
        int after = d.end();
        if (after < words.size()) {
            if (mayJoin(words.get(after))) {
                return false;
            }
            // SUTime's filter for counts ("2000 zones") would drop a year or day before a plural noun
            if (hasDigit(words.get(after - 1)) && tags.get(after) != null && NOUN_PHRASE_TAG.matcher(tags.get(after)).matches()) {
                return false;
            }
            // "4 May, 2020", "Monday, 4 May"; a count after a whole date's comma is no part of it ("3 May 2020, 12 people")
            if (words.get(after).equals(",") && after + 1 < words.size() && isTime(words.get(after + 1))
                    && !(YEAR_END.matcher(words.get(after - 1)).matches() && isCount(words.get(after + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** A word that may join a date next to it: a modifier or a word that may be a time itself. */
    private boolean mayJoin(String w) {
        return modifiers.contains(w.toLowerCase()) || isTime(w);
    }

    /** A word that may be (part of) a time itself: a number, a cue, a calendar word in any case, a time word. */
    private boolean isTime(String w) {
        return hasDigit(w) || TimeWindows.get().isCue(w) || CalendarWords.get().isWordInAnyCase(w)
                || timeWords.contains(w.toLowerCase());
    }

    /** A plain count SUTime cannot read as a time where no time word is next to it. */
    private static boolean isCount(String w) {
        return COUNT.matcher(w).matches() && !POSSIBLE_YEAR.matcher(w).matches();
    }

    private static boolean hasDigit(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isDigit(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
