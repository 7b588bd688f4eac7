// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.CandidateOrder.Candidate;

/**
 * Turns the entities a name matched into {@link Place} records, best first: gathers the facts each is ordered by
 * (preferred country, agreement with the query's kind word, penalty, tier, class, population) and lets
 * {@link CandidateOrder} rank them. Stateless over the immutable {@link Entities}.
 */
final class RankedPlaces {
    private final Entities entities;
    private final CandidateOrder order;
    private final PlaceRecords records;

    RankedPlaces(Entities entities, PlaceRecords records) {
        this.entities = entities;
        this.order = new CandidateOrder(entities);
        this.records = records;
    }

    /**
     * Matched entities (id -&gt; {penalty, tier}) as places named by {@code name}, best first; {@code preferred} holds
     * upper-case country codes ({@link #upperCase}).
     */
    List<Place> ranked(String name, Names.Query query, Map<Integer, int[]> matches, Set<String> preferred) {
        List<Candidate> candidates = new ArrayList<>(matches.size());
        for (Map.Entry<Integer, int[]> m : matches.entrySet()) {
            int id = m.getKey();
            boolean region = entities.isRegion(id);
            boolean hintMismatch = query.hint() == Names.Hint.REGION ? !region
                    : query.hint() == Names.Hint.PLACE && region;
            candidates.add(new Candidate(id, preferred.contains(entities.countryCode(id)), hintMismatch,
                    m.getValue()[0], m.getValue()[1], entities.classRank(id), entities.population(id)));
        }
        order.order(candidates, query.hint());
        List<Place> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Place p = records.toPlace(c.id(), name);
            if (p.lat() != null && p.lon() != null) {
                out.add(p); // a region listed without a point (a new unit no place of the gazetteer lies in) places nothing
            }
        }
        return out;
    }

    /** Country codes as the gazetteer stores them, whatever case the caller wrote them in. */
    static Set<String> upperCase(Set<String> countryCodes) {
        Set<String> out = new HashSet<>();
        if (countryCodes != null) {
            for (String cc : countryCodes) {
                out.add(cc.toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }
}
