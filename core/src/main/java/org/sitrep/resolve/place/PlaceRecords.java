// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.Regions.Admin1;
import org.sitrep.resolve.place.Regions.Area;
import org.sitrep.resolve.place.Regions.Country;

/**
 * Turns gazetteer entities into {@link Place} records (name, country, admin regions, coordinates, geo_precision,
 * aliases) and finds the entity a record came from. Stateless over the immutable {@link Entities}.
 */
final class PlaceRecords {
    private static final int MAX_ALIASES = 10;

    private final Entities entities;

    PlaceRecords(Entities entities) {
        this.entities = entities;
    }

    /**
     * A district found by a spelling of its name that the gazetteer does not hold, named as the text spells it (kind
     * words aside), the gazetteer's name an alias: "Baramulla district" is Baramulla, not GeoNames' Bāramūla. A town
     * is renamed so by its reader already; a province or country keeps its own name.
     */
    static Place asSpelled(Place p, String text) {
        List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        while (words.size() > 1 && PlaceWords.isKindWord(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        String spelled = String.join(" ", words);
        if (p.geoPrecision() != 2 || spelled.isEmpty() || spelled.equalsIgnoreCase(p.name())) {
            return p;
        }
        List<String> aliases = new ArrayList<>(p.aliases());
        aliases.remove(p.name());
        aliases.add(0, p.name());
        return new Place(spelled, p.country(), p.countryCode(), p.admin1(), p.admin1Code(), p.admin2(), p.lat(), p.lon(),
                p.geoPrecision(), aliases, p.geonameId(), p.text());
    }

    /** The entity as a Place matched by {@code text} (null for none). */
    Place toPlace(int id, String text) {
        // The query text becomes an alias only if it is one of the entity's names:
        // "Borno state" is not a name of Borno, Italy, although that town is a candidate for it.
        String aliasText = text != null && entities.hasName(id, Names.fold(text)) ? text : null;
        return toPlace(id, aliasText, text);
    }

    private Place toPlace(int id, String aliasText, String text) {
        Regions r = entities.regions;
        PlaceTable places = entities.places;
        if (entities.isPlace(id)) {
            Country c = r.countries[places.country[id]];
            int a1 = places.admin1[id];
            int a2 = places.admin2[id];
            List<String> aliasSource = new ArrayList<>();
            if (places.asciiNames[id] != null) {
                aliasSource.add(places.asciiNames[id]);
            }
            if (places.alternates[id] != null) {
                aliasSource.addAll(Arrays.asList(places.alternates[id].split("\\|")));
            }
            return new Place(places.names[id], c.name(), c.code(), a1 < 0 ? null : r.admin1s[a1].display(),
                    a1 < 0 ? null : r.admin1s[a1].code(), a2 < 0 ? null : r.admin2Names[a2], places.lat(id), places.lon(id), 1,
                    aliases(places.names[id], aliasText, aliasSource), places.geonameId(id), text);
        }
        if (entities.isAdmin1(id)) {
            Admin1 a = entities.admin1(id);
            Country c = r.countries[a.country()];
            List<String> aliasSource = new ArrayList<>();
            aliasSource.add(a.geonamesName());
            aliasSource.addAll(a.aliases());
            return new Place(a.display(), c.name(), c.code(), a.display(), a.code(), null, a.lat(), a.lon(), 3,
                    aliases(a.display(), aliasText, aliasSource), null, text);
        }
        if (entities.isCountry(id)) {
            Country c = entities.country(id);
            return new Place(c.name(), c.name(), c.code(), null, null, null, c.lat(), c.lon(), 3,
                    aliases(c.name(), aliasText, c.variants()), null, text);
        }
        if (entities.isDistrict(id)) {
            int d = id - entities.admin2Base;
            int seat = r.admin2Seat[d];
            Country c = r.countries[r.admin2Country[d]];
            int a1 = r.admin2Admin1[d];
            // named as reports name it ("Cebu", not GeoNames' "Province of Cebu", which stays its admin2 and an alias)
            String name = AdminWords.districtName(r.admin2Names[d]);
            return new Place(name, c.name(), c.code(), a1 < 0 ? null : r.admin1s[a1].display(),
                    a1 < 0 ? null : r.admin1s[a1].code(), r.admin2Names[d], places.lat(seat), places.lon(seat), 2,
                    aliases(name, aliasText, List.of(r.admin2Names[d])), null, text);
        }
        Area a = entities.area(id);
        Country c = r.countries[a.country()];
        return new Place(a.name(), c.name(), c.code(), a.admin1() < 0 ? null : r.admin1s[a.admin1()].display(),
                a.admin1() < 0 ? null : r.admin1s[a.admin1()].code(), null, a.lat(), a.lon(), a.precision(), aliases(a.name(), aliasText, a.aliases()), null, text);
    }

    /** The matched text first (unless it is just the name), then other names; distinct after folding. */
    private static List<String> aliases(String name, String text, List<String> others) {
        Map<String, String> out = new LinkedHashMap<>();
        String self = Names.fold(name);
        if (text != null && !text.isBlank()) {
            out.putIfAbsent(Names.fold(text), text.trim());
        }
        for (String o : others) {
            if (out.size() >= MAX_ALIASES) {
                break;
            }
            String k = Names.fold(o);
            if (!k.isEmpty()) {
                out.putIfAbsent(k, o);
            }
        }
        out.remove(self);
        return List.copyOf(out.values());
    }

    /**
     * Finds the entity a Place record came from, or -1. Regions, countries and areas have no
     * geonameId, so they are recognised by country code, name and admin1 region as {@link #toPlace}
     * writes them: an admin1 place bears its region's name, a country has no admin1. This keeps
     * Guatemala the country apart from Guatemala the department. The region is told by its code
     * (the record's admin1 may be spelled as a report spells it), by its name in records without one.
     */
    int entityOf(Place p) {
        if (p.geonameId() != null) {
            return entities.places.rowOf(p.geonameId());
        }
        if (p.geoPrecision() == 1 && p.lat() != null && p.lon() != null) {
            // A populated place listed without a geonameid; a place the gazetteer lacks (kept by its name at a
            // unit's point, geo_precision 2 or 3) never has precision 1.
            int row = entities.places.unlistedRowAt(p.name(), p.lat(), p.lon());
            if (row >= 0) {
                return row;
            }
        }
        Regions r = entities.regions;
        String cc = p.countryCode() == null ? "" : p.countryCode().toUpperCase(Locale.ROOT);
        String name = Names.fold(p.name());
        Integer area = r.areaByName.get(cc + "|" + name);
        if (area != null && inRegion(p, r.areas[area].admin1())) {
            return entities.areaBase + area;
        }
        if (p.admin1() == null && p.admin1Code() == null) {
            Integer country = r.countryByCode.get(cc);
            return country == null ? -1 : entities.countryBase + country;
        }
        Integer region = p.admin1Code() != null ? r.admin1ByCode.get(p.admin1Code())
                : name.equals(Names.fold(p.admin1())) ? r.admin1ByName.get(cc + "|" + name) : null;
        return region == null || !name.equals(Names.fold(r.admin1s[region].display())) ? -1
                : entities.admin1Base + region;
    }

    /**
     * Whether a record lies in the admin1 region of index {@code a1} (-1: in none): by the region's code, or for a
     * record without one by the region's gazetteer name.
     */
    boolean inRegion(Place p, int a1) {
        if (a1 < 0) {
            return p.admin1() == null && p.admin1Code() == null;
        }
        Regions.Admin1 region = entities.regions.admin1s[a1];
        if (p.admin1Code() != null) {
            return p.admin1Code().equals(region.code());
        }
        return p.admin1() != null && Names.fold(p.admin1()).equals(Names.fold(region.display()));
    }
}
