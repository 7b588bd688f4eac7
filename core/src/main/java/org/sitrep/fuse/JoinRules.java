package org.sitrep.fuse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.common.GreatCircle;
import org.sitrep.model.DateBasis;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;

/**
 * Whether a mention may join a forming event (complete link: it must fit every direct report already in
 * it) and whether two weak reports may meet. Which of the fitting events it joins is
 * {@link JoinFeatures}' score; the order of joining is {@link Clustering}'s. One instance per fusion run, since it
 * holds the run's {@link NamedSites} and {@link Crowds}.
 */
final class JoinRules {
    /** How far back a report dated only by its publication day may restate an event (same town and type). */
    static final int LOOKBACK_DAYS = 180;
    /** An event this many days before publication (or on it) fits a report dated by it with a nested place and class. */
    static final int PUBLICATION_SLACK_DAYS = 1;
    /** Within this many days before publication, another sentence of the event's own article restates it. */
    static final int NEAR_DAYS = 7;
    /** Movements of people (an evacuation in convoys) run as one operation for up to this many days... */
    static final int OPERATION_SPAN_DAYS = 14;
    /** ...with batches at most this many days apart. */
    static final int OPERATION_GAP_DAYS = 7;
    /** Two towns further apart than this are two places, whatever their names (ACLED's coarsest town radius). */
    static final double APART_KM = 25;

    private final Compatibility fit;
    private final EventClasses classes;
    private final NamedSites sites;
    private final Crowds crowds;

    JoinRules(Compatibility fit, EventClasses classes, NamedSites sites, Crowds crowds) {
        this.fit = fit;
        this.classes = classes;
        this.sites = sites;
        this.crowds = crowds;
    }

    static boolean textDated(EventMention m) {
        return m.date().date() != null && m.date().basis() == DateBasis.TEXT;
    }

    boolean operation(EventMention m) {
        return classes.displacement(m.type());
    }

    /** Everything but the dates: same class, nested places, compatible actors, counts of one magnitude. */
    private boolean sameKind(EventMention a, EventMention b) {
        if (operation(a) && operation(b)) {
            // an operation's batches and running totals (aggregate, ten times apart) are parts of it; the
            // people moved (civilians, fighters) must be the same kind
            return placesFit(a.location(), b.location()) && fit.actorsFit(a, b) && sameMoved(a, b);
        }
        return a.aggregate() == b.aggregate() && fit.sameClass(a, b) && placesFit(a.location(), b.location())
                && fit.actorsFit(a, b) && Compatibility.sameMagnitude(a.counts(), b.counts());
    }

    private boolean sameKindAnyActors(EventMention a, EventMention b) {
        if (operation(a) && operation(b)) {
            return sameMoved(a, b);
        }
        return a.aggregate() == b.aggregate() && fit.sameClass(a, b) && Compatibility.sameMagnitude(a.counts(), b.counts());
    }

    private static boolean sameMoved(EventMention a, EventMention b) {
        return a.actor2() == null || b.actor2() == null || a.actor2().type().equals(b.actor2().type());
    }

    /**
     * Weak reports among themselves: also the same place, named alike at the same precision. Reports that name no
     * place never meet: nothing tells their events apart (grouped, they chained reports of many countries), and
     * the articles' other places lie in other fusion blocks, which a block's fusion must not read.
     */
    boolean weakJoins(EventMention a, EventMention b) {
        Place p = a.location();
        Place q = b.location();
        return p != null && q != null && samePlace(p, q) && joins(a, b) && !twoIncidents(a, b);
    }

    /** The pair rule of weak reports among themselves. */
    boolean joins(EventMention a, EventMention b) {
        return sameKind(a, b) && daysFit(a.date(), b.date()) && publicationDayFits(a.date(), b.date())
                && publicationDayFits(b.date(), a.date());
    }

