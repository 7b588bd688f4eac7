package org.sitrep.evaluate;

import java.util.EnumMap;
import java.util.Map;
import org.sitrep.model.EventMention;

/**
 * One row compared with Sitrep's first mention of it.
 *
 * @param row       the coded row
 * @param first     Sitrep's first mention of the row's notes, or null when none was found
 * @param mentions  how many mentions Sitrep found
 * @param trials    per field, how the comparison went
 * @param km        distance from the coded coordinates to Sitrep's place, or null when either is missing
 */
public record RowScore(AcledRow row, EventMention first, int mentions, Map<Field, Trial> trials, Double km) {
    public RowScore {
        trials = java.util.Collections.unmodifiableMap(new EnumMap<>(trials));
    }

    public Trial trial(Field f) {
        return trials.getOrDefault(f, Trial.NOT_ASKED);
    }

    public boolean agreesOnAll() {
        return trials.values().stream().noneMatch(Trial::disagrees);
    }

    public Family codedFamily() {
        return Family.of(row.eventType());
    }

    /** Sitrep's family, or null when it found no event. */
    public Family foundFamily() {
        return first == null ? null : Family.of(first.type().eventType());
    }
}
