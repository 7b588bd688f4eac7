package org.sitrep.resolve.actor;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/**
 * ACLED's battles are fought between two armed, organised sides, never by civilians: a side of an armed clash read as
 * civilians is the people the fighting harmed ("rebels clashed with troops, wounding a civilian", "clan militias
 * clashed, leaving five people dead"). It yields to the state force or named armed group the sentence names beside
 * the other side, else, facing an identity militia, it is another community's militia, as {@link CommunalSides} makes
 * an unnamed side (the harmed people's words kept, so the side outlasts fusion with a mention that names them as
 * civilians). With neither, the side stays: the report may tell violence against civilians typed as a clash.
 * Stateless and thread-safe.
 */
final class BattleSides {
    private final ActorDictionary dictionary;

    BattleSides(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The roles of an armed clash with a side read as civilians replaced as above; others unchanged. */
    ActorRoles.Roles apply(ActorRoles.Roles roles, ActorRoles.Clause c) {
        Actor a1 = roles.actor1();
        Actor a2 = roles.actor2();
        if (civilians(a2) && !civilians(a1)) {
            return new ActorRoles.Roles(a1, armedSide(a2, a1, c));
        }
        if (civilians(a1) && !civilians(a2)) {
            return new ActorRoles.Roles(armedSide(a1, a2, c), a2);
        }
        return roles;
    }

    /** The armed side that stands for the harmed civilians {@code harmed}, facing {@code other}. */
    private Actor armedSide(Actor harmed, Actor other, ActorRoles.Clause c) {
        for (ActorMatch m : dictionary.find(c.sentence(), c.countryHint())) {
            Actor a = m.actor();
            boolean armed = a.type() != ActorType.CIVILIANS && !a.type().crowd();
            boolean namedOrState = !m.generic() || ActorRoles.isState(a);
            if (armed && namedOrState && !m.countryUnknown() && (other == null || !a.name().equals(other.name()))) {
                return new Actor(a.name(), a.type(), m.text());
            }
        }
        return other != null && other.type() == ActorType.IDENTITY_MILITIA
                ? CommunalSides.otherCommunity(other, harmed, c) : harmed;
    }

    private static boolean civilians(Actor a) {
        return a != null && a.type() == ActorType.CIVILIANS;
    }
}
