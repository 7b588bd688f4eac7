package org.sitrep.resolve.actor;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;
import org.sitrep.model.ActorType;

/**
 * ACLED's sides of a bomb or grenade: a state force that is the only side named is the one the device hit, and people
 * it harmed with no armed side named among them are civilians; an armed group that is the only side named in a report
 * of disrupted weapons held them. Stateless and thread-safe.
 */
final class DeviceSides {
    static final String EXPLOSIVE = "Remote explosive/landmine/IED";
    static final String GRENADE = "Grenade";
    static final String DISRUPTED = "Disrupted weapons use";

    /** The sides of an event of sub-type {@code subType}; {@code harmed}: the report counts people killed or injured. */
    ActorRoles.Roles apply(ActorRoles.Roles roles, String subType, boolean harmed) {
        Actor a1 = roles.actor1();
        Actor a2 = roles.actor2();
        if (EXPLOSIVE.equals(subType) && ActorRoles.forces(a1) && a2 == null) {
            // forces clear or defuse devices (disrupted weapons use), they do not plant them, so the force named is
            // the one the device hit ("a roadside bomb struck a police vehicle") and the bomber is unnamed
            a2 = a1;
            a1 = null;
        }
        if ((EXPLOSIVE.equals(subType) || GRENADE.equals(subType)) && a2 == null && harmed) {
            // people killed or wounded by a device with no armed side named among them ("killing a driver"): ACLED's
            // targets who are not armed actors are civilians
            a2 = new Actor(ActorClass.CIVILIANS.label(), ActorType.CIVILIANS, null);
        }
        if (DISRUPTED.equals(subType) && a1 == null && a2 != null && nonStateArmed(a2)) {
            // no force disrupted anything, so the one group named handled the weapons itself ("militants died when a
            // mine they were laying went off"): ACLED's actor1
            a1 = a2;
            a2 = null;
        }
        return new ActorRoles.Roles(a1, a2);
    }

    private static boolean nonStateArmed(Actor a) {
        return a.type() == ActorType.REBEL_GROUP || a.type() == ActorType.POLITICAL_MILITIA
                || a.type() == ActorType.IDENTITY_MILITIA;
    }
}