    /**
     * Weak reports among themselves, one dated only by its publication day: that day must be one of the other's
     * days. With no direct report to anchor them, nothing says an earlier day's report is what the later article
     * restates (two reports of one town published on two days, each with no date words, are two days' news).
     */
    static boolean publicationDayFits(EventDate published, EventDate other) {
        if (published.basis() != DateBasis.PUBLICATION || published.date() == null || other.date() == null) {
            return true;
        }
        return !published.date().isBefore(Evidence.start(other)) && !published.date().isAfter(Evidence.end(other));
    }

    /**
     * Dates of two outlets' reports: two named calendar days ({@link EventDate#namedDay}, as the date resolver read the words) must be the same day (a
     * campaign in one town on two days is two events); otherwise they overlap with a day's slack, and a
     * publication day fits the week before it ({@link Compatibility#datesFit}).
     */
    static boolean daysFit(EventDate a, EventDate b) {
        if (a.namedDay() && b.namedDay()) {
            return a.date().equals(b.date());
        }
        return Compatibility.datesFit(a, b, 1);
    }

    /**
     * Places of two outlets' reports: the same or nested ({@link Compatibility#placesFit}), and never two towns
     * more than {@link #APART_KM} apart, though they share a name (two villages called alike in two provinces).
     */
    boolean placesFit(Place a, Place b) {
        return fit.placesFit(a, b) && !apart(a, b);
    }

