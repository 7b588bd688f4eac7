package org.sitrep.extract;

import java.util.Set;
import org.sitrep.model.EventType;

/** Which events a toll told in another sentence may belong to: one list for every component that carries tolls. */
final class TollEvents {
    /** Political violence, and riots, whose dead ACLED counts as well (ACLED event types). */
    private static final Set<String> VIOLENT = Set.of("Explosions/Remote violence", "Battles",
            "Violence against civilians", "Riots");

    private TollEvents() {
    }

    /** Political violence or a riot. */
    static boolean violent(EventType type) {
        return type != null && VIOLENT.contains(type.eventType());
    }

    /** Events a stated toll may close: violence, riots, and protests (excessive force, a demonstrator shot). */
    static boolean closableByStatement(EventType type) {
        return violent(type) || type != null && "Protests".equals(type.eventType());
    }
}
