package org.sitrep.extract;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.Frame;

/**
 * The dead a protest mourns are not its toll: "relatives of a driver who died in a crash marched", "traders
 * demonstrated after police shot a hawker dead". When every word of death in the sentence tells what the protest
 * is about ({@link ProtestIntervention#lethal}, which typing reads to tell excessive force), the protest keeps no
 * count of the killed; the deaths belong to an earlier event the sentence only recalls. Only a group with a protest
 * trigger: a mob's or a riot's own violence ("a mob attacked a couple, resulting in one death") is what it did.
 */
final class MournedDead {
    private static final Set<CountRole> KILLED = EnumSet.of(CountRole.FATALITIES, CountRole.CHILDREN_KILLED,
            CountRole.WOMEN_KILLED, CountRole.CIVILIANS_KILLED);

    private final ProtestIntervention intervention = new ProtestIntervention();

    /** The counts of a protest without the killed it only mourns; other groups' counts as given. */
    Map<CountRole, Count> withoutMourned(EventGrouper.Group group, SentenceContext ctx, Map<CountRole, Count> counts) {
        Count dead = counts.get(CountRole.FATALITIES);
        if (dead == null || group.triggers().stream().noneMatch(t -> t.frame() == Frame.PROTEST)
                || intervention.lethal(group, ctx, dead)) {
            return counts;
        }
        Map<CountRole, Count> out = new LinkedHashMap<>(counts);
        out.keySet().removeAll(KILLED);
        return out;
    }
}
