package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;
import org.sitrep.model.EventMention;

/**
 * Analysts' splits and merges as constraints on the groups clustering formed, applied after it so the
 * machine's grouping stays the starting point and its reasons stay visible.
 *
 * <ul>
 *   <li>A MERGE must-links its mentions: the groups holding them become one group. Merges that share a
 *       mention form one <em>unit</em>.</li>
 *   <li>A SPLIT cannot-links its first mention with the others: when both end up in one group, the unit of
 *       the mention split off leaves the group and becomes its own event.</li>
 *   <li>Later corrections win over earlier ones: a merge lifts earlier splits among its mentions, a split
 *       takes its mention out of earlier merges. Within one unit, a merge wins.</li>
 * </ul>
 * Built per fusion call from the corrections that hold; immutable once built.
 */
final class Constraints {
    private static final Constraints NONE = new Constraints(Map.of(), List.of(), Map.of());

    /** Mention id to the index of its unit (mentions must-linked together). */
    private final Map<String, Integer> unitOf;
    /** Per unit, the latest merge that formed it. */
    private final List<Correction> unitMerge;
    /** The mention split off, to the mentions it may not share an event with and the split that says so. */
    private final Map<String, Map<String, Correction>> cannot;

    private Constraints(Map<String, Integer> unitOf, List<Correction> unitMerge, Map<String, Map<String, Correction>> cannot) {
        this.unitOf = unitOf;
        this.unitMerge = unitMerge;
        this.cannot = cannot;
    }

    /** The constraints of the corrections that hold, taken in the order they were made. */
    static Constraints of(List<Correction> corrections) {
        List<Correction> active = corrections.stream().filter(Correction::active)
                .filter(c -> c.kind() != CorrectionKind.SET_VALUE)
                .sorted(Comparator.comparing(Correction::at)).toList();
        if (active.isEmpty()) {
            return NONE;
        }
        List<Set<String>> merges = new ArrayList<>();
        List<Correction> mergeBy = new ArrayList<>();
        Map<String, Map<String, Correction>> cannot = new LinkedHashMap<>();
        for (Correction c : active) {
            List<String> ids = c.mentionIds();
            if (c.kind() == CorrectionKind.MERGE) {
                Set<String> x = new LinkedHashSet<>(ids);
                for (String m : x) {
                    Map<String, Correction> apart = cannot.get(m);
                    if (apart != null) {
                        apart.keySet().removeAll(x);
                    }
                }
                merges.add(x);
                mergeBy.add(c);
            } else if (!ids.isEmpty()) {
                String m = ids.get(0);
                merges.forEach(x -> x.remove(m));
                Map<String, Correction> apart = cannot.computeIfAbsent(m, k -> new LinkedHashMap<>());
                ids.subList(1, ids.size()).forEach(o -> apart.put(o, c));
            }
        }
        // units: merges sharing a mention, by union-find over the merges
        int[] parent = new int[merges.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstMerge = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            for (String m : merges.get(i)) {
                Integer j = firstMerge.putIfAbsent(m, i);
                if (j != null) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, Integer> unitIndex = new HashMap<>();
        List<Correction> unitMerge = new ArrayList<>();
        Map<String, Integer> unitOf = new HashMap<>();
        for (int i = 0; i < merges.size(); i++) {
            if (merges.get(i).size() < 2) {
                continue;   // a merge emptied by later splits links nothing
            }
            int root = find(parent, i);
            Integer u = unitIndex.get(root);
            if (u == null) {
                u = unitMerge.size();
                unitIndex.put(root, u);
                unitMerge.add(mergeBy.get(i));
            } else {
                unitMerge.set(u, mergeBy.get(i));   // merges are in time order: the latest explains the unit
            }
            for (String m : merges.get(i)) {
                unitOf.put(m, u);
            }
        }
        return new Constraints(unitOf, unitMerge, cannot);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    boolean none() {
        return unitOf.isEmpty() && cannot.isEmpty();
    }

    /**
     * The groups with the constraints applied, in the order of their first mention in {@code ms}. Each
     * moved report's reason names the correction and keeps the machine's reason after it.
     */
    List<Clustering.Group> apply(List<EventMention> ms, List<Clustering.Group> groups) {
        if (none()) {
            return groups;
        }
        Map<EventMention, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            order.put(ms.get(i), i);
        }
        // 1. must-links: groups sharing a unit become one (union-find over group indices)
        int[] parent = new int[groups.size()];
        for (int g = 0; g < parent.length; g++) {
            parent[g] = g;
        }
        Map<Integer, Integer> unitGroup = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (EventMention m : groups.get(g).members()) {
                Integer u = unitOf.get(m.id());
                if (u != null) {
                    Integer other = unitGroup.putIfAbsent(u, g);
                    if (other != null) {
                        int a = find(parent, g);
                        int b = find(parent, other);
                        parent[Math.max(a, b)] = Math.min(a, b);   // the earliest group stays the home
                    }
                }
            }
        }
        Map<Integer, List<Member>> joined = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            Clustering.Group group = groups.get(g);
            int root = find(parent, g);
            List<Member> into = joined.computeIfAbsent(root, k -> new ArrayList<>());
            for (int i = 0; i < group.members().size(); i++) {
                EventMention m = group.members().get(i);
                Joined reason = group.joins().get(i);
                if (root != g) {
                    Integer u = unitOf.get(m.id());
                    Correction by = unitMerge.get(u != null ? u : unitOf.get(firstUnitMember(groups.get(g))));
                    reason = reason.after("merged in by " + by.signature() + (by.note() == null ? "" : " (" + by.note() + ")")
                            + "; the machine: ");
                }
                into.add(new Member(m, reason, group.direct().get(i), order.getOrDefault(m, Integer.MAX_VALUE)));
            }
        }
        // 2. cannot-links: the unit of the mention split off leaves the group, as its own event
        List<List<Member>> out = new ArrayList<>();
        for (List<Member> g : joined.values()) {
            out.addAll(evict(g));
        }
        out.sort(Comparator.comparingInt(g -> g.stream().mapToInt(Member::order).min().orElse(Integer.MAX_VALUE)));
        List<Clustering.Group> result = new ArrayList<>(out.size());
        for (List<Member> g : out) {
            g.sort(Comparator.comparingInt(Member::order));
            result.add(new Clustering.Group(g.stream().map(Member::mention).toList(), g.stream().map(Member::reason).toList(),
                    g.stream().map(Member::direct).toList()));
        }
        return result;
    }

