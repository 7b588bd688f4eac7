// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds gazetteer entities by the consonant skeleton of their names ({@link Names#skeleton}, emitted by
 * {@link Entities#spellings}): "Baramulla" finds Bāramūla, "Mirpurkhas" Mirpur Khas. A hit counts only when the
 * entity's name is spelled near the query ({@link Entities#verifySpelling}).
 *
 * <p>Immutable once built; thread-safe.
 */
final class SkeletonIndex {
    private final Entities entities;
    private final KeyIndex index = new KeyIndex();

    SkeletonIndex(Entities entities) {
        this.entities = entities;
        for (int id = 0; id < entities.count; id++) {
            final int entity = id;
            entities.spellings(id, (key, from, tier, stripped) -> index.add(key, from, entity, tier, stripped));
        }
        index.seal();
    }

    /** Entities spelled with the consonants of a variant of the query: entity id -&gt; {penalty, alternate-name tier}. */
    Map<Integer, int[]> matches(Names.Query query) {
        Map<Integer, int[]> found = new LinkedHashMap<>();
        for (Names.Variant v : query.variants()) {
            String skeleton = Names.skeleton(v.key());
            if (skeleton == null) {
                continue;
            }
            index.find(skeleton, (id, tier, stripped) -> {
                if (entities.verifySpelling(id, skeleton, v.key())) {
                    found.merge(id, new int[] {v.penalty(), Entities.ALT}, (a, b) -> a[0] <= b[0] ? a : b);
                }
            });
        }
        return found;
    }
}
