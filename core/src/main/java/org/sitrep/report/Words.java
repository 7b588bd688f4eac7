// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.model.Account;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Dispute;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/** How events and their parts are written in reports: one place for wording shared by every section. */
final class Words {
    /** The counts every report leads with, in this order; others follow by name. */
    static final List<CountRole> MAIN_COUNTS = List.of(CountRole.FATALITIES, CountRole.INJURED, CountRole.DISPLACED);

    private Words() {
    }

    // ---- dates

    static boolean dated(Event e) {
        return e.date() != null && e.date().date() != null;
    }

    static LocalDate start(Event e) {
        return e.date().date();
    }

    /** Last day: the range end for ranges, months and years, else the day itself. */
    static LocalDate end(Event e) {
        return e.date().dateEnd() != null ? e.date().dateEnd() : e.date().date();
    }

    /** "2018-04-07", "2018-04-01–2018-04-30 (month, inferred)", or "undated ("last week")". */
    static String date(EventDate d) {
        if (d == null || d.date() == null) {
            return d != null && d.text() != null ? "undated (\"" + d.text() + "\")" : "undated";
        }
        String days = d.dateEnd() == null || d.dateEnd().equals(d.date()) ? d.date().toString()
                : d.date() + "–" + d.dateEnd();
        List<String> marks = new ArrayList<>();
        if (d.precision() != null && d.precision() != DatePrecision.DAY && d.precision() != DatePrecision.UNKNOWN) {
            marks.add(d.precision().code());
        }
        if (d.basis() == DateBasis.INFERRED) {
            marks.add("inferred");
        }
        return marks.isEmpty() ? days : days + " (" + String.join(", ", marks) + ")";
    }

    // ---- what and where

    static String type(EventType t) {
        if (t == null) {
            return "unknown type";
        }
        return t.subEventType() == null ? t.eventType() : t.eventType() + " / " + t.subEventType();
    }

    static String status(Status s) {
        return s == null ? "status unknown" : s.code();
    }

    /** Name, admin1 and country, without repeating a level that has the same name. */
    static String place(Place p) {
        if (p == null) {
            return "place unknown";
        }
        Set<String> parts = new LinkedHashSet<>();
        Stream.of(p.name(), p.admin1(), p.country()).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .forEach(parts::add);
        return parts.isEmpty() ? (p.text() != null ? p.text() : "place unknown") : String.join(", ", parts);
    }

    /** Like {@link #place} for a movement end, where a missing end is "unknown", not a place. */
    static String movementEnd(Place p) {
        return p == null ? "unknown" : place(p);
    }

    // ---- counts

    /** "vague: at least 12" or "vague: no number" (VagueCounts, shared with the CSV and the UI). */
    static String vagueFigure(Count c) {
        Long bound = org.sitrep.store.VagueCounts.lowerBound(c);
        return bound == null ? "vague: no number" : "vague: at least " + number(bound);
    }

    static String countName(CountRole role) {
        return role == CountRole.FATALITIES ? "killed" : role.code().replace('_', ' ');
    }

    /**
     * "at least 40", "1,580", or for a vague count its own words and the figure the one vague-count policy
     * gives it (docs/output.md): "dozens of villagers (vague: at least 12)", "several people (vague: no number)".
     */
    static String count(Count c) {
        if (c.value() == null) {
            return (c.text() != null ? c.text() : "unknown number") + " (" + vagueFigure(c) + ")";
        }
        String n = number(c.value());
        if (c.qualifier() == null) {
            return n;
        }
        return switch (c.qualifier()) {
            case EXACT, VAGUE -> n;
            case AT_LEAST -> "at least " + n;
            case MORE_THAN -> "more than " + n;
            case APPROX -> "about " + n;
            case AT_MOST -> "at most " + n;
        };
    }

