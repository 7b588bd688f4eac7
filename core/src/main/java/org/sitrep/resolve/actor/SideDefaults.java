package org.sitrep.resolve.actor;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

/**
 * The actor ACLED codes for a side the report leaves unnamed, by sub-event type ({@code side-defaults.tsv}); civilians
 * never initiate political violence, so an actor1 read as civilians yields to an armed-group default. Stateless and
 * thread-safe.
 */
final class SideDefaults {
    static final String SIDE_DEFAULTS = "/actors/side-defaults.tsv";

    /** Sub-event type -> side (0 actor1, 1 actor2) -> default. */
    private final Map<String, SideDefault[]> defaults;

    SideDefaults() {
        Map<String, SideDefault[]> d = new HashMap<>();
        for (Tsv.Row r : Tsv.read(SIDE_DEFAULTS, 3)) {
            String where = SIDE_DEFAULTS + ":" + r.line() + ": ";
            int side = switch (r.get(1)) {
                case "actor1" -> 0;
                case "actor2" -> 1;
                default -> throw new IllegalStateException(where + "side must be actor1 or actor2, not '" + r.get(1) + "'");
            };
            SideDefault value = SideDefault.of(r.get(2))
                    .orElseThrow(() -> new IllegalStateException(where + "unknown default '" + r.get(2) + "'"));
            d.computeIfAbsent(r.get(0), k -> new SideDefault[2])[side] = value;
        }
        this.defaults = Map.copyOf(d);
    }

    /**
     * Civilians never initiate political violence in ACLED: an actor1 read as civilians where the sub-type's default
     * actor1 is an armed group is that group ("residents heard explosions": witnesses, not the doers).
     */
    ActorRoles.Roles initiator(ActorRoles.Roles roles, String subType, ActorRoles.Clause c) {
        SideDefault[] d = defaults.get(subType);
        Actor a1 = roles.actor1();
        if (d != null && d[0] != null && d[0].type() == ActorType.POLITICAL_MILITIA && a1 != null
                && a1.type() == ActorType.CIVILIANS) {
            return new ActorRoles.Roles(new Actor(d[0].name(c.country()), d[0].type(), null), roles.actor2());
        }
        return roles;
    }

    /** Each empty side as the sub-type's default for it, labelled with the clause's country; others unchanged. */
    ActorRoles.Roles fill(ActorRoles.Roles roles, String subType, ActorRoles.Clause c) {
        SideDefault[] d = defaults.get(subType);
        if (d == null) {
            return roles;
        }
        Actor a1 = roles.actor1() != null || d[0] == null ? roles.actor1()
                : new Actor(d[0].name(c.country()), d[0].type(), null);
        Actor a2 = roles.actor2() != null || d[1] == null ? roles.actor2()
                : new Actor(d[1].name(c.country()), d[1].type(), null);
        return new ActorRoles.Roles(a1, a2);
    }
}
