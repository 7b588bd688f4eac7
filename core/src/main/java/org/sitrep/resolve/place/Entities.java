// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.Map;
import org.sitrep.resolve.place.Regions.Admin1;
import org.sitrep.resolve.place.Regions.Area;
import org.sitrep.resolve.place.Regions.Country;

/**
 * The gazetteer's one id space over every entity a name can find: populated places, then admin1 regions, then
 * countries, then curated areas, then districts. Answers per-entity facts (kind, class rank, population, country)
 * and emits the name keys each entity is indexed under. Immutable.
 */
final class Entities {
    // Match tiers, best first.
    static final int NAME = 0;
    static final int ASCII = 1;
    static final int ALT = 2;

    private static final int RANK_COUNTRY = 12;
    private static final int RANK_REGION = 9;   // admin1 regions and curated areas
    private static final Map<String, Integer> FEATURE_RANK = Map.ofEntries(
            Map.entry("PPLC", 11), Map.entry("PPLA", 10), Map.entry("PPLG", 10),
            Map.entry("PPLA2", 8), Map.entry("PPLA3", 7), Map.entry("PPLA4", 6), Map.entry("PPLA5", 5),
            Map.entry("PPLX", 3), Map.entry("PPLH", 2), Map.entry("PPLQ", 2), Map.entry("PPLW", 2),
            Map.entry("PPLCH", 2));
    private static final int RANK_OTHER_PLACE = 4;   // PPL, PPLL, PPLS, PPLF, PPLR, STLMT
    // A district (admin2) ranks below the towns of its name: bare "Kech" is the town; "Kech district" asks for the region.
    private static final int RANK_ADMIN2 = 3;

    /**
     * Receives the keys an entity is indexed under. The key is {@code key.subSequence(from,
     * key.length())}; {@code key} may be a reused buffer, valid only during the call.
     */
    interface KeySink {
        void accept(CharSequence key, int from, int tier, boolean stripped);
    }

    final PlaceTable places;
    final Regions regions;
    final int admin1Base;
    final int countryBase;
    final int areaBase;
    final int admin2Base;
    final int count;

    Entities(PlaceTable places, Regions regions) {
        this.places = places;
        this.regions = regions;
        admin1Base = places.size;
        countryBase = admin1Base + regions.admin1s.length;
        areaBase = countryBase + regions.countries.length;
        admin2Base = areaBase + regions.areas.length;
        count = admin2Base + regions.admin2Names.length;
    }

    boolean isPlace(int id) {
        return id >= 0 && id < admin1Base;
    }

    boolean isAdmin1(int id) {
        return id >= admin1Base && id < countryBase;
    }

    boolean isCountry(int id) {
        return id >= countryBase && id < areaBase;
    }

    boolean isArea(int id) {
        return id >= areaBase && id < admin2Base;
    }

    boolean isDistrict(int id) {
        return id >= admin2Base;
    }

    /** Any region: admin1, country, area or district. */
    boolean isRegion(int id) {
        return id >= admin1Base;
    }

    Admin1 admin1(int id) {
        return regions.admin1s[id - admin1Base];
    }

    Country country(int id) {
        return regions.countries[id - countryBase];
    }

    Area area(int id) {
        return regions.areas[id - areaBase];
    }

    int classRank(int id) {
        if (isPlace(id)) {
            return FEATURE_RANK.getOrDefault(places.featureCode(id), RANK_OTHER_PLACE);
        }
        if (isDistrict(id)) {
            return RANK_ADMIN2;
        }
        return isCountry(id) ? RANK_COUNTRY : RANK_REGION;
    }

    /** GeoNames population (regions and countries: the sum of their places; areas 0), or -1 for no entity. */
    long population(int id) {
        if (id < 0) {
            return -1;
        }
        if (isPlace(id)) {
            return places.populations[id];
        }
        if (isAdmin1(id)) {
            return admin1(id).population();
        }
        if (isDistrict(id)) {
            return regions.admin2Population[id - admin2Base];
        }
        return isCountry(id) ? country(id).population() : 0;
    }

