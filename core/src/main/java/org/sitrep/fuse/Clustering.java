package org.sitrep.fuse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.DateBasis;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;

/**
 * Groups article-level mentions into events by cluster-level compatibility: a mention joins an event
 * only when it fits every direct report already in it (complete link), so A-B and B-C never join A to C
 * when A and C disagree.
 *
 * <ol>
 *   <li>Direct reports ({@link Evidence#strong}) in input order: each joins the compatible event it
 *       shares most with ({@link JoinFeature}), or founds a new one.</li>
 *   <li>Weak reports (dated by the publication day, a month, placed at a region) each join the one
 *       event they fit best, or none when two fit equally; they never extend an event, so they never
 *       bridge two.</li>
 *   <li>Weak reports that joined nothing group among themselves, complete link again.</li>
 * </ol>
 * Blocking keeps it near-linear: a mention meets only the events of its block (class and country)
 * in its own and the two weeks either side, or, when weak, the events of its block and admin1.
 */
final class Clustering {
    /** How far back a report dated only by its publication day may restate an event (same town and type). */
    static final int LOOKBACK_DAYS = 180;
    /** Within this many days before publication, a nested place and compatible class are enough. */
    static final int NEAR_DAYS = 7;
    /** Movements of people (an evacuation in convoys) run as one operation for up to this many days... */
    static final int OPERATION_SPAN_DAYS = 14;
    /** ...with batches at most this many days apart. */
    static final int OPERATION_GAP_DAYS = 7;
    private static final String DISPLACEMENT = "displacement";

    private final Compatibility fit;
    private final EventClasses classes;

    Clustering(Compatibility fit, EventClasses classes) {
        this.fit = fit;
        this.classes = classes;
    }

    /** One fused group: its mentions in input order, and for each why it is in the group. */
    record Group(List<EventMention> members, List<Joined> joins, List<Boolean> direct) {
    }

    /** A group while it forms. Local to one call of {@link #groups}. */
    private static final class Building {
        final int id;
        final List<Integer> strong = new ArrayList<>();
        final List<Integer> all = new ArrayList<>();
        final Map<Integer, Joined> reasons = new HashMap<>();
        final Set<String> docs = new LinkedHashSet<>();
        LocalDate lo;
        LocalDate hi;

        Building(int id) {
            this.id = id;
        }
    }

