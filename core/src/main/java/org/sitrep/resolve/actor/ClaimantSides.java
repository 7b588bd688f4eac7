package org.sitrep.resolve.actor;

import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;

/**
 * The side a claim of responsibility names ({@link ClaimedAttacks}), as ACLED codes the group on the event's day
 * ({@link ActorPeriods}): the unnamed doer of political violence is the claimant; the unnamed owner of the weapons a
 * force disrupted is the group that planted them. Stateless and thread-safe.
 */
final class ClaimantSides {
    /** The event types of political violence, whose doer a claim can name. */
    private static final Set<String> POLITICAL_VIOLENCE = Set.of("Battles", "Explosions/Remote violence",
            "Violence against civilians");
    private static final String DISRUPTED = "Disrupted weapons use";

    private final ClaimedAttacks claims;
    private final ActorPeriods periods;

    ClaimantSides(ActorDictionary dictionary) {
        this.claims = new ClaimedAttacks(dictionary);
        this.periods = new ActorPeriods(dictionary);
    }

    ActorRoles.Roles apply(ActorRoles.Roles roles, EventType type, ActorRoles.Clause c) {
        Actor a1 = roles.actor1();
        Actor a2 = roles.actor2();
        if (POLITICAL_VIOLENCE.contains(type.eventType()) && ClaimedAttacks.unnamed(a1)) {
            // "An IED hit a convoy. The Front claimed responsibility.": ACLED's actor1 is the claimant
            // (a movement that took power acts as the state)
            Actor claimant = claimant(c);
            if (claimant != null && (a2 == null || !a2.name().equals(claimant.name()))) {
                a1 = new Actor(claimant.name(), claimant.type(), a1 == null ? null : a1.text());
            }
        }
        if (DISRUPTED.equals(type.subEventType()) && ActorRoles.isState(a1) && ClaimedAttacks.unnamed(a2)) {
            // "police defused two bombs planted by X": the weapons disrupted were X's, ACLED's actor2
            Actor owner = claimant(c);
            if (owner != null && !owner.name().equals(a1.name())) {
                a2 = new Actor(owner.name(), owner.type(), a2 == null ? null : a2.text());
            }
        }
        return new ActorRoles.Roles(a1, a2);
    }

    private Actor claimant(ActorRoles.Clause c) {
        return periods.on(claims.claimant(c.sentence() + " " + c.following(), c.countryHint()), c.when(),
                c.countryHint());
    }
}
