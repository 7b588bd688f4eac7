package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Place;

/**
 * The standing front lines of {@code actors/fronts.tsv}: where each runs, the words that only its reports use, its
 * period and the two forces that hold it. One reading of the file for every stage that asks: {@link FrontSides} names
 * a clash's unnamed sides, the place resolver ranks same-named villages of a front's regions first. Immutable and
 * thread-safe.
 */
public final class Fronts {
    static final String FILE = "/actors/fronts.tsv";

    /**
     * One front.
     *
     * @param country ISO2 of the country it runs through
     * @param regions its admin1 regions, by the gazetteer's admin1 code ("UA.05")
     * @param cues    the words only its reports use (whole words; abbreviations in capitals), or null for none
     * @param side1   the force holding one side (the state's)
     * @param side2   the force holding the other
     * @param from    its first day, or null for open
     * @param to      its last day with these sides, or null for open
     */
    public record Front(String country, Set<String> regions, Pattern cues, Actor side1, Actor side2, LocalDate from,
                        LocalDate to) {

        /** Whether the front stood with its two sides on that day; an undated text can't say which sides held it. */
        public boolean during(LocalDate when) {
            return when != null && (from == null || !when.isBefore(from)) && (to == null || !when.isAfter(to));
        }

        /** Whether the text uses words only this front's reports use (its monitoring mission, its operation). */
        public boolean toldIn(String text) {
            return cues != null && text != null && cues.matcher(text).find();
        }

        /**
         * Whether the place lies in one of the front's admin1 regions; by the region's code, since a report may spell
         * the region otherwise ("Donetsk Oblast", "Donetsk").
         */
        public boolean holds(Place place) {
            return place != null && place.countryCode() != null && place.admin1Code() != null
                    && country.equalsIgnoreCase(place.countryCode()) && regions.contains(place.admin1Code());
        }
    }

    private static final Fronts INSTANCE = new Fronts();

    private final List<Front> all;

    private Fronts() {
        List<Front> f = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(FILE, 9)) {
            String where = FILE + ":" + r.line() + ": ";
            Set<String> regions = new java.util.HashSet<>();
            for (String region : r.get(1).split("\\|")) {
                if (!region.strip().matches("[A-Z]{2}\\.\\w+")) {
                    throw new IllegalStateException(where + "a region must be an admin1 code (CC.XX), not '" + region + "'");
                }
                regions.add(region.strip());
            }
            f.add(new Front(r.get(0).toUpperCase(Locale.ROOT), Set.copyOf(regions), cues(r.get(2)),
                    side(r.get(3), r.get(4), where), side(r.get(5), r.get(6), where), day(r.get(7), where),
                    day(r.get(8), where)));
        }
        this.all = List.copyOf(f);
    }

    /** The fronts of the bundled file (read once). */
    public static Fronts load() {
        return INSTANCE;
    }

    /** Every front, in file order. */
    public List<Front> all() {
        return all;
    }

    /** The fronts a text reports from: told in its words on a day of their period. */
    public List<Front> toldIn(String text, LocalDate when) {
        return all.stream().filter(f -> f.during(when) && f.toldIn(text)).toList();
    }

    /** The cue words as one pattern on whole words: abbreviations in capitals only, other words in any case. */
    private static Pattern cues(String cell) {
        List<String> alternatives = new ArrayList<>();
        for (String cue : cell.split("\\|")) {
            String c = cue.strip();
            if (c.isEmpty() || c.equals("-")) {
                continue;
            }
            String quoted = LexiconPhrase.regex(c);
            alternatives.add(c.equals(c.toUpperCase(Locale.ROOT)) ? quoted : "(?i:" + quoted + ")");
        }
        return alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\d])");
    }

    /** A period's first or last day, or null for an open end ("-"). */
    private static LocalDate day(String cell, String where) {
        if (cell.strip().equals("-")) {
            return null;
        }
        try {
            return LocalDate.parse(cell.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException(where + "a period's day must be an ISO date or -, not '" + cell + "'");
        }
    }

    private static Actor side(String name, String type, String where) {
        ActorType t = ActorType.of(type).orElseThrow(() -> new IllegalStateException(where + "unknown type '" + type + "'"));
        return new Actor(name, t, null);
    }
}
