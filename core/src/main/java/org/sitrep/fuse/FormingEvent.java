package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventMention;

/**
 * An event while {@link Clustering} forms it: its mentions by input index, why each joined, the articles
 * they come from and the days its direct reports span. Local to one call of {@link Clustering#groups}.
 */
final class FormingEvent {
    /** The order of founding: ties between events go to the older. */
    final int id;
    final List<Integer> strong = new ArrayList<>();
    final List<Integer> all = new ArrayList<>();
    final Map<Integer, Joined> reasons = new HashMap<>();
    final Set<String> docs = new LinkedHashSet<>();
    /** The first and last day of its direct reports; null while it has none. */
    LocalDate lo;
    LocalDate hi;

    FormingEvent(int id) {
        this.id = id;
    }

    /** Takes mention {@code i}; only a direct report extends the event's days. */
    void add(int i, EventMention m, boolean direct) {
        all.add(i);
        docs.add(m.docId());
        if (direct) {
            strong.add(i);
            LocalDate s = Evidence.start(m.date());
            LocalDate e = Evidence.end(m.date());
            lo = lo == null || s.isBefore(lo) ? s : lo;
            hi = hi == null || e.isAfter(hi) ? e : hi;
        }
    }
}
