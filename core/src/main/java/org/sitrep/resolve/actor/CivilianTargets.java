package org.sitrep.resolve.actor;

import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;
import org.sitrep.model.ActorType;

/**
 * ACLED's sides of violence against civilians: the perpetrator is an armed actor (a state force when the report names
 * only one, else an unidentified armed group) and the targets are civilians whoever they are. Stateless and
 * thread-safe.
 */
final class CivilianTargets {
    static final String OUT_OF_SERVICE_WORDS = "/actors/out-of-service-words.tsv";

    /** Any word of {@code out-of-service-words.tsv} ("off-duty", "retired"), on whole words. */
    private final Pattern outOfService = LexiconPhrase.anyOf(OUT_OF_SERVICE_WORDS);

    ActorRoles.Roles apply(ActorRoles.Roles roles, ActorRoles.Clause c) {
        Actor a1 = roles.actor1();
        Actor a2 = roles.actor2();
        if ((a1 == null || a1.type() == ActorType.CIVILIANS) && ActorRoles.isState(a2)
                && !outOfService.matcher(c.sentence()).find()) {
            // no perpetrator named but a state force: the force acted ("killed during a police raid")
            Actor victims = a1;
            a1 = a2;
            a2 = victims;
        }
        if (a1 == null || a1.type() == ActorType.CIVILIANS) {
            a1 = new Actor(ActorClass.UNIDENTIFIED_ARMED_GROUP.label(), ActorType.POLITICAL_MILITIA,
                    a1 == null ? null : a1.text());
        }
        // ACLED's definition: whoever they are (an off-duty soldier, a militia's relative), the targets of
        // violence against civilians are civilians
        if (a2 == null || a2.type() != ActorType.CIVILIANS) {
            a2 = new Actor(ActorClass.CIVILIANS.label(), ActorType.CIVILIANS, a2 == null ? null : a2.text());
        }
        return new ActorRoles.Roles(a1, a2);
    }
}
