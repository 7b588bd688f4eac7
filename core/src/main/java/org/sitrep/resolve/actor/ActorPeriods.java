package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/**
 * The actors whose ACLED type, and sometimes name, changed on a known day ({@code actors/actor-periods.tsv}): an
 * actor of an event dated in one of its periods takes that period's type and name ("Taliban" after the fall of Kabul
 * are Afghanistan's military forces). An event with no date, or outside every period of its actor, keeps what
 * {@code actors.tsv} gives. A period that makes an actor a state's forces makes it a foreign state in a report about
 * another country, as everywhere in Sitrep. Immutable and thread-safe.
 */
public final class ActorPeriods {
    static final String FILE = "/actors/actor-periods.tsv";

    /** One period of one actor: what ACLED codes it as from {@code from} to {@code to} (null: open). */
    record Period(LocalDate from, LocalDate to, ActorType type, String name, String country) {
        boolean during(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** Canonical name of actors.tsv -> its periods, in file order. */
    private final Map<String, List<Period>> periods;

    /** The periods of the bundled file; every name must be a canonical name of the dictionary. */
    public ActorPeriods(ActorDictionary dictionary) {
        this(FILE, dictionary);
    }

    ActorPeriods(String file, ActorDictionary dictionary) {
        Map<String, List<Period>> p = new HashMap<>();
        for (Tsv.Row r : Tsv.read(file, 5)) {
            String where = file + ":" + r.line() + ": ";
            String actor = r.get(0);
            String country = dictionary.homeCountry(actor).orElseThrow(
                    () -> new IllegalStateException(where + "'" + actor + "' is no canonical name of actors.tsv"));
            ActorType type = ActorType.of(r.get(3)).filter(t -> t != ActorType.FOREIGN_STATE).orElseThrow(
                    () -> new IllegalStateException(where + "unknown actor type '" + r.get(3) + "'"));
            String name = r.get(4).equals("-") ? actor : r.get(4);
            // a period under another actor's name is that actor's country's (forces folded into another state's)
            String home = dictionary.homeCountry(name).filter(h -> !h.isEmpty()).orElse(country);
            p.computeIfAbsent(actor, k -> new ArrayList<>())
                    .add(new Period(day(r.get(1), where), day(r.get(2), where), type, name, home));
        }
        p.replaceAll((k, v) -> List.copyOf(v));
        this.periods = Map.copyOf(p);
    }

    /**
     * The actor as ACLED codes it on that day, for a report about the hint country (ISO2 or null); the actor itself
     * when no period of it holds the day (or the day is unknown).
     */
    public Actor on(Actor actor, LocalDate day, String countryHint) {
        if (actor == null || day == null) {
            return actor;
        }
        for (Period p : periods.getOrDefault(actor.name(), List.of())) {
            if (p.during(day)) {
                return new Actor(p.name(), ActorDictionary.typeFor(p.type(), p.country(), countryHint), actor.text());
            }
        }
        return actor;
    }

    private static LocalDate day(String cell, String where) {
        if (cell.equals("-")) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + "a period's day must be an ISO date or -, not '" + cell + "'");
        }
    }
}
