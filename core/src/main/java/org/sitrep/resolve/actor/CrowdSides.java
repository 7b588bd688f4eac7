package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorClass;
import org.sitrep.model.ActorType;

/**
 * ACLED's sides of demonstrations: a protest's actor1 is "Protesters (X)" and its actor2 the force policing it; a
 * riot's actor1 is "Rioters (X)" and its actor2 the force it faced, else another crowd it fought ({@code
 * reciprocal-words.tsv}), else for mob violence "Civilians (X)". A demonstration no force faced that met a
 * counter-demonstration ({@link CounterProtests}) has a crowd of its own kind as actor2. Stateless and thread-safe.
 */
final class CrowdSides {
    static final String RECIPROCAL_WORDS = "/actors/reciprocal-words.tsv";

    private final FirstForce forces;
    private final CounterProtests counters = new CounterProtests();
    /** Any reciprocal word or phrase of {@code reciprocal-words.tsv}, on whole words. */
    private final Pattern reciprocal;

    CrowdSides(FirstForce forces) {
        this.forces = forces;
        List<String> words = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(RECIPROCAL_WORDS, 1)) {
            words.add(LexiconPhrase.regex(r.get(0).toLowerCase(Locale.ROOT)));
        }
        this.reciprocal = Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", words) + ")(?![\\p{L}])");
    }

    /** A protest's sides: whoever organised it, the crowd first; the other side is the force policing it. */
    ActorRoles.Roles protest(ActorRoles.Roles roles, ActorRoles.Clause c) {
        Actor a1 = roles.actor1();
        Actor a2 = roles.actor2();
        a1 = new Actor(ActorClass.PROTESTERS.label(), ActorType.PROTESTERS, ActorRoles.isCrowd(a1) ? a1.text() : null);
        if (!ActorRoles.forces(a2)) {
            a2 = forces.in(c.sentence() + " " + c.following(), c);
        }
        if (a2 == null && counters.told(c)) {
            // "a counter-protest gathered across the street": ACLED's protesters against protesters
            a2 = new Actor(ActorClass.PROTESTERS.label(), ActorType.PROTESTERS, null);
        }
        return new ActorRoles.Roles(a1, a2);
    }

    /** A riot's sides ({@code mob}: of mob violence): the rioters first, then whom they faced. */
    ActorRoles.Roles riot(ActorRoles.Roles roles, boolean mob, ActorRoles.Clause c) {
        Actor a1 = roles.actor1();
        Actor a2 = roles.actor2();
        if (ActorRoles.forces(a1) && (a2 == null || ActorRoles.isCrowd(a2))) {
            a2 = a1; // "police clashed with youths": ACLED puts the rioters first
            a1 = null;
        }
        a1 = crowd(a1);
        if (a2 == null || ActorRoles.isCrowd(a2)) {
            // the force the crowd faced ("pelted stones at police"); else two crowds that fought each other
            // are both rioters; else a mob's victims are civilians
            // a mob's police named only after its sentence came to stop it, and are no side of the violence
            Actor faced = forces.in(mob ? c.sentence() : c.sentence() + " " + c.following(), c);
            if (faced != null) {
                a2 = faced;
            } else if (reciprocal.matcher(c.sentence()).find() || a2 == null && counters.told(c)) {
                a2 = new Actor(ActorClass.RIOTERS.label(), ActorType.RIOTERS, a2 == null ? null : a2.text());
            } else if (a2 == null && mob) {
                a2 = new Actor(ActorClass.CIVILIANS.label(), ActorType.CIVILIANS, null);
            }
        }
        return new ActorRoles.Roles(a1, a2);
    }

    /** A riot's actor1: the crowd, keeping the words it was read from; a named armed non-state actor stays. */
    private static Actor crowd(Actor a1) {
        if (a1 != null && !ActorRoles.isCrowd(a1) && !ActorClass.UNIDENTIFIED_ARMED_GROUP.names(a1.name())
                && !ActorRoles.isState(a1)) {
            return a1;
        }
        return new Actor(ActorClass.RIOTERS.label(), ActorType.RIOTERS, a1 == null ? null : a1.text());
    }
}
