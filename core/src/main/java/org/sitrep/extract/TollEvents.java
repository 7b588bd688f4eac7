package org.sitrep.extract;

import org.sitrep.common.Ontology;
import org.sitrep.model.EventType;

/** Which events a toll told in another sentence may belong to: one list for every component that carries tolls. */
final class TollEvents {
    private TollEvents() {
    }

    /** Armed violence or a riot, whose dead ACLED counts as well (the ontology's violence column). */
    static boolean violent(EventType type) {
        return type != null && Ontology.get().violence(type.eventType()) != Ontology.Violence.NONE;
    }

    /** Events a stated toll may close: violence, riots, and protests (excessive force, a demonstrator shot). */
    static boolean closableByStatement(EventType type) {
        return violent(type) || type != null && "Protests".equals(type.eventType());
    }
}