    String countryCode(int id) {
        if (isPlace(id)) {
            return regions.countries[places.country[id]].code();
        }
        if (isAdmin1(id)) {
            return regions.countries[admin1(id).country()].code();
        }
        if (isDistrict(id)) {
            int c = regions.admin2Country[id - admin2Base];
            return c < 0 ? null : regions.countries[c].code();
        }
        return isCountry(id) ? country(id).code() : regions.countries[area(id).country()].code();
    }

    /** The admin1 index of a populated place, -1 if unknown. */
    int placeAdmin1(int place) {
        return places.admin1[place];
    }

    /**
     * Emits every key an entity is indexed under; used both to build the index and to verify
     * hits. Place names, the bulk of the work, are folded into {@code scratch}.
     */
    void keys(int id, StringBuilder scratch, KeySink sink) {
        if (isPlace(id)) {
            String name = places.names[id];
            Names.foldInto(name, 0, name.length(), scratch);
            emit(scratch, NAME, sink);
            String ascii = places.asciiNames[id];
            if (ascii != null) {
                Names.foldInto(ascii, 0, ascii.length(), scratch);
                emit(scratch, ASCII, sink);
            }
            String alts = places.alternates[id];
            if (alts != null) {
                int start = 0;
                while (start <= alts.length()) {
                    int end = alts.indexOf('|', start);
                    if (end < 0) {
                        end = alts.length();
                    }
                    Names.foldInto(alts, start, end, scratch);
                    emit(scratch, ALT, sink);
                    start = end + 1;
                }
            }
        } else if (isAdmin1(id)) {
            Admin1 a = admin1(id);
            emitRegion(a.display(), sink);
            emitRegion(a.geonamesName(), sink);
            for (String alias : a.aliases()) {
                emit(Names.fold(alias), NAME, sink);   // curated: used exactly as written
            }
        } else if (isCountry(id)) {
            Country c = country(id);
            emit(Names.fold(c.name()), NAME, sink);
            for (String v : c.variants()) {
                emit(Names.fold(v), NAME, sink);
            }
        } else if (isDistrict(id)) {
            int d = id - admin2Base;
            if (regions.admin2Seat[d] >= 0 && regions.admin2Country[d] >= 0) {
                emitRegion(regions.admin2Names[d], sink);
            }
        } else {
            Area a = area(id);
            emit(Names.fold(a.name()), NAME, sink);
            for (String alias : a.aliases()) {
                emit(Names.fold(alias), NAME, sink);
            }
        }
    }

    /** The index stores hashes only; re-derive the entity's keys to rule out a collision. */
    boolean verify(int id, String key, int tier, boolean stripped) {
        boolean[] ok = {false};
        keys(id, new StringBuilder(32), (k, from, t, s) -> {
            if (t == tier && s == stripped && sameKey(k, from, key)) {
                ok[0] = true;
            }
        });
        return ok[0];
    }

    /** Whether the entity is indexed under {@code key} in any tier. */
    boolean hasName(int id, String key) {
        boolean[] ok = {false};
        keys(id, new StringBuilder(32), (k, from, t, s) -> ok[0] |= !s && sameKey(k, from, key));
        return ok[0];
    }

    private static boolean sameKey(CharSequence buffer, int from, String key) {
        if (buffer.length() - from != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (buffer.charAt(from + i) != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A region name, also without its administrative words ("Borno State" is also "Borno"). */
    private static void emitRegion(String raw, KeySink sink) {
        String key = Names.fold(raw);
        emit(key, NAME, sink);
        String bare = AdminWords.stripAdminWords(key);
        if (bare != null) {
            emit(bare, NAME, sink);
        }
    }

    /** A folded key, and also without its leading article ("ar raqqah" is also "raqqah"). */
    private static void emit(CharSequence key, int tier, KeySink sink) {
        if (key.length() == 0) {
            return;
        }
        sink.accept(key, 0, tier, false);
        int rest = Names.afterArticle(key);
        if (rest > 0) {
            sink.accept(key, rest, tier, true);
        }
    }
}
