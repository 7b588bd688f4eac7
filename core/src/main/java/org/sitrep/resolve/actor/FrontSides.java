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
 * The two forces of a standing front line ({@code actors/fronts.tsv}): the unnamed sides of a clash on that front are
 * those forces, the state's first. Stateless and thread-safe.
 */
final class FrontSides {
    static final String FRONTS = "/actors/fronts.tsv";
    private static final String UNIDENTIFIED = "Unidentified";

    /** One front: where it runs and who holds its two sides. */
    private record Front(String country, Set<String> regions, Pattern cues, Actor side1, Actor side2, LocalDate from,
                         LocalDate to) {
    }

    private final List<Front> fronts;

    FrontSides() {
        List<Front> f = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(FRONTS, 9)) {
            String where = FRONTS + ":" + r.line() + ": ";
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
        this.fronts = List.copyOf(f);
    }

    /** The cue words as one pattern on whole words: abbreviations in capitals only, other words in any case. */
    private static Pattern cues(String cell) {
        List<String> alternatives = new ArrayList<>();
        for (String cue : cell.split("\\|")) {
            String c = cue.strip();
            if (c.isEmpty() || c.equals("-")) {
                continue;
            }
            String quoted = Pattern.quote(c).replace(" ", "\\E\\s+\\Q");
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

    /**
     * The sides of a clash at {@code place} (the event's, or null) told in {@code text}: on a front, an unnamed side is
     * the front's side the event does not have yet; off a front, or with a named actor that holds no side of it,
     * unchanged.
     */
    ActorRoles.Roles apply(ActorRoles.Roles roles, Place place, String text, LocalDate when) {
        for (Front f : fronts) {
            if (during(f, when) && (within(f, place) || f.cues() != null && f.cues().matcher(text).find())) {
                return onFront(roles, f);
            }
        }
        return roles;
    }

    /** Whether the front stood with its two sides on that day; an undated event can't say which sides held it. */
    private static boolean during(Front f, LocalDate when) {
        return when != null && (f.from() == null || !when.isBefore(f.from())) && (f.to() == null || !when.isAfter(f.to()));
    }

    /** By the region's code: the place's admin1 is spelled as its report spells it ("Donetsk Oblast", "Donetsk"). */
    private static boolean within(Front f, Place place) {
        return place != null && place.countryCode() != null && place.admin1Code() != null
                && f.country().equalsIgnoreCase(place.countryCode()) && f.regions().contains(place.admin1Code());
    }

    private static ActorRoles.Roles onFront(ActorRoles.Roles roles, Front f) {
        Actor a1 = roles.actor1();
        Actor a2 = roles.actor2();
        boolean open1 = unnamed(a1);
        boolean open2 = unnamed(a2);
        if (open1 && open2) {
            return new ActorRoles.Roles(keepWords(f.side1(), a1), keepWords(f.side2(), a2));
        }
        if (open1 && holds(f, a2)) {
            return new ActorRoles.Roles(keepWords(other(f, a2), a1), a2);
        }
        if (open2 && holds(f, a1)) {
            return new ActorRoles.Roles(a1, keepWords(other(f, a1), a2));
        }
        return roles;
    }

    /** No side read, or one the conventions filled in: an unidentified group the text itself names stays. */
    private static boolean unnamed(Actor a) {
        return a == null || a.text() == null && a.name().startsWith(UNIDENTIFIED);
    }

    private static boolean holds(Front f, Actor a) {
        return a.name().equals(f.side1().name()) || a.name().equals(f.side2().name());
    }

    private static Actor other(Front f, Actor a) {
        return a.name().equals(f.side1().name()) ? f.side2() : f.side1();
    }

    /** The front's side, keeping the words the unnamed side was read from ("gunmen"), if any. */
    private static Actor keepWords(Actor side, Actor unnamed) {
        return unnamed == null ? side : new Actor(side.name(), side.type(), unnamed.text());
    }
}
