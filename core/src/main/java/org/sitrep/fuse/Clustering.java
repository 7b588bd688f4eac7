package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;

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
 * in its own and the two weeks either side, or, when weak, the events of its block and admin1
 * ({@link CandidateBlocks}). Whether a mention fits an event is {@link JoinRules}'.
 */
final class Clustering {
    private final Compatibility fit;
    private final EventClasses classes;

    Clustering(Compatibility fit, EventClasses classes) {
        this.fit = fit;
        this.classes = classes;
    }

    /** One fused group: its mentions in input order, and for each why it is in the group. */
    record Group(List<EventMention> members, List<Joined> joins, List<Boolean> direct) {
    }

    List<Group> groups(List<EventMention> ms) {
        // the rules of this run: each report's named sites and crowd read once
        JoinRules rules = new JoinRules(fit, classes, new NamedSites(), new Crowds(classes));
        JoinFeatures features = new JoinFeatures(rules);
        int n = ms.size();
        Evidence[] ev = new Evidence[n];
        for (int i = 0; i < n; i++) {
            ev[i] = Evidence.of(ms.get(i));
        }
        List<FormingEvent> built = new ArrayList<>();
        CandidateBlocks<FusionBlock.Week> byWeek = new CandidateBlocks<>();
        CandidateBlocks<FusionBlock.Region> byPlace = new CandidateBlocks<>();
        boolean[] placed = new boolean[n];
        Map<EventMention, Set<String>> stems = new IdentityHashMap<>();
        ms.forEach(m -> stems.put(m, Words.stems(m)));
        Map<EventMention, List<EventDate>> articleDays = ArticleDays.of(ms);
        // 1. direct reports
        for (int i = 0; i < n; i++) {
            if (!ev[i].strong()) {
                continue;
            }
            EventMention m = ms.get(i);
            FormingEvent best = null;
            Set<JoinFeature> bestWhy = null;
            int bestScore = -1;
            for (FormingEvent c : byWeek.candidates(CandidateBlocks.weekKeys(m))) {
                if (!rules.fitsDirect(ms, m, c)) {
                    continue;
                }
                Set<JoinFeature> why = features.of(ms, m, c, stems);
                int s = JoinFeatures.score(why);
                if (s > bestScore) {
                    best = c;
                    bestWhy = why;
                    bestScore = s;
                }
            }
            if (best == null) {
                best = new FormingEvent(built.size());
                built.add(best);
                best.reasons.put(i, Joined.founds("founds the event: direct report (day from date words, town)"));
            } else {
                best.reasons.put(i, Joined.joins("joins as a direct report", bestWhy));
            }
            best.add(i, m, true);
            for (FusionBlock.Week k : CandidateBlocks.ownWeeks(m)) {
                byWeek.register(k, best);
            }
            byPlace.register(CandidateBlocks.placeKey(m), best);
            placed[i] = true;
        }
        // 2. weak reports: the one event they fit best; decided against direct reports only, so order-free
        Map<Integer, FormingEvent> attach = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (ev[i].strong()) {
                continue;
            }
            EventMention m = ms.get(i);
            Set<FormingEvent> cands = new LinkedHashSet<>(byPlace.candidates(List.of(CandidateBlocks.placeKey(m))));
            if (Evidence.dayByWords(m.date()) || JoinRules.textDated(m)) {
                cands.addAll(byWeek.candidates(CandidateBlocks.weekKeys(m)));
            }
            FormingEvent best = null;
            Set<JoinFeature> bestWhy = null;
            int bestScore = -1;
            int fitting = 0;
            boolean tie = false;
            for (FormingEvent c : cands.stream().sorted(Comparator.comparingInt(b -> b.id)).toList()) {
                Set<JoinFeature> why = features.of(ms, m, c, stems);
                if (!rules.fitsWeak(ms, m, c, why, articleDays.getOrDefault(m, List.of()))) {
                    continue;
                }
                fitting++;
                int s = JoinFeatures.score(why);
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
            c.add(i, ms.get(i), false);
            placed[i] = true;
        });
        // 3. weak reports that fit no event: among themselves, complete link, one article per group
        CandidateBlocks<FusionBlock.Week> leftByWeek = new CandidateBlocks<>();
        CandidateBlocks<FusionBlock.Region> leftByPlace = new CandidateBlocks<>();
        for (int i = 0; i < n; i++) {
            if (placed[i] || ms.get(i).date().date() == null) {
                continue;
            }
            EventMention m = ms.get(i);
            FormingEvent home = null;
            for (FormingEvent c : leftByWeek.candidates(CandidateBlocks.weekKeys(m))) {
                if (!c.docs.contains(m.docId()) && c.all.stream().allMatch(j -> rules.weakJoins(ms.get(j), m))) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new FormingEvent(built.size());
                built.add(home);
                home.reasons.put(i, Joined.founds("founds the event: no direct report of it (" + ev[i].weakness() + ")"));
            } else {
                home.reasons.put(i, Joined.joins("joins another weak report", features.of(ms, m, home, stems)));
            }
            home.add(i, m, false);
            for (FusionBlock.Week k : CandidateBlocks.ownWeeks(m)) {
                leftByWeek.register(k, home);
            }
            leftByPlace.register(CandidateBlocks.placeKey(m), home);
        }
        // 4. undated weak reports: into the one weak group of their place they fit (of their article's days), one per article
        for (int i = 0; i < n; i++) {
            EventMention m = ms.get(i);
            if (placed[i] || m.date().date() != null) {
                continue;
            }
            List<EventDate> days = articleDays.getOrDefault(m, List.of());
            List<FormingEvent> fitting = leftByPlace.candidates(List.of(CandidateBlocks.placeKey(m))).stream()
                    .filter(c -> c.all.stream().allMatch(j -> rules.weakJoins(ms.get(j), m)
                            && JoinRules.ofArticleDays(ms.get(j).date(), days))).toList();
            FormingEvent home;
            if (fitting.size() == 1 && !fitting.get(0).docs.contains(m.docId())) {
                home = fitting.get(0);
                home.reasons.put(i, Joined.joins("joins as an undated report, the one group of its place it fits",
                        features.of(ms, m, home, stems)));
            } else {
                home = new FormingEvent(built.size());
                built.add(home);
                home.reasons.put(i, Joined.founds("founds the event: undated, and "
                        + (fitting.isEmpty() ? "no" : fitting.size()) + " groups of its place fit"));
            }
            home.add(i, m, false);
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
}
