package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.common.Ids;
import org.sitrep.model.Account;
import org.sitrep.model.Event;
import org.sitrep.fuse.Fuser.Meeting;
import org.sitrep.model.EventMention;

/**
 * Clusters article-level mentions of different articles into events.
 *
 * <p>Blocking keeps the cost near-linear: a mention is compared only with mentions of the same event
 * class and country whose week is the same or adjacent (so events straddling a week boundary still
 * meet), and undated mentions only with mentions of the same class at the same place. With block sizes
 * bounded by the news of one class, country and fortnight, the work is O(n · b) for n mentions and
 * block size b, plus O(n α(n)) for the union-find.
 */
final class CrossOutletFusion {

    private static final EventClasses CLASSES = new EventClasses();
    /** Bucket name prefixes: dated mentions meet by week, undated ones by place. */
    static final String DATED = "W|";
    static final String PLACE = "P|";
    private final Compatibility fit;

    CrossOutletFusion(Compatibility fit) {
        this.fit = fit;
    }

    List<Event> fuse(List<EventMention> mentions) {
        int n = mentions.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> homes = new HashMap<>();
        Map<String, List<Integer>> guests = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Meeting m : meetings(mentions.get(i))) {
                (m.home() ? homes : guests).computeIfAbsent(m.bucket(), k -> new ArrayList<>()).add(i);
            }
        }
        // dated mentions: union-find over the pairs that report one event
        for (Map.Entry<String, List<Integer>> bucket : homes.entrySet()) {
            if (!bucket.getKey().startsWith(DATED)) {
                continue;   // place buckets: below
            }
            List<Integer> home = bucket.getValue();
            List<Integer> guest = guests.getOrDefault(bucket.getKey(), List.of());
            for (int a = 0; a < home.size(); a++) {
                for (int b = a + 1; b < home.size(); b++) {
                    link(mentions, parent, home.get(a), home.get(b));
                }
                for (int g : guest) {
                    link(mentions, parent, home.get(a), g);
                }
            }
        }
        // undated mentions: each joins the one dated event it fits, if there is exactly one
        Map<Integer, Integer> attach = new HashMap<>();
        for (Map.Entry<String, List<Integer>> bucket : homes.entrySet()) {
            if (bucket.getKey().startsWith(DATED)) {
                continue;
            }
            for (int u : bucket.getValue()) {
                java.util.Set<Integer> roots = new java.util.HashSet<>();
                for (int g : guests.getOrDefault(bucket.getKey(), List.of())) {
                    if (links(mentions.get(Math.min(u, g)), mentions.get(Math.max(u, g)))) {
                        roots.add(find(parent, g));
                    }
                }
                if (roots.size() == 1) {
                    attach.put(u, roots.iterator().next());
                }
            }
        }
        attach.forEach((u, root) -> union(parent, u, root));
        Map<Integer, List<EventMention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(mentions.get(i));
        }
        List<Event> events = new ArrayList<>(groups.size());
        for (List<EventMention> g : groups.values()) {
            events.add(event(g));
        }
        return events;
    }

    private void link(List<EventMention> mentions, int[] parent, int i, int j) {
        if (links(mentions.get(Math.min(i, j)), mentions.get(Math.max(i, j)))) {
            union(parent, i, j);
        }
    }

    /**
     * Where a mention meets others. In a week bucket, pairs with at least one member at home are
     * compared, so every candidate pair is compared exactly once: a dated mention is at home in its week
     * and a guest in the next (weeks w and w+1 meet in bucket w+1, so events straddling a week boundary
     * still meet). In a place bucket, an undated mention (at home) meets the dated mentions of its class,
     * country and admin1 (guests) and joins their event only if it fits exactly one: over a long corpus
     * it fits many, and letting it link them all would chain years of events at one place into one.
     */
    static List<Meeting> meetings(EventMention m) {
        String block = block(m);
        String place = PLACE + block + "|" + placeKey(m);
        if (m.date().date() == null) {
            return List.of(new Meeting(place, true));
        }
        long w = week(m);
        return List.of(new Meeting(DATED + block + "|" + w, true), new Meeting(DATED + block + "|" + (w + 1), false),
                new Meeting(place, false));
    }

    /** One candidate pair, the earlier mention (in input order) first: do they report one event? */
    boolean links(EventMention earlier, EventMention later) {
        return !later.docId().equals(earlier.docId()) && joins(earlier, later);
    }

    /** Same class, fitting dates, nested places, compatible actors, and counts of the same magnitude. */
    private boolean joins(EventMention a, EventMention b) {
        return a.aggregate() == b.aggregate()
                && fit.sameClass(a, b)
                && Compatibility.datesFit(a.date(), b.date(), 1)
                && fit.placesFit(a.location(), b.location())
                && fit.actorsFit(a, b)
                && Compatibility.sameMagnitude(a.counts(), b.counts());
    }

    /** The fusion block: coarse class (all violent classes form one) and country. Fusion never joins across blocks. */
    static String block(EventMention m) {
        String cc = m.location() == null ? "?" : String.valueOf(m.location().countryCode());
        String coarse = CLASSES.coarse(m.type());
        // casualty-only and denied mentions may join any violent class: block them with violence as a whole
        if (CLASSES.violent(m.type())) {
            coarse = "violent";
        }
        return coarse + "|" + cc;
    }

    private static long week(EventMention m) {
        return Math.floorDiv(m.date().date().toEpochDay(), 7);
    }

    /** Undated mentions meet by admin1, so a town and the region around it still meet. */
    private static String placeKey(EventMention m) {
        return m.location() == null ? "?" : String.valueOf(m.location().admin1());
    }

    Event event(List<EventMention> g) {
        EventMention merged = Merge.of(g);
        List<Account> accounts = g.stream().map(Account::of).toList();
        List<String> ids = g.stream().map(EventMention::id).toList();
        return new Event(id(ids), merged.type(), merged.status(), merged.aggregate(), merged.date(), merged.location(),
                merged.origin(), merged.destination(), merged.actor1(), merged.actor2(), merged.counts(),
                merged.sources(), merged.deniedBy(), ids, accounts, Disputes.of(accounts), Notes.of(accounts, merged));
    }

    private static String id(List<String> mentionIds) {
        return "ev-" + Ids.hash(6, mentionIds.stream().sorted().toArray(String[]::new));
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
