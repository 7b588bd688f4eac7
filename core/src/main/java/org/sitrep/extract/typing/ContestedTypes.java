package org.sitrep.extract.typing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.common.Tsv;
import org.sitrep.model.EventType;

/** The groups of sub-event types the model may choose among (typing/contested-types.tsv), with their event types. */
final class ContestedTypes {
    private final Map<String, String> groupOf = new HashMap<>();
    private final Map<String, EventType> types = new HashMap<>();

    ContestedTypes() {
        for (String[] r : Tsv.read("/ontology/event-types.tsv")) {
            types.put(r[1].strip(), new EventType(r[0].strip(), r[1].strip()));
        }
        for (Tsv.Row r : Tsv.read("/typing/contested-types.tsv", 2)) {
            if (!types.containsKey(r.get(1))) {
                throw new IllegalStateException("typing/contested-types.tsv line " + r.line() + ": unknown sub-event type '" + r.get(1) + "'");
            }
            groupOf.put(r.get(1), r.get(0));
        }
    }

    /** The group of a sub-event type, if it is contested. */
    Optional<String> group(String subEventType) {
        return Optional.ofNullable(groupOf.get(subEventType));
    }

    /** The ontology's pair for a sub-event type. */
    EventType type(String subEventType) {
        return types.get(subEventType);
    }
}
