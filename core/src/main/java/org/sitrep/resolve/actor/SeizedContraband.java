package org.sitrep.resolve.actor;

import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;
import org.sitrep.model.ActorType;

/**
 * Contraband a state force seized ({@code lexicon/contraband-nouns.tsv}: "cannabis", "cigarettes") belonged to the
 * smugglers, an armed group ACLED leaves unnamed: actor2 of the seizure, and of the arrest of the people caught with
 * it ("Police seized a ton of cannabis in a truck. Three people were arrested."). Stateless and thread-safe.
 */
final class SeizedContraband {
    static final String CONTRABAND_NOUNS = "/lexicon/contraband-nouns.tsv";
    private static final String SEIZURE = "Looting/property destruction";
    private static final String ARRESTS = "Arrests";

    /** Any noun of {@code lexicon/contraband-nouns.tsv}, on whole words. */
    private final Pattern contraband = LexiconPhrase.anyOf(CONTRABAND_NOUNS);

    ActorRoles.Roles apply(ActorRoles.Roles roles, String subType, ActorRoles.Clause c) {
        Actor a2 = roles.actor2();
        if (a2 != null && a2.type() != ActorType.CIVILIANS) {
            return roles;
        }
        // a seizure is told in its own sentence; the arrest of those caught with the goods often in the next one,
        // made by a force the report may leave unnamed (the police, ACLED's default arrester)
        boolean seized = SEIZURE.equals(subType) && ActorRoles.forces(roles.actor1())
                && contraband.matcher(c.sentence()).find()
                || ARRESTS.equals(subType) && (roles.actor1() == null || ActorRoles.forces(roles.actor1()))
                && contraband.matcher(c.preceding() + " " + c.sentence()).find();
        if (seized) {
            return new ActorRoles.Roles(roles.actor1(), new Actor(ActorClass.UNIDENTIFIED_ARMED_GROUP.label(),
                    ActorType.POLITICAL_MILITIA, a2 == null ? null : a2.text()));
        }
        return roles;
    }
}
