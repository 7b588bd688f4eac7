package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Account;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Qualifier;

/**
 * Chooses each headline count of a fused event, scope by scope:
 * <ul>
 *   <li>a figure of a sub-group ("four children") or of the attackers is never the headline;</li>
 *   <li>a later update of the toll ("rose to 57") supersedes the lower figures it updates;</li>
 *   <li>among the whole-event figures left, ACLED's rule: the most conservative (lowest);</li>
 *   <li>for an operation in batches (an evacuation), the largest reported running total is the headline
 *       and the batch figures stand beside it.</li>
 * </ul>
 */
final class Tallies {
    private final CountScopes scopes;

    Tallies(CountScopes scopes) {
        this.scopes = scopes;
    }

    /** One tally per count name, in the order the accounts first give them. */
    Map<CountRole, Tally> of(List<Account> accounts, List<Boolean> direct, boolean operation, boolean aggregate) {
        Map<CountRole, List<ScopedCount>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            boolean d = direct.get(i);
            a.counts().forEach((k, c) -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(scopes.of(a, k, c, d)));
        }
        Map<CountRole, Tally> out = new LinkedHashMap<>();
        byKey.forEach((k, figures) -> out.put(k, tally(k, figures, operation, aggregate)));
        return out;
    }

    private static Tally tally(CountRole key, List<ScopedCount> figures, boolean operation, boolean aggregate) {
        List<ScopedCount> anyNumber = figures.stream().filter(f -> f.count().value() != null).toList();
        if (figures.size() == 1) {
            return new Tally(key, figures, anyNumber, figures.get(0).count(), "the only report");
        }
        // figures of reports that give the event directly come first; weak reports' only when none does
        List<ScopedCount> fromDirect = anyNumber.stream().filter(ScopedCount::direct).toList();
        List<ScopedCount> numbered = fromDirect.isEmpty() ? anyNumber : fromDirect;
        // an operation's running total is often told after it, by a report dated by its publication
        List<ScopedCount> totals = anyNumber.stream().filter(f -> f.scope() == CountScope.CUMULATIVE).toList();
        List<ScopedCount> whole = numbered.stream().filter(f -> f.scope() == CountScope.EVENT
                || aggregate && f.scope() == CountScope.CUMULATIVE).toList();
        List<ScopedCount> batches = numbered.stream().filter(f -> f.scope() == CountScope.BATCH).toList();
        if (operation && !totals.isEmpty()) {
            ScopedCount top = totals.stream().max(Comparator.comparingLong(f -> f.count().value())).orElseThrow();
            // batches of one operation do not contradict each other or the total
            return new Tally(key, figures, List.of(), top.count(), "the largest reported total of the operation, "
                    + top.cited() + ", beside " + (numbered.size() - 1) + " batch or partial figures");
        }
        if (operation && whole.isEmpty() && !batches.isEmpty()) {
            ScopedCount top = batches.stream().max(Comparator.comparingLong(f -> f.count().value())).orElseThrow();
            return new Tally(key, figures, List.of(), top.count(), "no reported total: the largest batch figure, "
                    + top.cited());
        }
        List<ScopedCount> updates = whole.stream().filter(ScopedCount::update).toList();
        List<ScopedCount> contending = whole;
        String prefix = "";
        if (!updates.isEmpty()) {
            ScopedCount latest = updates.stream().max(Comparator.comparingLong(f -> f.count().value())).orElseThrow();
            long floor = latest.count().value();
            contending = whole.stream().filter(f -> f.count().value() >= floor).toList();
            int superseded = whole.size() - contending.size();
            prefix = "the updated toll " + latest.cited() + " supersedes " + superseded + " earlier "
                    + (superseded == 1 ? "figure" : "figures") + "; ";
        }
        if (contending.isEmpty()) {
            Count vague = figures.stream().map(ScopedCount::count).filter(c -> c.value() == null).findFirst().orElse(null);
            String parts = figures.stream().filter(f -> f.count().value() != null)
                    .map(f -> f.cited() + " counts " + f.scope().words()).distinct().reduce((x, y) -> x + "; " + y).orElse("");
            return new Tally(key, figures, List.of(), vague, vague != null ? "no figure for the whole event; words only"
                    : "no figure for the whole event: " + parts);
        }
        ScopedCount low = contending.stream().min(Comparator.comparingLong((ScopedCount f) -> f.count().value())
                .thenComparing(f -> f.count().qualifier() == Qualifier.EXACT ? 1 : 0)).orElseThrow();
        boolean conflict = conflicting(contending);
        String rule = contending.size() == 1 ? "the only whole-event figure " + low.cited()
                : conflict ? "the most conservative of " + contending.size() + " conflicting figures (ACLED rule), " + low.cited()
                : "the lowest of " + contending.size() + " figures that agree, " + low.cited();
        List<String> aside = new ArrayList<>(figures.stream().filter(f -> f.scope() != CountScope.EVENT
                && f.count().value() != null && !whole.contains(f)).map(f -> f.cited() + " counts " + f.scope().words())
                .distinct().toList());
        anyNumber.stream().filter(f -> !numbered.contains(f) && f.scope() == CountScope.EVENT)
                .forEach(f -> aside.add(f.cited() + " is from a report that does not give the event directly"));
        return new Tally(key, figures, contending, low.count(), prefix + rule
                + (aside.isEmpty() ? "" : "; not weighed: " + String.join("; ", aside)));
    }

    static boolean conflicting(List<ScopedCount> figures) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                if (Compatibility.contradicts(figures.get(i).count(), figures.get(j).count())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The range across outlets of the figures for the whole event, e.g. "30 to 58". */
    static String range(Tally t) {
        List<ScopedCount> whole = t.figures().stream().filter(f -> f.count().value() != null
                && f.scope() == CountScope.EVENT).toList();
        long lo = whole.stream().mapToLong(f -> f.count().value()).min().orElse(0);
        long hi = whole.stream().mapToLong(f -> f.count().value()).max().orElse(0);
        return lo == hi ? String.format("%,d", lo) : String.format("%,d to %,d", lo, hi);
    }

    static String describe(Count c) {
        if (c.value() == null) {
            return c.text() == null ? "?" : c.text();
        }
        String q = switch (c.qualifier()) {
            case AT_LEAST -> "at least ";
            case MORE_THAN -> "more than ";
            case APPROX -> "about ";
            case AT_MOST -> "at most ";
            default -> "";
        };
        return q + String.format("%,d", c.value());
    }
}
