package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventMention;

/**
 * Blocking for {@link Clustering}: the forming events filed under keys (block and week, or block and
 * admin1), so a mention meets only the events it could join and clustering stays near-linear. One
 * index per key kind and per call.
 */
final class CandidateBlocks<K> {
    private final Map<K, List<FormingEvent>> index = new HashMap<>();

    /** Files an event under a key, once. */
    void register(K key, FormingEvent e) {
        List<FormingEvent> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /** The distinct events filed under any of the keys, oldest first. */
    List<FormingEvent> candidates(List<K> keys) {
        Set<FormingEvent> out = new LinkedHashSet<>();
        for (K k : keys) {
            out.addAll(index.getOrDefault(k, List.of()));
        }
        return out.stream().sorted(Comparator.comparingInt(e -> e.id)).toList();
    }

    /** The weeks a mention's own date covers (at most five), where others find its event. */
    static List<FusionBlock.Week> ownWeeks(EventMention m) {
        long from = week(Evidence.start(m.date()));
        return weeks(m, from, Math.min(week(Evidence.end(m.date())), from + 4));
    }

    /** The weeks in which a mention looks for events: its own and two either side (batches a week apart). */
    static List<FusionBlock.Week> weekKeys(EventMention m) {
        long from = week(Evidence.start(m.date()));
        return weeks(m, from - 2, Math.min(week(Evidence.end(m.date())), from + 4) + 2);
    }

    private static List<FusionBlock.Week> weeks(EventMention m, long from, long to) {
        FusionBlock block = CrossOutletFusion.block(m);
        List<FusionBlock.Week> keys = new ArrayList<>();
        for (long w = from; w <= to; w++) {
            keys.add(new FusionBlock.Week(block, w));
        }
        return keys;
    }

    static long week(LocalDate d) {
        return Math.floorDiv(d.toEpochDay(), 7);
    }

    static FusionBlock.Region placeKey(EventMention m) {
        // the region's key, not its name: two outlets may spell one province differently ("Dar'a", "Daraa")
        return CrossOutletFusion.region(m);
    }
}
