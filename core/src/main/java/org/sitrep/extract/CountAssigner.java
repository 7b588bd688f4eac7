package org.sitrep.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;

/**
 * Gives each count of a sentence to one event: the nearest trigger of a family that may carry it
 * (column counts of frames.tsv), so "air strikes hit X after mortar fire killed four" gives the four to
 * the shelling.
 */
final class CountAssigner {
    private final Lexicon lex = Lexicon.get();

    /** The counts of {@code group}, keyed by the output's count names, in the order they were read. */
    Map<CountRole, Count> countsFor(EventGrouper.Group group, List<EventGrouper.Group> all, List<CountReader.Found> found) {
        Set<CountRole> allowed = lex.frames.counts(group.family());
        Map<CountRole, Count> out = new LinkedHashMap<>();
        for (CountReader.Found f : found) {
            if (!allowed.contains(f.role())) {
                continue;
            }
            Trigger nearest = group.main();
            int best = Integer.MAX_VALUE;
            for (EventGrouper.Group g : all) {
                Trigger m = g.main();
                if (!lex.frames.row(m.frame()).counts().contains(f.role())) {
                    continue;
                }
                int d = Math.abs(m.start() - f.token());
                if (d < best) {
                    best = d;
                    nearest = m;
                }
            }
            if (nearest == group.main()) {
                out.putIfAbsent(f.role(), f.count());
            }
        }
        return out;
    }
}
