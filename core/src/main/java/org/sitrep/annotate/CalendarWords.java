package org.sitrep.annotate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.common.Tsv;

/**
 * Month names, weekday names and relative-day words ({@code lexicon/calendar-words.tsv}), with their
 * numbers. Read by {@link TimeWindows} as time cues and by {@link DateReader} to read dates.
 */
final class CalendarWords {
    /** What a calendar word names. */
    enum Kind {
        MONTH, WEEKDAY, RELATIVE_DAY
    }

    /** A word of the lexicon: its kind, number (month 1-12, ISO weekday 1-7, days from today) and form. */
    record Entry(Kind kind, int number, boolean full) {
    }

    /** Capitalized names (months, weekdays), matched as written. */
    private final Map<String, Entry> names = new HashMap<>();
    /** Relative-day words, matched lower-cased. */
    private final Map<String, Entry> words = new HashMap<>();
    /** The names lower-cased: SUTime reads "march" or "sun" too, where they are no names. */
    private final Set<String> lowerNames = new HashSet<>();

    private CalendarWords() {
        for (Tsv.Row r : Tsv.read("/lexicon/calendar-words.tsv", 4)) {
            Kind kind = switch (r.get(0)) {
                case "month" -> Kind.MONTH;
                case "weekday" -> Kind.WEEKDAY;
                case "relative-day" -> Kind.RELATIVE_DAY;
                default -> throw new IllegalStateException("lexicon/calendar-words.tsv line " + r.line()
                        + ": unknown kind " + r.get(0));
            };
            boolean full = switch (r.get(3)) {
                case "full" -> true;
                case "short" -> false;
                default -> throw new IllegalStateException("lexicon/calendar-words.tsv line " + r.line()
                        + ": unknown form " + r.get(3));
            };
            Entry e = new Entry(kind, Integer.parseInt(r.get(2)), full);
            if (kind == Kind.RELATIVE_DAY) {
                words.put(r.get(1).toLowerCase(), e);
            } else {
                names.put(r.get(1), e);
                lowerNames.add(r.get(1).toLowerCase());
            }
        }
    }

    private static final CalendarWords INSTANCE = new CalendarWords();

    static CalendarWords get() {
        return INSTANCE;
    }

    /** The entry of a token as written: a capitalized name, or a relative-day word in any case; null if none. */
    Entry of(String token) {
        Entry e = names.get(token);
        return e != null ? e : words.get(token.toLowerCase());
    }

    /** A month or weekday name as written ("May", not "may"). */
    boolean isName(String token) {
        return names.containsKey(token);
    }

    /** A calendar word in any case ("may", "Sun", "TODAY"). */
    boolean isWordInAnyCase(String token) {
        String lower = token.toLowerCase();
        return lowerNames.contains(lower) || words.containsKey(lower);
    }

    /** A full month name as written, its number 1-12; 0 if none. */
    int month(String token) {
        Entry e = names.get(token);
        return e != null && e.kind() == Kind.MONTH && e.full() ? e.number() : 0;
    }
}
