// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.fuse.EventClasses;
import org.sitrep.model.Account;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Dispute;
import org.sitrep.model.Event;
import org.sitrep.model.OutletFraming;
import org.sitrep.model.Status;

/** Builds the sections of a situation report from the events in scope. */
final class Situation {
    private static final EventClasses CLASSES = new EventClasses();
    private static final String NONE = "None in scope.";

    private Situation() {
    }

    static Doc of(List<Event> events, ReportScope scope, List<OutletFraming> framing, Map<String, String> inferredDates) {
        Selection sel = Selection.of(events, scope);
        List<Event> dated = sel.dated();
        Map<String, Coverage> coverage = coverage(sel.all());
        Set<String> docs = new LinkedHashSet<>();
        coverage.values().forEach(c -> docs.addAll(c.docs));

        Doc doc = new Doc("Situation report: " + (scope.region() != null ? scope.region() : "all regions")
                + ", " + period(scope));
        doc.bullets(List.of(
                "Region: " + (scope.region() != null ? scope.region() : "all regions"),
                "Period: " + period(scope),
                "Events: " + sel.all().size() + " (" + dated.size() + " dated, " + sel.undated().size() + " undated)",
                "Articles: " + docs.size(),
                "Outlets: " + coverage.size()), NONE);

        // Planned and denied events did not happen as far as the sources say; they stay in their tables, not the sums.
        List<Event> incidents = dated.stream()
                .filter(e -> !e.aggregate() && e.status() != Status.PLANNED && e.status() != Status.DENIED).toList();
        doc.h2("Killed, injured and displaced")
                .bullets(Words.MAIN_COUNTS.stream().map(k -> total(incidents, k)).toList(), NONE)
                .note("Totals add each event's chosen count (the most conservative reading); the range adds, per event, "
                        + "the lowest and the highest count among the outlets reporting it. \"At least\" numbers count at "
                        + "their lower bound; vague counts are not added but quoted. Cumulative totals, undated events "
                        + "and planned or denied events are left out.");
        doc.h3("Reported cumulative totals")
                .note("Running totals as the sources state them; they overlap the events above and are not added.")
                .bullets(dated.stream().filter(Event::aggregate).map(Words::line).toList(), NONE);

        doc.h2("Displacement")
                .table(List.of("date", "movement", "from", "to", "people", "status", "sources"),
                        dated.stream().filter(Situation::isMovement).map(e -> List.of(Words.date(e.date()),
                                e.type().subEventType(), Words.movementEnd(e.origin()), Words.movementEnd(e.destination()),
                                e.counts().isEmpty() ? "not reported" : Words.counts(e.counts()),
                                Words.status(e.status()), Words.sources(e))).toList(), NONE);

        doc.h2("Agreements")
                .table(List.of("date", "status", "parties", "place", "sources"),
                        dated.stream().filter(Situation::isAgreement).map(e -> List.of(Words.date(e.date()),
                                Words.status(e.status()), parties(e), Words.place(e.location()), Words.sources(e))).toList(),
                        NONE);

        List<List<String>> disputes = new ArrayList<>();
        for (Event e : sel.all()) {
            for (Dispute d : e.disputes()) {
                disputes.add(List.of(Words.label(e), d.summary()));
            }
        }
        doc.h2("Open disagreements")
                .note("Where outlets disagree about an event, both sides are shown; nothing is averaged away.")
                .table(List.of("event", "disagreement"), disputes, NONE);

        doc.h2("Coverage by outlet")
                .table(List.of("outlet", "articles", "events reported", "first event", "last event"),
                        coverage.entrySet().stream().map(c -> List.of(c.getKey(), String.valueOf(c.getValue().docs.size()),
                                String.valueOf(c.getValue().events), day(c.getValue().first), day(c.getValue().last))).toList(),
                        NONE);

        List<List<String>> words = new ArrayList<>();
        framing.stream().filter(f -> f.outlet() != null && coverage.containsKey(f.outlet()))
                .sorted(Comparator.comparing(OutletFraming::outlet))
                .forEach(f -> new TreeMap<>(f.wordsByActor()).forEach((actor, used) ->
                        words.add(List.of(f.outlet(), actor, String.join(", ", used)))));
        doc.h2("Framing")
                .note("The words each outlet used for each actor, most frequent first, over all its articles read. "
                        + "This describes language; it is not a judgement of the outlets or the actors.")
                .table(List.of("outlet", "actor", "words used"), words, NONE);

        doc.h2("Undated articles with inferred dates")
                .note("These articles carry no date; they were placed no earlier than events they share with dated articles.")
                .table(List.of("article", "inferred date and evidence"),
                        new TreeMap<>(inferredDates).entrySet().stream().filter(x -> docs.contains(x.getKey()))
                                .map(x -> List.of(x.getKey(), x.getValue())).toList(), NONE);

        doc.h2("Undated events")
                .note("The articles give no date that could be resolved; these events are not guessed into the period "
                        + "and not added to the totals.")
                .bullets(sel.undated().stream().map(Words::line).toList(), NONE);
        return doc;
    }

