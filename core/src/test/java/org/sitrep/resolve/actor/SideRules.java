// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.actor;

import org.sitrep.model.Actor;
import org.sitrep.model.EventType;

/** The side readers the actor tests share, loaded once: roles from a sentence, then ACLED's side conventions. */
final class SideRules {
    static final ActorRoles R = new ActorRoles(ActorDictionary.load());
    static final ActorConventions C = new ActorConventions(ActorDictionary.load());

    private SideRules() {
    }

    /** The sides of an event of {@code type} told by {@code sentence} (and the one after it), conventions applied. */
    static ActorRoles.Roles roles(String sentence, String following, String iso, String country, EventType type,
                                  Actor a1, Actor a2) {
        ActorRoles.Clause c = new ActorRoles.Clause(sentence, 0, following, iso, country);
        return C.apply(R.fromSentence(a1, a2, c), type, c);
    }

    /** As {@link #roles(String, String, String, String, EventType, Actor, Actor)}, for an ACLED event and sub-event type. */
    static ActorRoles.Roles roles(String sentence, String following, String iso, String country, String family,
                                  String sub, Actor a1, Actor a2) {
        return roles(sentence, following, iso, country, new EventType(family, sub), a1, a2);
    }
}
