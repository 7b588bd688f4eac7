package org.sitrep.fuse;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.common.Tsv;
import org.sitrep.model.EventType;

/** The coarse class of each event type, from ontology/event-types.tsv. */
public final class EventClasses {
    /** The coarse class of movements of people. */
    private static final String DISPLACEMENT = "displacement";

    private final Map<EventType, String> coarse = new HashMap<>();
    private final Map<String, EventType> bySubType = new HashMap<>();

    public EventClasses() {
        for (String[] r : Tsv.read("/ontology/event-types.tsv")) {
            EventType type = new EventType(r[0], r[1]);
            coarse.put(type, r[2]);
            bySubType.put(r[1].toLowerCase(java.util.Locale.ROOT), type);
        }
    }

    /** The legal type pair of a sub-event type, in any case, or null when the ontology has none. */
    EventType ofSubType(String subEventType) {
        return subEventType == null ? null : bySubType.get(subEventType.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The coarse class of a legal pair; a pair the ontology lacks is its own class, named by its event type. */
    public String coarse(EventType t) {
        return coarse.getOrDefault(t, t.eventType());
    }

    /** Whether the type is a legal pair of the movement class (displacement: evacuation, flight, return). */
    public boolean displacement(EventType t) {
        return t != null && DISPLACEMENT.equals(coarse.get(t));
    }

    boolean violent(EventType t) {
        String e = t.eventType();
        return e.startsWith("Explosions") || e.startsWith("Battles") || e.startsWith("Violence");
    }
}
