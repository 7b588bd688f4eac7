// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.List;
import java.util.Map;

/**
 * The gazetteer's regions: countries, admin1 regions, curated areas and districts (admin2), with the maps that find
 * them by code or name. Immutable once built by {@link GazetteerLoader}.
 */
final class Regions {

    record Country(String code, String name, List<String> variants, Double lat, Double lon, long population) {
    }

    record Admin1(String code, int country, String display, String geonamesName, Double lat, Double lon,
                  long population, List<String> aliases) {
    }

    record Area(String name, List<String> aliases, int country, int admin1, int precision,
                double lat, double lon, double radiusKm) {
    }

    final Country[] countries;
    final Admin1[] admin1s;
    final Area[] areas;
    final String[] admin2Names;
    // Districts as places: their country and admin1, and the seat that stands for them (-1 if none listed).
    final short[] admin2Country;
    final short[] admin2Admin1;
    final int[] admin2Seat;
    final long[] admin2Population;

    final Map<String, Integer> countryByCode;
    final Map<String, Integer> countryByIso3;
    final Map<String, Integer> admin1ByCode;
    final Map<String, Integer> admin1ByName;   // "SY|rif dimashq" -> admin1 index
    final Map<String, Integer> areaByName;     // "SY|eastern ghouta" -> area index

    @SuppressWarnings("checkstyle:ParameterNumber")
    Regions(Country[] countries, Admin1[] admin1s, Area[] areas, String[] admin2Names, short[] admin2Country,
            short[] admin2Admin1, int[] admin2Seat, long[] admin2Population, Map<String, Integer> countryByCode,
            Map<String, Integer> countryByIso3, Map<String, Integer> admin1ByCode, Map<String, Integer> admin1ByName,
            Map<String, Integer> areaByName) {
        this.countries = countries;
        this.admin1s = admin1s;
        this.areas = areas;
        this.admin2Names = admin2Names;
        this.admin2Country = admin2Country;
        this.admin2Admin1 = admin2Admin1;
        this.admin2Seat = admin2Seat;
        this.admin2Population = admin2Population;
        this.countryByCode = Map.copyOf(countryByCode);
        this.countryByIso3 = Map.copyOf(countryByIso3);
        this.admin1ByCode = Map.copyOf(admin1ByCode);
        this.admin1ByName = Map.copyOf(admin1ByName);
        this.areaByName = Map.copyOf(areaByName);
    }
}
