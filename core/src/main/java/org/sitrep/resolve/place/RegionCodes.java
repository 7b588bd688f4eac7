// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * Finds an admin1 region by its code and a country by its ISO code or its name. Stateless over the immutable
 * {@link Entities} and their {@link ExactNames}.
 */
final class RegionCodes {
    private final Entities entities;
    private final ExactNames exact;
    private final PlaceRecords records;

    RegionCodes(Entities entities, ExactNames exact, PlaceRecords records) {
        this.entities = entities;
        this.exact = exact;
        this.records = records;
    }

    /** The admin1 region, e.g. {@code admin1("SY", "08")} or {@code admin1("SY", "SY.08")}. */
    Optional<Place> admin1(String countryCode, String admin1Code) {
        if (countryCode == null || admin1Code == null) {
            return Optional.empty();
        }
        String cc = countryCode.toUpperCase(Locale.ROOT);
        String code = admin1Code.contains(".") ? admin1Code : cc + "." + admin1Code;
        Integer i = entities.regions.admin1ByCode.get(code);
        return i == null ? Optional.empty() : Optional.of(records.toPlace(entities.admin1Base + i, null));
    }

    /**
     * A country by ISO 3166-1 alpha-2 or alpha-3 code or by a name the gazetteer holds; among countries of one name,
     * the one matched with the least rewriting, then the most populous. The place's {@code text} is the argument.
     */
    Optional<Place> country(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String t = nameOrCode.trim();
        if (t.length() == 2 || t.length() == 3) {
            Integer i = (t.length() == 2 ? entities.regions.countryByCode : entities.regions.countryByIso3)
                    .get(t.toUpperCase(Locale.ROOT));
            if (i != null) {
                return Optional.of(records.toPlace(entities.countryBase + i, nameOrCode));
            }
        }
        int best = -1;
        int bestPenalty = Integer.MAX_VALUE;
        for (Map.Entry<Integer, int[]> m : exact.match(Names.query(t)).entrySet()) {
            int id = m.getKey();
            if (entities.isCountry(id) && (m.getValue()[0] < bestPenalty
                    || m.getValue()[0] == bestPenalty && entities.population(id) > entities.population(best))) {
                best = id;
                bestPenalty = m.getValue()[0];
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(records.toPlace(best, nameOrCode));
    }
}
