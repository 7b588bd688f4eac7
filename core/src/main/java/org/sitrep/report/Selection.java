// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.Admin1Names;
import org.sitrep.resolve.place.Gazetteer;

/**
 * The events a report covers: those in the region, split into dated events in the period (in date
 * order) and undated events, which are listed apart rather than given a guessed date.
 */
record Selection(List<Event> dated, List<Event> undated) {
    static final Comparator<Event> CHRONOLOGICAL = Comparator.comparing(Words::start)
            .thenComparing(Words::end).thenComparing(Event::id, Comparator.nullsLast(Comparator.naturalOrder()));

    static Selection of(List<Event> events, ReportScope scope) {
        String region = scope.region() == null ? null : Gazetteer.fold(scope.region());
        List<Event> dated = new ArrayList<>();
        List<Event> undated = new ArrayList<>();
        for (Event e : events) {
            if (region != null && !inRegion(e, region)) {
                continue;
            }
            if (!Words.dated(e)) {
                undated.add(e);
            } else if (overlaps(e, scope.from(), scope.to())) {
                dated.add(e);
            }
        }
        dated.sort(CHRONOLOGICAL);
        return new Selection(List.copyOf(dated), List.copyOf(undated));
    }

    List<Event> all() {
        return Stream.concat(dated.stream(), undated.stream()).toList();
    }

    /**
     * The region names the event's location, or for a movement either end: a flight from Douma is news
     * for Douma even when the article places the event where people arrived.
     */
    static boolean inRegion(Event e, String foldedRegion) {
        return Stream.of(e.location(), e.origin(), e.destination()).filter(Objects::nonNull)
                .anyMatch(p -> names(p).anyMatch(n -> foldedRegion.equals(Gazetteer.fold(n))));
    }

    /**
     * The place's names: its own and its aliases, its admin1 as the report spelled it and as the gazetteer names that
     * region (found by its code: "North Kivu" finds an event its report placed in "Nord-Kivu"), the code itself,
     * admin2 and country.
     */
    private static Stream<String> names(Place p) {
        String gazetteerAdmin1 = Admin1Names.name(p.admin1Code()).orElse(null);
        return Stream.concat(Stream.of(p.name(), p.admin1(), gazetteerAdmin1, p.admin1Code(), p.admin2(), p.country()),
                p.aliases().stream()).filter(Objects::nonNull);
    }

    /** [start, end] of the event meets [from, to]; an open end of the period meets everything. */
    static boolean overlaps(Event e, LocalDate from, LocalDate to) {
        return (from == null || !Words.end(e).isBefore(from)) && (to == null || !Words.start(e).isAfter(to));
    }
}