    private String firstUnitMember(Clustering.Group g) {
        return g.members().stream().map(EventMention::id).filter(unitOf::containsKey).findFirst().orElseThrow();
    }

    /** The group without every unit split off from it, and those units, each a group of its own. */
    private List<List<Member>> evict(List<Member> group) {
        List<List<Member>> out = new ArrayList<>();
        List<Member> rest = new ArrayList<>(group);
        while (true) {
            Violation v = violation(rest);
            if (v == null) {
                break;
            }
            Object unit = unit(v.split());
            List<Member> gone = new ArrayList<>();
            for (Member m : rest) {
                if (unit.equals(unit(m.mention().id()))) {
                    gone.add(new Member(m.mention(), m.reason().after("split off by " + v.by().signature()
                            + (v.by().note() == null ? "" : " (" + v.by().note() + ")") + "; the machine: "),
                            m.direct(), m.order()));
                }
            }
            rest.removeIf(m -> unit.equals(unit(m.mention().id())));
            out.add(gone);
        }
        out.add(0, rest);
        return out;
    }

    private Violation violation(List<Member> group) {
        Set<String> here = new LinkedHashSet<>();
        group.forEach(m -> here.add(m.mention().id()));
        for (String m : here) {
            Map<String, Correction> apart = cannot.get(m);
            if (apart == null) {
                continue;
            }
            for (Map.Entry<String, Correction> e : apart.entrySet()) {
                if (here.contains(e.getKey()) && !unit(m).equals(unit(e.getKey()))) {
                    return new Violation(m, e.getValue());
                }
            }
        }
        return null;
    }

    /** A mention's unit: its must-link unit, or the mention itself. */
    private Object unit(String mentionId) {
        Integer u = unitOf.get(mentionId);
        return u != null ? (Object) u : mentionId;
    }

    private record Member(EventMention mention, Joined reason, boolean direct, int order) {
    }

    private record Violation(String split, Correction by) {
    }
}
