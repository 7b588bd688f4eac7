package org.sitrep.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event ontology, ontology/event-types.tsv: each legal (event type, sub-event type) pair with its coarse class,
 * and the kind of violence each event type is. The one reader of the file's coarse class and violence columns.
 */
public final class Ontology {
    private static final String RESOURCE = "/ontology/event-types.tsv";
    private static final Ontology INSTANCE = new Ontology(RESOURCE);

    /** What kind of violence an event type is (the file's violence column). */
    public enum Violence {
        /** Fighting, remote violence and attacks by armed, organised groups. */
        ARMED,
        /** Violence by a crowd: riots. */
        CROWD,
        /** Not violence. */
        NONE
    }

    /** One legal pair with its coarse class and its event type's violence. */
    public record Pair(String eventType, String subEventType, String coarseClass, Violence violence) {
    }

    private final List<Pair> pairs;
    private final Map<String, Violence> violence;

    Ontology(String resource) {
        List<Pair> read = new ArrayList<>();
        Map<String, Violence> byType = new HashMap<>();
        for (Tsv.Row r : Tsv.read(resource, 5)) {
            Violence v = violence(resource, r);
            Violence before = byType.putIfAbsent(r.get(0), v);
            if (before != null && before != v) {
                throw new IllegalStateException(resource + ":" + r.line() + ": violence '" + r.get(3) + "' differs from the '"
                        + before.name().toLowerCase(Locale.ROOT) + "' of the event type's other sub-types");
            }
            read.add(new Pair(r.get(0), r.get(1), r.get(2), v));
        }
        this.pairs = List.copyOf(read);
        this.violence = Map.copyOf(byType);
    }

    private static Violence violence(String resource, Tsv.Row r) {
        return switch (r.get(3)) {
            case "armed" -> Violence.ARMED;
            case "crowd" -> Violence.CROWD;
            case "-" -> Violence.NONE;
            default -> throw new IllegalStateException(resource + ":" + r.line() + ": violence must be armed, crowd or -, not '"
                    + r.get(3) + "'");
        };
    }

    /** The project's ontology. */
    public static Ontology get() {
        return INSTANCE;
    }

    /** Every legal pair, in the file's order. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** The kind of violence of an event type, by its exact name; {@link Violence#NONE} for a name the ontology lacks. */
    public Violence violence(String eventType) {
        return eventType == null ? Violence.NONE : violence.getOrDefault(eventType, Violence.NONE);
    }
}
