// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds gazetteer entities by the exact keys of their names (name, ASCII name, alternate names, with and without a
 * leading article): every hit of the {@link KeyIndex} is verified by re-deriving the entity's keys. Immutable once
 * sealed; thread-safe.
 */
final class ExactNames {
    private final Entities entities;
    private final KeyIndex index = new KeyIndex();

    /** An empty index over {@code entities}; the gazetteer {@link #add}s every key an entity emits, then seals. */
    ExactNames(Entities entities) {
        this.entities = entities;
    }

    /** Indexes one exact key of an entity. */
    void add(int id, CharSequence key, int from, int tier, boolean stripped) {
        index.add(key, from, id, tier, stripped);
    }

    /** Read-only from here on. */
    void seal() {
        index.seal();
    }

    /**
     * Whether any variant of the query names an entity. Cheap enough to call for every capitalised token sequence of
     * an article: most misses cost one binary search per variant.
     */
    boolean contains(Names.Query query) {
        boolean[] hit = {false};
        for (Names.Variant v : query.variants()) {
            index.find(v.key(), (id, tier, stripped) -> {
                if (!hit[0] && entities.verify(id, v.key(), tier, stripped)) {
                    hit[0] = true;
                }
            });
            if (hit[0]) {
                return true;
            }
        }
        return false;
    }

    /** Verified matches for all variants of a query: entity id -> {best penalty, its tier}. */
    Map<Integer, int[]> match(Names.Query query) {
        Map<Integer, int[]> best = new LinkedHashMap<>();
        for (Names.Variant v : query.variants()) {
            index.find(v.key(), (id, tier, stripped) -> {
                if (!entities.verify(id, v.key(), tier, stripped)) {
                    return;
                }
                int penalty = v.penalty() + (stripped ? 1 : 0);
                int[] old = best.get(id);
                if (old == null || penalty < old[0] || penalty == old[0] && tier < old[1]) {
                    best.put(id, new int[] {penalty, tier});
                }
            });
        }
        return best;
    }
}