    /** "killed: at least 40; injured: 70": the main counts first, then the others by name. */
    static String counts(Map<CountRole, Count> counts) {
        Map<CountRole, Count> ordered = new LinkedHashMap<>();
        MAIN_COUNTS.forEach(k -> {
            if (counts.containsKey(k)) {
                ordered.put(k, counts.get(k));
            }
        });
        // the others by their written name, as their codes sort
        Map<CountRole, Count> others = new TreeMap<>(Comparator.comparing(CountRole::code));
        others.putAll(counts);
        ordered.putAll(others);
        return ordered.entrySet().stream().map(e -> countName(e.getKey()) + ": " + count(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    // ---- who reports it

    /** One reporting article: its outlet (or id when the outlet is unknown) and whom it cites. */
    record Reporter(String label, String docId, List<String> attributedTo) {
    }

    /**
     * The articles reporting an event, from its sources; an event built without sources falls back to
     * its accounts. One entry per article, with the attributions of all its sentences.
     */
    static List<Reporter> reporters(Event e) {
        Map<String, Reporter> byDoc = new LinkedHashMap<>();
        for (Source s : e.sources()) {
            add(byDoc, s.outlet() != null ? s.outlet() : s.docId(), s.docId(), s.attributedTo());
        }
        if (byDoc.isEmpty()) {
            for (Account a : e.accounts()) {
                add(byDoc, a.label(), a.docId(), a.attributedTo());
            }
        }
        return List.copyOf(byDoc.values());
    }

    private static void add(Map<String, Reporter> byDoc, String label, String docId, List<String> attributedTo) {
        String key = docId != null ? docId : label;
        Reporter r = byDoc.get(key);
        List<String> cited = new ArrayList<>(r == null ? List.of() : r.attributedTo());
        attributedTo.stream().filter(a -> !cited.contains(a)).forEach(cited::add);
        byDoc.put(key, new Reporter(label, docId, List.copyOf(cited)));
    }

    /** "SANA (citing Syrian Observatory for Human Rights); Reuters". */
    static String sources(Event e) {
        Map<String, Set<String>> byLabel = new LinkedHashMap<>();
        for (Reporter r : reporters(e)) {
            byLabel.computeIfAbsent(r.label(), k -> new LinkedHashSet<>()).addAll(r.attributedTo());
        }
        if (byLabel.isEmpty()) {
            return "no source";
        }
        return byLabel.entrySet().stream()
                .map(x -> x.getValue().isEmpty() ? x.getKey() : x.getKey() + " (citing " + String.join(", ", x.getValue()) + ")")
                .collect(Collectors.joining("; "));
    }

    // ---- whole lines

    /**
     * One event on one line: date, type, status, place, counts, sources and, when outlets disagree, each
     * disagreement's two sides (a denial whose denier the article does not name shows only there).
     */
    static String line(Event e) {
        List<String> parts = new ArrayList<>();
        parts.add(date(e.date()));
        parts.add(type(e.type()));
        parts.add(e.deniedBy().isEmpty() ? status(e.status())
                : status(e.status()) + ", denied by " + String.join(", ", e.deniedBy().stream().map(Actor::asWritten).toList()));
        parts.add(place(e.location()));
        if (e.origin() != null || e.destination() != null) {
            parts.add("from " + movementEnd(e.origin()) + " to " + movementEnd(e.destination()));
        }
        if (!e.counts().isEmpty()) {
            parts.add(counts(e.counts()));
        }
        parts.add("sources: " + sources(e));
        if (!e.disputes().isEmpty()) {
            parts.add("disagreements: " + e.disputes().stream().map(Dispute::summary).collect(Collectors.joining("; ")));
        }
        return String.join(" — ", parts);
    }

    /** A short name for an event, for tables that refer to it: "2018-04-07 Air/drone strike, Douma". */
    static String label(Event e) {
        String what = e.type() == null ? "event" : e.type().subEventType() != null ? e.type().subEventType() : e.type().eventType();
        return date(e.date()) + " " + what + ", " + place(e.location());
    }
}
