package org.sitrep.fuse;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.common.Ontology;
import org.sitrep.model.EventType;

/** The coarse class of each event type, and which are armed violence, from ontology/event-types.tsv. */
public final class EventClasses {
    /** The coarse class of movements of people. */
    private static final String DISPLACEMENT = "displacement";
    /** The coarse classes of a crowd's events: protests and riots. */
    private static final java.util.Set<String> CROWD = java.util.Set.of("protest", "riot");

    private final Map<EventType, String> coarse = new HashMap<>();
    private final Map<String, EventType> bySubType = new HashMap<>();
    private final Ontology ontology = Ontology.get();

    public EventClasses() {
        for (Ontology.Pair p : ontology.pairs()) {
            EventType type = new EventType(p.eventType(), p.subEventType());
            coarse.put(type, p.coarseClass());
            bySubType.put(p.subEventType().toLowerCase(java.util.Locale.ROOT), type);
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

    /** Whether the type is a legal pair of a crowd's class (protests, riots). */
    boolean crowd(EventType t) {
        return t != null && CROWD.contains(coarse.get(t));
    }

    /**
     * Whether the type is armed violence (the ontology's violence column), which fusion blocks together and which a
     * casualty-only or denial report may join. Riots are not: a crowd's violence is its own class here.
     */
    boolean violent(EventType t) {
        return ontology.violence(t.eventType()) == Ontology.Violence.ARMED;
    }
}
