package org.sitrep.resolve.actor;

import org.sitrep.model.Actor;

/**
 * The first armed state force a stretch of text names, of a known country: the police policing a protest, the force a
 * riot faced, the force whose operation a shoot-out broke out in. Stateless and thread-safe.
 */
final class FirstForce {
    private final ActorDictionary dictionary;

    FirstForce(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The first state force named in {@code text}, or null. */
    Actor in(String text, ActorRoles.Clause c) {
        for (ActorMatch m : dictionary.find(text, c.countryHint())) {
            if (ActorRoles.forces(m.actor()) && !m.countryUnknown()) {
                return m.actor();
            }
        }
        return null;
    }
}