    static String period(ReportScope s) {
        if (s.from() == null && s.to() == null) {
            return "all dates";
        }
        if (s.to() == null) {
            return "from " + s.from();
        }
        return s.from() == null ? "until " + s.to() : s.from() + " to " + s.to();
    }

    /**
     * "killed: 44 (range 44–48 across sources; 2 events with vague counts: 'several people', 'dozens')".
     * An event adds its chosen count to the total and the lowest and highest of its accounts' numbers to
     * the range; an event with only vague words adds nothing, and its words are quoted instead.
     */
    static String total(List<Event> events, CountRole key) {
        long total = 0;
        long low = 0;
        long high = 0;
        List<String> vague = new ArrayList<>();
        for (Event e : events) {
            Count chosen = e.counts().get(key);
            List<Count> all = Stream.concat(Stream.ofNullable(chosen),
                    e.accounts().stream().map(Account::counts).map(c -> c.get(key)).filter(Objects::nonNull)).toList();
            if (all.isEmpty()) {
                continue;
            }
            if (chosen != null && chosen.value() != null) {
                total += chosen.value();
            }
            var values = all.stream().map(Count::value).filter(Objects::nonNull).mapToLong(Long::longValue).summaryStatistics();
            if (values.getCount() > 0) {
                low += values.getMin();
                high += values.getMax();
            } else {
                vague.add(String.join(" / ", all.stream().map(c -> "'" + Objects.toString(c.text(), "unspecified") + "' ("
                        + Words.vagueFigure(c) + ")").distinct().toList()));
            }
        }
        String line = Words.countName(key) + ": " + Words.number(total)
                + " (range " + Words.number(low) + "–" + Words.number(high) + " across sources";
        if (!vague.isEmpty()) {
            line += "; " + vague.size() + (vague.size() == 1 ? " event with a vague count: " : " events with vague counts: ")
                    + String.join(", ", vague);
        }
        return line + ")";
    }

    /** A movement of people: a type the ontology puts in the displacement class. */
    private static boolean isMovement(Event e) {
        return CLASSES.displacement(e.type());
    }

    private static boolean isAgreement(Event e) {
        return e.type() != null && "Strategic developments".equals(e.type().eventType())
                && "Agreement".equals(e.type().subEventType());
    }

    private static String parties(Event e) {
        List<String> names = Stream.of(e.actor1(), e.actor2()).filter(Objects::nonNull).map(Actor::name)
                .filter(Objects::nonNull).distinct().toList();
        return names.isEmpty() ? "not named" : String.join(" and ", names);
    }

    private static String day(LocalDate d) {
        return d == null ? "undated" : d.toString();
    }

    /** One outlet's share of the events in scope. */
    private static final class Coverage {
        final Set<String> docs = new LinkedHashSet<>();
        int events;
        LocalDate first;
        LocalDate last;
    }

    /** Per outlet (or article id when the outlet is unknown), sorted by name. */
    private static Map<String, Coverage> coverage(List<Event> events) {
        Map<String, Coverage> byOutlet = new TreeMap<>();
        for (Event e : events) {
            Set<String> counted = new LinkedHashSet<>();
            for (Words.Reporter r : Words.reporters(e)) {
                Coverage c = byOutlet.computeIfAbsent(r.label(), k -> new Coverage());
                if (r.docId() != null) {
                    c.docs.add(r.docId());
                }
                if (counted.add(r.label())) {
                    c.events++;
                    if (Words.dated(e)) {
                        c.first = c.first == null || Words.start(e).isBefore(c.first) ? Words.start(e) : c.first;
                        c.last = c.last == null || Words.start(e).isAfter(c.last) ? Words.start(e) : c.last;
                    }
                }
            }
        }
        return byOutlet;
    }
}
