// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

/**
 * The gazetteer's name indexes over its {@link Entities}, filled in one pass over every entity's name keys: the exact
 * keys ({@link ExactNames}), the romanised keys of the places of countries romanised from another script, once as
 * another transliteration scheme spells them and once up to a doubled letter or an ending ({@link RomanisedIndex}),
 * and the consonant skeletons ({@link SkeletonIndex}). Immutable once built; thread-safe.
 */
final class NameIndexes {
    /** Entities by the exact keys of their names. */
    final ExactNames exact;
    /** Places of romanised countries by their names' keys in another scheme ({@link Romanisation#key}). */
    final RomanisedIndex romanised;
    /** The same places by their names' close keys ({@link Romanisation#closeKey}). */
    final RomanisedIndex close;
    /** Entities by the consonants of their names. */
    final SkeletonIndex spellings;

    NameIndexes(Entities entities) {
        exact = new ExactNames(entities);
        romanised = new RomanisedIndex(entities, Romanisation::key);
        close = new RomanisedIndex(entities, Romanisation::closeKey);
        StringBuilder scratch = new StringBuilder(64);
        for (int id = 0; id < entities.count; id++) {
            final int entity = id;
            final boolean romanisable = romanised.covers(id);
            entities.keys(id, scratch, (key, from, tier, stripped) -> {
                exact.add(entity, key, from, tier, stripped);
                if (romanisable) {
                    romanised.add(entity, key, from, tier, stripped);
                    close.add(entity, key, from, tier, stripped);
                }
            });
        }
        exact.seal();
        romanised.seal();
        close.seal();
        spellings = new SkeletonIndex(entities);
    }
}
