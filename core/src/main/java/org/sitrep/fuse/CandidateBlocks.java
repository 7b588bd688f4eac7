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
final class CandidateBlocks {
    private final Map<String, List<FormingEvent>> index = new HashMap<>();

    /** Files an event under a key, once. */
    void register(String key, FormingEvent e) {
        List<FormingEvent> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    /** The distinct events filed under any of the keys, oldest first. */
    List<FormingEvent> candidates(List<String> keys) {
        Set<FormingEvent> out = new LinkedHashSet<>();
        for (String k : keys) {
            out.addAll(index.getOrDefault(k, List.of()));
        }
        return out.stream().sorted(Comparator.comparingInt(e -> e.id)).toList();
    }

    /** The weeks a mention's own date covers (at most five), where others find its event. */
    static List<String> ownWeeks(EventMention m) {
        long from = week(Evidence.start(m.date()));
        return weeks(m, from, Math.min(week(Evidence.end(m.date())), from + 4));
    }

    /** The weeks in which a mention looks for events: its own and two either side (batches a week apart). */
    static List<String> weekKeys(EventMention m) {
        long from = week(Evidence.start(m.date()));
        return weeks(m, from - 2, Math.min(week(Evidence.end(m.date())), from + 4) + 2);
    }

    private static List<String> weeks(EventMention m, long from, long to) {
        String block = CrossOutletFusion.block(m);
        List<String> keys = new ArrayList<>();
        for (long w = from; w <= to; w++) {
            keys.add(block + "|" + w);
        }
        return keys;
    }

    static long week(LocalDate d) {
        return Math.floorDiv(d.toEpochDay(), 7);
    }

    static String placeKey(EventMention m) {
        // the region's key, not its name: two outlets may spell one province differently ("Dar'a", "Daraa")
        return CrossOutletFusion.block(m) + "|" + (m.location() == null ? "?" : m.location().admin1Key());
    }
}
