// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.sitrep.resolve.place.Regions.Admin1;
import org.sitrep.resolve.place.Regions.Area;

/**
 * Finds gazetteer entities by the consonant skeleton of their names ({@link Names#skeleton}): "Baramulla" finds
 * Bāramūla, "Mirpurkhas" Mirpur Khas. The skeletons are those of a place's name and ASCII name (not of its alternates,
 * many of them foreign) and of a region's names with and without their administrative words; countries have none
 * (their names and variants are curated). A hit counts only when the entity's name is spelled near the query
 * ({@link Names#sameSpelling}).
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
            sources(id, source -> {
                String skeleton = Names.skeleton(source);
                if (skeleton != null) {
                    index.add(skeleton, 0, entity, Entities.NAME, false);
                }
            });
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
                if (spelledNear(id, skeleton, v.key())) {
                    found.merge(id, new int[] {v.penalty(), Entities.ALT}, (a, b) -> a[0] <= b[0] ? a : b);
                }
            });
        }
        return found;
    }

    /**
     * Whether the entity has a name whose skeleton is {@code skeleton} and that is spelled near {@code query}
     * ({@link Names#sameSpelling}): the index stores hashes, and a shared skeleton alone is too loose.
     */
    private boolean spelledNear(int id, String skeleton, String query) {
        boolean[] ok = {false};
        sources(id, source -> ok[0] |= skeleton.equals(Names.skeleton(source)) && Names.sameSpelling(source, query));
        return ok[0];
    }

    /** The folded names of an entity whose skeletons the index holds. */
    private void sources(int id, Consumer<String> sink) {
        if (entities.isPlace(id)) {
            sink.accept(Names.fold(entities.places.names[id]));
            if (entities.places.asciiNames[id] != null) {
                sink.accept(Names.fold(entities.places.asciiNames[id]));
            }
        } else if (entities.isAdmin1(id)) {
            Admin1 a = entities.admin1(id);
            regionSources(a.display(), sink);
            regionSources(a.geonamesName(), sink);
            for (String alias : a.aliases()) {
                sink.accept(Names.fold(alias));
            }
        } else if (entities.isDistrict(id)) {
            int d = id - entities.admin2Base;
            if (entities.regions.admin2Seat[d] >= 0 && entities.regions.admin2Country[d] >= 0) {
                regionSources(entities.regions.admin2Names[d], sink);
            }
        } else if (entities.isArea(id)) {
            Area a = entities.area(id);
            sink.accept(Names.fold(a.name()));
            for (String alias : a.aliases()) {
                sink.accept(Names.fold(alias));
            }
        }
    }

    /** A region's name, and also without its administrative words ("Borno State" is also "Borno"). */
    private static void regionSources(String raw, Consumer<String> sink) {
        String key = Names.fold(raw);
        sink.accept(key);
        String bare = AdminWords.stripAdminWords(key);
        if (bare != null) {
            sink.accept(bare);
        }
    }
}
