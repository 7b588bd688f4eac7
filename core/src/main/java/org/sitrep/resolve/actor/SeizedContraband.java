package org.sitrep.resolve.actor;

import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;
import org.sitrep.model.ActorType;

/**
 * Contraband a state force seized ({@code lexicon/contraband-nouns.tsv}: "cannabis", "cigarettes") belonged to the
 * smugglers, an armed group ACLED leaves unnamed: actor2 of the seizure. Stateless and thread-safe.
 */
final class SeizedContraband {
    static final String CONTRABAND_NOUNS = "/lexicon/contraband-nouns.tsv";
    private static final String SEIZURE = "Looting/property destruction";

    /** Any noun of {@code lexicon/contraband-nouns.tsv}, on whole words. */
    private final Pattern contraband = LexiconPhrase.anyOf(CONTRABAND_NOUNS);

    ActorRoles.Roles apply(ActorRoles.Roles roles, String subType, ActorRoles.Clause c) {
        Actor a2 = roles.actor2();
        if (SEIZURE.equals(subType) && ActorRoles.forces(roles.actor1())
                && (a2 == null || a2.type() == ActorType.CIVILIANS) && contraband.matcher(c.sentence()).find()) {
            return new ActorRoles.Roles(roles.actor1(), new Actor(ActorClass.UNIDENTIFIED_ARMED_GROUP.label(),
                    ActorType.POLITICAL_MILITIA, a2 == null ? null : a2.text()));
        }
        return roles;
    }
}
