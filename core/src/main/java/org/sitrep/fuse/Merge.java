package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/** Combines mentions of one event into one, field by field, by documented rules (docs/fusion.md). */
final class Merge {
    private Merge() {
    }

    static EventMention of(List<EventMention> group) {
        if (group.size() == 1) {
            return group.get(0);
        }
        EventMention first = group.get(0);
        EventType type = type(group);
        List<Source> sources = new ArrayList<>();
        List<Actor> deniedBy = new ArrayList<>();
        for (EventMention m : group) {
            for (Source s : m.sources()) {
                if (!sources.contains(s)) {
                    sources.add(s);
                }
            }
            for (Actor d : m.deniedBy()) {
                if (deniedBy.stream().noneMatch(x -> x.name().equals(d.name()))) {
                    deniedBy.add(d);
                }
            }
        }
        String frame = group.stream().filter(m -> !"CASUALTY".equals(m.frame())).map(EventMention::frame)
                .findFirst().orElse(first.frame());
        return new EventMention(first.id(), type, status(group), first.aggregate(), date(group),
                place(group, EventMention::location), moved(group, EventMention::origin),
                moved(group, EventMention::destination), actor(group, EventMention::actor1),
                actor(group, EventMention::actor2), counts(group), sources, deniedBy, first.trigger(), frame);
    }

    /** The type of the most informative mention: a casualty-only sentence never decides it. */
    private static EventType type(List<EventMention> group) {
        return group.stream().filter(m -> !"CASUALTY".equals(m.frame())).map(EventMention::type)
                .findFirst().orElse(group.get(0).type());
    }

    /** Any report of the event happening wins over plans; a denial against a report makes it disputed. */
    static Status status(List<EventMention> group) {
        boolean occurred = false;
        boolean alleged = false;
        boolean denied = false;
        boolean disputed = false;
        for (EventMention m : group) {
            switch (m.status()) {
                case OCCURRED -> occurred = true;
                case ALLEGED -> alleged = true;
                case DENIED -> denied = true;
                case DISPUTED -> disputed = true;
                default -> { }
            }
        }
        if (disputed || denied && (occurred || alleged)) {
            return Status.DISPUTED;
        }
        if (occurred) {
            return Status.OCCURRED;
        }
        if (alleged) {
            return Status.ALLEGED;
        }
        return denied ? Status.DENIED : Status.PLANNED;
    }

    /** The most precise date read from date words; the publication day only when no mention has any. */
    static EventDate date(List<EventMention> group) {
        Comparator<EventDate> byPrecision = Comparator.comparingInt(d -> rank(d.precision()));
        EventDate best = null;
        for (EventMention m : group) {
            EventDate d = m.date();
            if (d.date() == null || !d.basis().fromWords()) {
                continue;
            }
            if (best == null || byPrecision.compare(d, best) < 0) {
                best = d;
            }
        }
        if (best != null) {
            return best;
        }
        for (EventMention m : group) {
            if (m.date().date() != null) {
                return m.date();
            }
        }
        return group.stream().map(EventMention::date).filter(d -> d.text() != null).findFirst()
                .orElse(group.get(0).date());
    }

    private static int rank(DatePrecision p) {
        return switch (p) {
            case DAY -> 0;
            case RANGE -> 1;
            case MONTH -> 2;
            case YEAR -> 3;
            default -> 4;
        };
    }

    /**
     * Where people moved from or to: the most specific place a report of the move happening gives; a plan's
     * place ("rebels should agree to be bused to X") only when no report gives one, since a plan does not say
     * where people actually went.
     */
    static Place moved(List<EventMention> group, java.util.function.Function<EventMention, Place> field) {
        Place reported = place(group.stream().filter(m -> m.status() != Status.PLANNED).toList(), field);
        return reported != null ? reported : place(group, field);
    }

    /** The most specific place any mention gives. */
    static Place place(List<EventMention> group, java.util.function.Function<EventMention, Place> field) {
        Place best = null;
        for (EventMention m : group) {
            Place p = field.apply(m);
            if (p != null && (best == null || p.geoPrecision() < best.geoPrecision())) {
                best = p;
            }
        }
        return best;
    }

    /**
     * The first actor read from the text's words; else the first one at all (a class the event type implies, such as
     * an unnamed side coded "Unidentified Armed Group", yields to a side a later sentence names).
     */
    static Actor actor(List<EventMention> group, java.util.function.Function<EventMention, Actor> field) {
        Actor fallback = null;
        for (EventMention m : group) {
            Actor a = field.apply(m);
            if (a != null && a.text() != null) {
                return a;
            }
            fallback = fallback == null ? a : fallback;
        }
        return fallback;
    }

    /** Per count: a number beats vague words; among numbers the most conservative (lowest) is reported, as ACLED does. */
    static Map<CountRole, Count> counts(List<EventMention> group) {
        Map<CountRole, Count> out = new LinkedHashMap<>();
        for (EventMention m : group) {
            for (Map.Entry<CountRole, Count> e : m.counts().entrySet()) {
                Count cur = out.get(e.getKey());
                Count c = e.getValue();
                if (cur == null || cur.value() == null && c.value() != null
                        || cur.value() != null && c.value() != null && (c.value() < cur.value()
                        || c.value().equals(cur.value()) && cur.qualifier() == Qualifier.EXACT && c.qualifier() != Qualifier.EXACT)) {
                    out.put(e.getKey(), c);
                }
            }
        }
        return out;
    }
}
