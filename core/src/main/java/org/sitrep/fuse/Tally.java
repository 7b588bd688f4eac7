package org.sitrep.fuse;

import java.util.List;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;

/**
 * One count across the accounts of an event: every figure with its scope, the figures that still contend
 * for the headline (whole-event figures not superseded by a later update), the chosen one and why.
 *
 * @param key        the count role
 * @param figures    every account's figure, with its scope
 * @param contending whole-event figures that may genuinely conflict: only these can dispute each other
 * @param chosen     the headline figure, or null when no figure may be one (only sub-groups, attackers)
 * @param rule       which rule chose it, in words
 */
record Tally(CountRole key, List<ScopedCount> figures, List<ScopedCount> contending, Count chosen, String rule) {
    Tally {
        figures = List.copyOf(figures);
        contending = List.copyOf(contending);
    }
}
