package org.sitrep.resolve.actor;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;

/** "Civilians" -> "Civilians (Mali)": ACLED's names for classes of actors carry the country. Stateless. */
final class ClassLabels {
    private ClassLabels() {
    }

    /** {@code a} with its class name labelled with the clause's country; a name already labelled or no class kept. */
    static Actor labelled(Actor a, ActorRoles.Clause c) {
        if (a == null || c.country() == null || a.name().endsWith(")") || !isBareClassName(a.name())) {
            return a;
        }
        return new Actor(a.name() + " (" + c.country() + ")", a.type(), a.text());
    }

    /** A class name not yet labelled with a country (the caller checks the closing parenthesis). */
    private static boolean isBareClassName(String name) {
        return name.equals(ActorClass.CIVILIANS.label()) || name.equals(ActorClass.PROTESTERS.label())
                || name.equals(ActorClass.RIOTERS.label()) || ActorClass.UNIDENTIFIED_ARMED_GROUP.names(name);
    }
}
