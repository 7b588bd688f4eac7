package org.sitrep.resolve.actor;

import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/**
 * Identity militias as sides of an event: an unnamed armed group fighting for a clan, tribe or community is that
 * community's militia ({@link IdentityCues}); the other side of an identity militia's clash is another community's
 * militia, and "X and Y communal militias clashed" names both sides. Stateless and thread-safe.
 */
final class CommunalSides {
    /** The class of an identity militia facing one the report names but does not say which community it is. */
    private static final String UNNAMED_COMMUNITY = "Unidentified Communal Militia";
    /** Two groups coordinated in one phrase ("X and Y militias"). */
    private static final Pattern COORDINATED = Pattern.compile("\\S\\s+and\\s+\\S");

    private final ActorDictionary dictionary;
    private final IdentityCues identity;

    CommunalSides(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.identity = new IdentityCues(dictionary.countries,
                words -> dictionary.find(words, null).stream().anyMatch(m -> !m.generic()));
    }

    /** "X and Y communal militias clashed" with no actor2 read: both sides are militias of the class the words name. */
    static ActorRoles.Roles coordinated(ActorRoles.Roles roles) {
        Actor a1 = roles.actor1();
        if (roles.actor2() == null && a1 != null && a1.type() == ActorType.IDENTITY_MILITIA && a1.text() != null
                && COORDINATED.matcher(a1.text()).find()) {
            return new ActorRoles.Roles(a1, new Actor(a1.name(), a1.type(), null));
        }
        return roles;
    }

    /**
     * Each side labelled with the country ({@link ClassLabels}), an unnamed armed group as the identity militia the
     * clause's words name; in a clash, a side the report left unnamed ({@code unnamed1}, {@code unnamed2}) facing an
     * identity militia is another community's.
     */
    ActorRoles.Roles apply(ActorRoles.Roles roles, boolean clash, boolean unnamed1, boolean unnamed2,
                           ActorRoles.Clause c) {
        String told = withoutIdentityMilitias(c.sentence() + " " + c.following(), c);
        Actor a1 = identity.apply(ClassLabels.labelled(roles.actor1(), c), told);
        Actor a2 = identity.apply(ClassLabels.labelled(roles.actor2(), c), told);
        if (clash) {
            // "tribesmen clashed over a well": a community's militia fights another community's, not an armed group
            // of no identity (ACLED codes most clashes of an identity militia as two identity militias)
            if (unnamed2 && isIdentityMilitia(a1)) {
                a2 = otherCommunity(a1, a2, c);
            } else if (unnamed1 && isIdentityMilitia(a2)) {
                a1 = otherCommunity(a2, a1, c);
            }
        }
        return new ActorRoles.Roles(a1, a2);
    }

    private static boolean isIdentityMilitia(Actor a) {
        return a != null && a.type() == ActorType.IDENTITY_MILITIA;
    }

    /**
     * The unnamed side facing identity militia {@code named}: a militia of the same class when the report named only
     * the class ("Unidentified Tribal Militia"), else an unidentified communal militia; {@code unnamed}'s words kept.
     */
    static Actor otherCommunity(Actor named, Actor unnamed, ActorRoles.Clause c) {
        String name = named.name().startsWith("Unidentified ") ? named.name()
                : UNNAMED_COMMUNITY + (c.country() == null ? "" : " (" + c.country() + ")");
        return new Actor(name, ActorType.IDENTITY_MILITIA, unnamed == null ? null : unnamed.text());
    }

    /**
     * The text with the identity militias it names blanked out: "troops backed by clan militias took the town from
     * the insurgents" says nothing of the insurgents' clan.
     */
    private String withoutIdentityMilitias(String text, ActorRoles.Clause c) {
        StringBuilder out = null;
        for (ActorMatch m : dictionary.find(text, c.countryHint())) {
            if (m.actor().type() == ActorType.IDENTITY_MILITIA) {
                out = out == null ? new StringBuilder(text) : out;
                for (int i = m.start(); i < m.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
