// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Account;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/** Hand-built events, so report tests do not depend on extraction or fusion. */
final class Fixtures {
    private Fixtures() {
    }

    static final Place DOUMA = place("Douma", "Rif Dimashq", "Syria", "Dūmā", "Duma");
    static final Place DAMASCUS = place("Damascus", "Damascus", "Syria");
    static final Place IDLIB = place("Idlib", "Idlib", "Syria");
    static final Place MOSUL = place("Mosul", "Nineveh", "Iraq");

    static Place place(String name, String admin1, String country, String... aliases) {
        return new Place(name, country, null, admin1, null, null, null, null, 1, List.of(aliases), null, name);
    }

    static Source source(String doc, String outlet, String sentence, String... attributedTo) {
        return new Source(doc, outlet, null, sentence, 0, sentence.length(), List.of(attributedTo));
    }

    static Count exact(long n) {
        return new Count(n, Qualifier.EXACT, String.valueOf(n));
    }

    static Count atLeast(long n) {
        return new Count(n, Qualifier.AT_LEAST, "at least " + n);
    }

    static EventDate day(String iso) {
        return new EventDate(LocalDate.parse(iso), null, DatePrecision.DAY, "on " + iso, org.sitrep.model.DateBasis.TEXT);
    }

    static EventDate month(String firstDay, String lastDay) {
        return new EventDate(LocalDate.parse(firstDay), LocalDate.parse(lastDay), DatePrecision.MONTH, "in April", org.sitrep.model.DateBasis.TEXT);
    }

    static EventDate inferred(String iso) {
        return new EventDate(LocalDate.parse(iso), null, DatePrecision.DAY, "on Saturday", org.sitrep.model.DateBasis.INFERRED);
    }

    static Builder event(String id) {
        return new Builder(id);
    }

    /** Fluent construction of an {@link Event}; unset parts stay empty. */
    static final class Builder {
        private final String id;
        private EventType type = new EventType("Explosions/Remote violence", "Air/drone strike");
        private Status status = Status.OCCURRED;
        private boolean aggregate;
        private EventDate date = EventDate.unknown(null);
        private Place location;
        private Place origin;
        private Place destination;
        private Actor actor1;
        private Actor actor2;
        private final Map<CountRole, Count> counts = new LinkedHashMap<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<Account> accounts = new ArrayList<>();
        private final List<Dispute> disputes = new ArrayList<>();

        Builder(String id) {
            this.id = id;
        }

        Builder type(String eventType, String subEventType) {
            type = new EventType(eventType, subEventType);
            return this;
        }

        Builder status(Status s) {
            status = s;
            return this;
        }

        Builder aggregate() {
            aggregate = true;
            return this;
        }

        Builder date(EventDate d) {
            date = d;
            return this;
        }

        Builder on(String iso) {
            return date(day(iso));
        }

        Builder at(Place p) {
            location = p;
            return this;
        }

        Builder from(Place p) {
            origin = p;
            return this;
        }

        Builder to(Place p) {
            destination = p;
            return this;
        }

        Builder actors(String a1, String a2) {
            actor1 = a1 == null ? null : new Actor(a1, null, a1);
            actor2 = a2 == null ? null : new Actor(a2, null, a2);
            return this;
        }

        Builder count(CountRole name, Count c) {
            counts.put(name, c);
            return this;
        }

        Builder source(Source... s) {
            sources.addAll(Arrays.asList(s));
            return this;
        }

        /** An article's account reporting {@code name} as {@code c}; also adds its source. */
        Builder account(Source s, CountRole name, Count c) {
            sources.add(s);
            accounts.add(new Account("m-" + s.docId(), s.docId(), s.outlet(), status, date, location, null, null,
                    Map.of(name, c), s.attributedTo(), List.of(), List.of(s)));
            return this;
        }

        Builder dispute(String summary) {
            disputes.add(new Dispute("count", "fatalities", summary, List.of()));
            return this;
        }

        Event build() {
            return new Event(id, type, status, aggregate, date, location, origin, destination,
                    actor1, actor2, counts, sources, List.of(), List.of(), accounts, disputes, List.of());
        }
    }
}
