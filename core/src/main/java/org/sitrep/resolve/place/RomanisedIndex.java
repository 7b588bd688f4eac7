// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds gazetteer entities by a {@link Romanisation} key of their names (the vowel-blind {@link Romanisation#key} or the
 * {@link Romanisation#closeKey}): every key an entity is indexed under exactly (name, ASCII name, alternate names,
 * with and without a leading article) is also indexed by that key, for the entities of countries whose names are
 * romanised from another script ({@link Romanisation#romanisedIn}). Countries themselves are left out: their names and variants are curated,
 * and a guessed country would misplace a whole article. Like {@link KeyIndex}, a hit is verified by re-deriving the entity's keys.
 *
 * <p>Immutable once sealed; thread-safe.
 */
final class RomanisedIndex {
    /** How a folded name (from an offset) becomes the key this index holds; null for a name too short for one. */
    interface KeyRule {
        String key(CharSequence folded, int from);
    }

    private final Entities entities;
    private final KeyRule rule;
    private final KeyIndex index = new KeyIndex();

    /**
     * An empty index over {@code entities} by the keys {@code rule} gives; the gazetteer {@link #add}s keys while it
     * indexes them exactly, then seals.
     */
    RomanisedIndex(Entities entities, KeyRule rule) {
        this.entities = entities;
        this.rule = rule;
    }

    /** Whether the entity's names are indexed here: not a country, and in a country romanised from another script. */
    boolean covers(int id) {
        return !entities.isCountry(id) && Romanisation.romanisedIn(entities.countryCode(id));
    }

    /** Indexes one exact key of a covered entity by its romanised form (if it is long enough to have one). */
    void add(int id, CharSequence key, int from, int tier, boolean stripped) {
        String romanised = rule.key(key, from);
        if (romanised != null) {
            index.add(romanised, 0, id, tier, stripped);
        }
    }

    /** Read-only from here on. */
    void seal() {
        index.seal();
    }

    /** Number of postings (for diagnostics and memory checks). */
    int size() {
        return index.size();
    }

    /** Added to a romanised match's rewriting penalty, as an exact match would rank it: a guess ranks after. */
    static final int PENALTY = 2;

    /**
     * The entities in one of {@code countries} (null: in any) whose key is that of a variant of the query: entity id
     * -&gt; {penalty, tier}. Empty for a name written in lower case or in capitals ({@link Romanisation#writtenAsName}).
     */
    Map<Integer, int[]> matches(String surface, Names.Query query, Set<String> countries) {
        Map<Integer, int[]> best = new LinkedHashMap<>();
        if (!Romanisation.writtenAsName(surface)) {
            return best;
        }
        for (Names.Variant v : query.variants()) {
            String romanised = rule.key(v.key(), 0);
            if (romanised == null) {
                continue;
            }
            find(romanised, (id, tier, stripped) -> {
                if (countries != null && !countries.contains(entities.countryCode(id))) {
                    return;
                }
                int penalty = v.penalty() + (stripped ? 1 : 0) + PENALTY;
                int[] old = best.get(id);
                if (old == null || penalty < old[0] || penalty == old[0] && tier < old[1]) {
                    best.put(id, new int[] {penalty, tier});
                }
            });
        }
        return best;
    }

    /** Calls {@code sink} for each entity with a name whose key is {@code romanised}. */
    void find(String romanised, KeyIndex.PostingSink sink) {
        index.find(romanised, (id, tier, stripped) -> {
            if (verify(id, romanised, tier, stripped)) {
                sink.accept(id, tier, stripped);
            }
        });
    }

    private boolean verify(int id, String romanised, int tier, boolean stripped) {
        boolean[] ok = {false};
        entities.keys(id, new StringBuilder(32), (key, from, t, s) -> {
            if (!ok[0] && t == tier && s == stripped && romanised.equals(rule.key(key, from))) {
                ok[0] = true;
            }
        });
        return ok[0];
    }
}