    List<Group> groups(List<EventMention> ms) {
        int n = ms.size();
        Evidence[] ev = new Evidence[n];
        for (int i = 0; i < n; i++) {
            ev[i] = Evidence.of(ms.get(i));
        }
        List<Building> built = new ArrayList<>();
        Map<String, List<Building>> byWeek = new HashMap<>();
        Map<String, List<Building>> byPlace = new HashMap<>();
        boolean[] placed = new boolean[n];
        Map<EventMention, Set<String>> stems = new java.util.IdentityHashMap<>();
        ms.forEach(m -> stems.put(m, Words.stems(m)));
        // 1. direct reports
        for (int i = 0; i < n; i++) {
            if (!ev[i].strong()) {
                continue;
            }
            EventMention m = ms.get(i);
            Building best = null;
            Set<JoinFeature> bestWhy = null;
            int bestScore = -1;
            for (Building c : candidates(weekKeys(m), byWeek)) {
                if (!fitsDirect(ms, m, c)) {
                    continue;
                }
                Set<JoinFeature> why = features(ms, m, c, stems);
                int s = score(why);
                if (s > bestScore) {
                    best = c;
                    bestWhy = why;
                    bestScore = s;
                }
            }
            if (best == null) {
                best = new Building(built.size());
                built.add(best);
                best.reasons.put(i, Joined.founds("founds the event: direct report (day from date words, town)"));
            } else {
                best.reasons.put(i, Joined.joins("joins as a direct report", bestWhy));
            }
            add(best, i, m, true);
            for (String k : ownWeeks(m)) {
                register(byWeek, k, best);
            }
            register(byPlace, placeKey(m), best);
            placed[i] = true;
        }
        // 2. weak reports: the one event they fit best; decided against direct reports only, so order-free
        Map<Integer, Building> attach = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (ev[i].strong()) {
                continue;
            }
            EventMention m = ms.get(i);
            Set<Building> cands = new LinkedHashSet<>(candidates(List.of(placeKey(m)), byPlace));
            if (Evidence.dayByWords(m.date()) || textDated(m)) {
                cands.addAll(candidates(weekKeys(m), byWeek));
            }
            Building best = null;
            Set<JoinFeature> bestWhy = null;
            int bestScore = -1;
            int fitting = 0;
            boolean tie = false;
            for (Building c : cands.stream().sorted(Comparator.comparingInt(b -> b.id)).toList()) {
                Set<JoinFeature> why = features(ms, m, c, stems);
                if (!fitsWeak(ms, m, c, why)) {
                    continue;
                }
                fitting++;
                int s = score(why);
                if (s > bestScore) {
                    best = c;
                    bestWhy = why;
                    bestScore = s;
                    tie = false;
                } else if (s == bestScore) {
                    tie = true;
                }
            }
            // undated: only when a single event fits; otherwise the single best, never a tie
            boolean undated = m.date().date() == null;
            if (best != null && !tie && (!undated || fitting == 1)) {
                attach.put(i, best);
                best.reasons.put(i, Joined.joins("joins as weak evidence (" + ev[i].weakness() + "), best fit of "
                        + fitting + (fitting == 1 ? " event" : " events"), bestWhy));
            }
        }
        attach.forEach((i, c) -> {
            add(c, i, ms.get(i), false);
            placed[i] = true;
        });
        // 3. weak reports that fit no event: among themselves, complete link, one article per group
        Map<String, List<Building>> leftByWeek = new HashMap<>();
        Map<String, List<Building>> leftByPlace = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (placed[i] || ms.get(i).date().date() == null) {
                continue;
            }
            EventMention m = ms.get(i);
            Building home = null;
            for (Building c : candidates(weekKeys(m), leftByWeek)) {
                if (!c.docs.contains(m.docId()) && c.all.stream().allMatch(j -> weakJoins(ms.get(j), m))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new Building(built.size());
                built.add(home);
                home.reasons.put(i, Joined.founds("founds the event: no direct report of it (" + ev[i].weakness() + ")"));
            } else {
                home.reasons.put(i, Joined.joins("joins another weak report", features(ms, m, home, stems)));
            }
            add(home, i, m, false);
            for (String k : ownWeeks(m)) {
                register(leftByWeek, k, home);
            }
            register(leftByPlace, placeKey(m), home);
        }
        // 4. undated weak reports: into the one weak group of their place they fit, one per article
        for (int i = 0; i < n; i++) {
            EventMention m = ms.get(i);
            if (placed[i] || m.date().date() != null) {
                continue;
            }
            List<Building> fitting = candidates(List.of(placeKey(m)), leftByPlace).stream()
                    .filter(c -> c.all.stream().allMatch(j -> weakJoins(ms.get(j), m))).toList();
            Building home;
            if (fitting.size() == 1 && !fitting.get(0).docs.contains(m.docId())) {
                home = fitting.get(0);
                home.reasons.put(i, Joined.joins("joins as an undated report, the one group of its place it fits",
                        features(ms, m, home, stems)));
            } else {
                home = new Building(built.size());
                built.add(home);
                home.reasons.put(i, Joined.founds("founds the event: undated, and "
                        + (fitting.isEmpty() ? "no" : fitting.size()) + " groups of its place fit"));
            }
            add(home, i, m, false);
        }
        List<Group> out = new ArrayList<>(built.size());
        built.stream().sorted(Comparator.comparingInt(b -> b.all.stream().mapToInt(Integer::intValue).min().orElse(0)))
                .forEach(b -> {
                    List<Integer> idx = b.all.stream().sorted().toList();
                    out.add(new Group(idx.stream().map(ms::get).toList(), idx.stream().map(b.reasons::get).toList(),
                            idx.stream().map(b.strong::contains).toList()));
                });
        return out;
    }

    private static void add(Building c, int i, EventMention m, boolean strong) {
        c.all.add(i);
        c.docs.add(m.docId());
        if (strong) {
            c.strong.add(i);
            LocalDate s = Evidence.start(m.date());
            LocalDate e = Evidence.end(m.date());
            c.lo = c.lo == null || s.isBefore(c.lo) ? s : c.lo;
            c.hi = c.hi == null || e.isAfter(c.hi) ? e : c.hi;
        }
    }

    private static void register(Map<String, List<Building>> index, String key, Building c) {
        List<Building> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(c)) {
            list.add(c);
        }
    }

    private static List<Building> candidates(List<String> keys, Map<String, List<Building>> index) {
        Set<Building> out = new LinkedHashSet<>();
        for (String k : keys) {
            out.addAll(index.getOrDefault(k, List.of()));
        }
        return out.stream().sorted(Comparator.comparingInt(b -> b.id)).toList();
    }

    /** The weeks a mention's own date covers (at most five), where others find its event. */
    private static List<String> ownWeeks(EventMention m) {
        String block = CrossOutletFusion.block(m);
        long from = week(Evidence.start(m.date()));
        long to = Math.min(week(Evidence.end(m.date())), from + 4);
        List<String> keys = new ArrayList<>();
        for (long w = from; w <= to; w++) {
            keys.add(block + "|" + w);
        }
        return keys;
    }

    /** The weeks in which a mention looks for events: its own and two either side (batches a week apart). */
    private static List<String> weekKeys(EventMention m) {
        String block = CrossOutletFusion.block(m);
        long from = week(Evidence.start(m.date())) - 2;
        long to = Math.min(week(Evidence.end(m.date())), week(Evidence.start(m.date())) + 4) + 2;
        List<String> keys = new ArrayList<>();
        for (long w = from; w <= to; w++) {
            keys.add(block + "|" + w);
        }
        return keys;
    }

    private static long week(LocalDate d) {
        return Math.floorDiv(d.toEpochDay(), 7);
    }

    private static String placeKey(EventMention m) {
        // the region's key, not its name: two outlets may spell one province differently ("Dar'a", "Daraa")
        return CrossOutletFusion.block(m) + "|" + (m.location() == null ? "?" : m.location().admin1Key());
    }

    private static boolean textDated(EventMention m) {
        return m.date().date() != null && m.date().basis() == DateBasis.TEXT;
    }

    private boolean operation(EventMention m) {
        return DISPLACEMENT.equals(classes.coarse(m.type()));
    }

    /** Everything but the dates: same class, nested places, compatible actors, counts of one magnitude. */
    private boolean sameKind(EventMention a, EventMention b) {
        if (operation(a) && operation(b)) {
            // an operation's batches and running totals (aggregate, ten times apart) are parts of it; the
            // people moved (civilians, fighters) must be the same kind
            return fit.placesFit(a.location(), b.location()) && fit.actorsFit(a, b) && sameMoved(a, b);
        }
        return a.aggregate() == b.aggregate() && fit.sameClass(a, b) && fit.placesFit(a.location(), b.location())
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

    /** Weak reports among themselves: also the same place, named alike at the same precision. */
    private boolean weakJoins(EventMention a, EventMention b) {
        Place p = a.location();
        Place q = b.location();
        boolean samePlace = p == null && q == null || p != null && q != null && p.geoPrecision() == q.geoPrecision()
                && (p.geonameId() != null && p.geonameId().equals(q.geonameId()) || p.name().equals(q.name()));
        return samePlace && joins(a, b);
    }

    /** The pair rule of weak reports among themselves. */
    boolean joins(EventMention a, EventMention b) {
        return sameKind(a, b) && Compatibility.datesFit(a.date(), b.date(), 1);
    }

    private boolean fitsDirect(List<EventMention> ms, EventMention m, Building c) {
        boolean op = operation(m);
        if (c.docs.contains(m.docId()) && !(op && c.strong.stream().anyMatch(j -> sameTown(ms.get(j), m)))) {
            return false;   // two direct reports of one article were kept apart by the article itself
        }
        for (int j : c.strong) {
            EventMention o = ms.get(j);
            if (!op && !Compatibility.datesFit(o.date(), m.date(), 1)) {
                return false;
            }
            // outlets that blame different sides for one strike at one town on one day report one event
            // (the blame is a dispute); elsewhere different actors say different events
            boolean sameSpot = sameTown(o, m) && Objects.equals(o.date().date(), m.date().date());
            if (!(sameSpot ? sameKindAnyActors(o, m) : sameKind(o, m))) {
                return false;
            }
        }
        return !op || withinOperation(c, Evidence.start(m.date()), Evidence.end(m.date()));
    }

    /** A batch of an operation: within a week of its days, and the whole no longer than two weeks. */
    private static boolean withinOperation(Building c, LocalDate s, LocalDate e) {
        return !s.isAfter(c.hi.plusDays(OPERATION_GAP_DAYS)) && !e.isBefore(c.lo.minusDays(OPERATION_GAP_DAYS))
                && ChronoUnit.DAYS.between(s.isBefore(c.lo) ? s : c.lo, e.isAfter(c.hi) ? e : c.hi) <= OPERATION_SPAN_DAYS;
    }

    private boolean fitsWeak(List<EventMention> ms, EventMention m, Building c, Set<JoinFeature> why) {
        // every direct report's class, place and counts; the actors of at least one (outlets may blame
        // different sides of one event)
        boolean actors = false;
        for (int j : c.strong) {
            EventMention o = ms.get(j);
            if (!sameKindAnyActors(o, m) || !fit.placesFit(o.location(), m.location())) {
                return false;
            }
            actors |= fit.actorsFit(o, m);
        }
        if (!actors) {
            return false;
        }
        LocalDate d = m.date().date();
        if (d == null) {
            return true;
        }
        if (textDated(m)) {   // a month, a long range, or a day at a region: the dates must overlap
            LocalDate s = Evidence.start(m.date());
            LocalDate e = Evidence.end(m.date());
            return operation(m) ? withinOperation(c, s, e)
                    : !s.isAfter(c.hi.plusDays(1)) && !e.isBefore(c.lo.minusDays(1));
        }
        // dated only by publication: the event happened before it (an operation: had begun); long before
        // only at the same town, of the same type and told in shared words
        LocalDate began = operation(m) ? c.lo : c.hi;
        if (began.isAfter(d.plusDays(1)) || c.lo.isBefore(d.minusDays(LOOKBACK_DAYS))) {
            return false;
        }
        return !c.hi.isBefore(d.minusDays(NEAR_DAYS)) || why.contains(JoinFeature.SAME_TOWN)
                && why.contains(JoinFeature.SAME_SUB_TYPE) && why.contains(JoinFeature.SHARED_WORDS);
    }

    /** What a mention shares with the direct reports of an event. */
    private Set<JoinFeature> features(List<EventMention> ms, EventMention m, Building c, Map<EventMention, Set<String>> stems) {
        Set<JoinFeature> f = EnumSet.noneOf(JoinFeature.class);
        List<Integer> ref = c.strong.isEmpty() ? c.all : c.strong;
        boolean dayWords = Evidence.dayByWords(m.date());
        for (int j : ref) {
            EventMention o = ms.get(j);
            if (sameTown(o, m)) {
                f.add(JoinFeature.SAME_TOWN);
            } else if (m.location() != null && o.location() != null) {
                f.add(JoinFeature.NESTED_PLACE);
            }
            if (dayWords && Objects.equals(o.date().date(), m.date().date()) && o.date().dateEnd() == null
                    && m.date().dateEnd() == null) {
                f.add(JoinFeature.SAME_DAY);
            } else if (textDated(m) && o.date().date() != null) {
                f.add(operation(m) ? JoinFeature.BATCH_OF_OPERATION : JoinFeature.OVERLAPPING_DATES);
            } else if (m.date().date() != null && m.date().basis() == DateBasis.PUBLICATION) {
                f.add(JoinFeature.EARLIER_EVENT);
            }
            if (o.type().equals(m.type())) {
                f.add(JoinFeature.SAME_SUB_TYPE);
            }
            if (o.actor1() != null && m.actor1() != null && o.actor1().name().equals(m.actor1().name())) {
                f.add(JoinFeature.SAME_ACTOR);
            }
            if (o.counts().keySet().stream().anyMatch(k -> m.counts().containsKey(k)
                    && o.counts().get(k).value() != null && m.counts().get(k).value() != null)
                    && Compatibility.countsFit(o.counts(), m.counts())) {
                f.add(JoinFeature.COUNTS_AGREE);
            }
        }
        if (f.contains(JoinFeature.SAME_TOWN)) {
            f.remove(JoinFeature.NESTED_PLACE);
        }
        if (f.contains(JoinFeature.SAME_DAY)) {
            f.remove(JoinFeature.OVERLAPPING_DATES);
            f.remove(JoinFeature.BATCH_OF_OPERATION);
        }
        if (c.docs.contains(m.docId())) {
            f.add(JoinFeature.SAME_ARTICLE);
        }
        if (Words.shared(stems.get(m), ref.stream().map(j -> stems.get(ms.get(j))).toList()) >= Words.ENOUGH) {
            f.add(JoinFeature.SHARED_WORDS);
        }
        return f;
    }

    private static int score(Set<JoinFeature> why) {
        return why.stream().mapToInt(JoinFeature::weight).sum();
    }

    private static boolean sameTown(EventMention a, EventMention b) {
        Place p = a.location();
        Place q = b.location();
        return p != null && q != null && p.geoPrecision() == 1 && q.geoPrecision() == 1
                && (p.geonameId() != null && p.geonameId().equals(q.geonameId()) || p.name().equals(q.name()));
    }
}
