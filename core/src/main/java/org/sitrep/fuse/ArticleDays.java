package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.DateBasis;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;

/**
 * For a report dated only by its publication day, or not dated at all, the calendar days ({@link EventDate#namedDay})
 * its own article names for events at the same place. A sentence with no date words in an article that names the day things
 * happened at that place tells that article's days ("On 3 May, in the town, ..." and then "Gunfire erupted."), not
 * another outlet's event of another named day there. Days counted from the day of writing ("on Sunday") are
 * left out: they keep the publication rules' slack.
 */
final class ArticleDays {
    private ArticleDays() {
    }

    /** Per publication-dated or undated report, its article's days at its place; reports with none are absent. */
    static Map<EventMention, List<EventDate>> of(List<EventMention> ms) {
        Map<String, List<EventMention>> dayed = new HashMap<>();
        for (EventMention m : ms) {
            if (m.location() != null && m.date().namedDay()) {
                dayed.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<EventMention, List<EventDate>> out = new IdentityHashMap<>();
        for (EventMention m : ms) {
            if (m.date().date() != null && m.date().basis() != DateBasis.PUBLICATION || m.location() == null) {
                continue;
            }
            List<EventDate> days = new ArrayList<>();
            for (EventMention o : dayed.getOrDefault(m.docId(), List.of())) {
                if (JoinRules.samePlace(o.location(), m.location())) {
                    days.add(o.date());
                }
            }
            if (!days.isEmpty()) {
                out.put(m, days);
            }
        }
        return out;
    }
}