    static boolean apart(Place a, Place b) {
        return a != null && b != null && a.geoPrecision() == 1 && b.geoPrecision() == 1 && a.lat() != null
                && b.lat() != null && a.lon() != null && b.lon() != null
                && !(a.geonameId() != null && a.geonameId().equals(b.geonameId()))
                && GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon()) > APART_KM;
    }

    /** A direct report fits an event when it fits each of its direct reports. */
    boolean fitsDirect(List<EventMention> ms, EventMention m, FormingEvent c) {
        boolean op = operation(m);
        if (c.docs.contains(m.docId()) && !(op && c.strong.stream().anyMatch(j -> sameTown(ms.get(j), m)))) {
            return false;   // two direct reports of one article were kept apart by the article itself
        }
        for (int j : c.strong) {
            EventMention o = ms.get(j);
            if (!op && !daysFit(o.date(), m.date())) {
                return false;
            }
            // outlets that blame different sides for one strike at one town on one day report one event
            // (the blame is a dispute); elsewhere different actors say different events
            boolean sameSpot = sameTown(o, m) && Objects.equals(o.date().date(), m.date().date());
            if (!(sameSpot ? sameKindAnyActors(o, m) : sameKind(o, m)) || twoIncidents(o, m)) {
                return false;
            }
        }
        return !op || withinOperation(c, Evidence.start(m.date()), Evidence.end(m.date()));
    }

    /**
     * Whether a report's date fits one of the days an undated report's article names at its place
     * ({@link ArticleDays}; any date when it names none): the undated report is of those days, so a report of
     * another named day, or one published on another day, tells other news.
     */
    static boolean ofArticleDays(EventDate other, List<EventDate> articleDays) {
        return articleDays.isEmpty() || other.date() == null
                || articleDays.stream().anyMatch(day -> daysFit(other, day) && publicationDayFits(other, day));
    }

    /** A batch of an operation: within a week of its days, and the whole no longer than two weeks. */
    private static boolean withinOperation(FormingEvent c, LocalDate s, LocalDate e) {
        return !s.isAfter(c.hi.plusDays(OPERATION_GAP_DAYS)) && !e.isBefore(c.lo.minusDays(OPERATION_GAP_DAYS))
                && ChronoUnit.DAYS.between(s.isBefore(c.lo) ? s : c.lo, e.isAfter(c.hi) ? e : c.hi) <= OPERATION_SPAN_DAYS;
    }

    /**
     * A weak report fits an event by its direct reports, its dates, and what it shares ({@code why}). When its
     * article names calendar days ({@code articleDays}, empty when none) for events at its place
     * ({@link ArticleDays}) and it is dated only by its publication day or not at all, it is of one of those days, and an event
     * whose direct reports name another calendar day is another day's news (a batch of an operation excepted:
     * the operation runs over days).
     */
    boolean fitsWeak(List<EventMention> ms, EventMention m, FormingEvent c, Set<JoinFeature> why,
                     List<EventDate> articleDays) {
        // every direct report's class, place and counts; the actors of at least one (outlets may blame
        // different sides of one event)
        boolean actors = false;
        for (int j : c.strong) {
            EventMention o = ms.get(j);
            if (!sameKindAnyActors(o, m) || !placesFit(o.location(), m.location())
                    || !operation(m) && m.date().namedDay() && !daysFit(o.date(), m.date()) || twoIncidents(o, m)) {
                return false;   // a day named at a region is still that day: it fits no report of another
            }
            actors |= fit.actorsFit(o, m);
        }
        if (!actors) {
            return false;
        }
        LocalDate d = m.date().date();
        if (!textDated(m) && !operation(m) && !articleDays.isEmpty() && articleDays.stream()
                .noneMatch(day -> c.strong.stream().allMatch(j -> !ms.get(j).date().namedDay()
                        || daysFit(ms.get(j).date(), day)))) {
            return false;   // dated by publication or not at all: of its article's days
        }
        if (d == null) {
            return true;
        }
        if (textDated(m)) {   // a month, a long range, or a day at a region: the dates must overlap
            LocalDate s = Evidence.start(m.date());
            LocalDate e = Evidence.end(m.date());
            return operation(m) ? withinOperation(c, s, e)
                    : !s.isAfter(c.hi.plusDays(1)) && !e.isBefore(c.lo.minusDays(1));
        }
        // dated only by publication: the event happened before it (an operation: had begun), with a day's slack
        // (an undated article's inferred day is only a lower bound). An event of the publication day or the day
        // before fits by place and class; one of the week before when the report is another sentence of the
        // event's own article; any earlier one (up to LOOKBACK_DAYS) only when the report tells it: the same town,
        // of the same type, in shared distinctive words. Place and class alone joined the news of a whole week.
        LocalDate began = operation(m) ? c.lo : c.hi;
        if (began.isAfter(d.plusDays(1)) || c.lo.isBefore(d.minusDays(LOOKBACK_DAYS))) {
            return false;
        }
        return !c.hi.isBefore(d.minusDays(PUBLICATION_SLACK_DAYS))
                || !c.hi.isBefore(d.minusDays(NEAR_DAYS)) && why.contains(JoinFeature.SAME_ARTICLE) || tells(why);
    }

    /** A report that tells an event of an earlier day: the same town, of the same type, in shared words. */
    private static boolean tells(Set<JoinFeature> why) {
        return why.contains(JoinFeature.SAME_TOWN) && why.contains(JoinFeature.SAME_SUB_TYPE)
                && why.contains(JoinFeature.SHARED_WORDS);
    }

    /**
     * Two reports naming different parts of their place ({@link NamedSites}) or crowds of different kinds
     * ({@link Crowds}): two incidents. Not the batches of an operation, which may leave from several parts of a town.
     */
    boolean twoIncidents(EventMention a, EventMention b) {
        return (!(operation(a) && operation(b)) && sites.apart(a, b)) || crowds.apart(a, b);
    }

    /** Both at one town (geo-precision 1): the same gazetteer entry or the same name. */
    static boolean sameTown(EventMention a, EventMention b) {
        Place p = a.location();
        Place q = b.location();
        return p != null && q != null && p.geoPrecision() == 1 && q.geoPrecision() == 1 && samePlace(p, q)
                && !apart(p, q);
    }

    /** At one precision, the same gazetteer entry or the same name. */
    static boolean samePlace(Place p, Place q) {
        return p.geoPrecision() == q.geoPrecision()
                && (p.geonameId() != null && p.geonameId().equals(q.geonameId()) || p.name().equals(q.name()));
    }
}
