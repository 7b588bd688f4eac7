// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.common.Memo;
import org.sitrep.model.Place;

/**
 * Place gazetteer for the {@code resolve} stage: GeoNames populated places (cities500), admin1
 * regions, countries and a curated list of named areas, all looked up by surface name.
 *
 * <h2>Matching</h2>
 * Every name is reduced with {@link #fold}; a lookup also tries the query without a kind word
 * ("Idlib province", "Aleppo city") and without a leading Arabic article ("al-Raqqa"), and the
 * index holds article-less forms of names that have one ("Ar Raqqah" is also found as "Raqqah").
 * Spelling variants resolve through GeoNames alternate names (Douma, Jarablus) and through the
 * curated aliases in {@code areas.tsv}. A name no entity is called finds the places of countries romanised from
 * another script whose names it spells but for a doubled letter, a vowel written two ways or an Arabic ending
 * ({@link Romanisation#closeKey}: "Kafr Nassij" is Kafr Nasij). Two guesses are separate methods, for callers that
 * can check them against context: {@link #lookupRomanised} (another transliteration scheme's spelling, "Tal Tamer"
 * for Tall Tamr) and {@link #lookupSpelling} (the same consonants).
 *
 * <h2>Ranking</h2>
 * Candidates are ordered by, in turn:
 * <ol>
 *   <li>in one of the caller's preferred countries (only for {@link #lookup(String, Set)});</li>
 *   <li>agreement with a kind word in the query: "province", "governorate", "state", "region",
 *       "district", "countryside", ... put regions (admin1, countries, curated areas) first;
 *       "city", "town", "village" put populated places first;</li>
 *   <li>rewriting penalty, +1 for each of: kind word removed from the query, article removed
 *       from the query, article removed from the indexed name;</li>
 *   <li>match tier: GeoNames preferred name &gt; GeoNames ASCII name &gt; GeoNames alternate
 *       name. Names of admin1 regions and countries and every curated name count as preferred;</li>
 *   <li>class: country &gt; PPLC &gt; PPLA, PPLG &gt; admin1 region = curated area &gt; PPLA2 &gt; PPLA3
 *       &gt; PPLA4 &gt; PPLA5 &gt; PPL and other inhabited places &gt; PPLX (section of a place)
 *       &gt; historical, abandoned or destroyed places;</li>
 *   <li>population (for regions and countries: total of their listed places; curated areas 0),
 *       then entity order (geonameid for places, file order otherwise).</li>
 * </ol>
 * One adjustment follows: without a region kind word, an admin1 region never precedes a seat
 * (PPLC, PPLA or PPLA2) in that region that is also a candidate, so "Raqqa" gives the city Ar
 * Raqqah before Raqqa governorate (although only the region's own name is spelled "Raqqa") and
 * "Lagos" gives the city before Lagos State.
 * Without preferred countries no country is favoured: Douma and Tripoli return every candidate
 * and the caller disambiguates with article context.
 *
 * <p>The work is shared by small components: {@link GazetteerLoader} reads the files into a {@link PlaceTable} and
 * {@link Regions}; {@link Entities} numbers every entity and emits its name keys; {@link NameIndexes} indexes those
 * keys ({@link ExactNames} and the guesses' indexes); {@link RankedPlaces} turns what a name matched into places,
 * ranked by {@link CandidateOrder}; {@link PlaceRecords} builds the {@link Place} records; {@link RegionCodes} finds
 * regions and countries by code; {@link Containment} says which place lies in which.
 *
 * <p>Instances are immutable and thread-safe. {@link #load()} returns a shared instance.
 */
public final class Gazetteer {

    private final Entities entities;
    private final NameIndexes names;
    private final RankedPlaces ranking;
    private final PlaceRecords records;
    private final RegionCodes regionCodes;
    private final Containment containment;
    /** Answers of {@link #lookup(String, Set)}: an article's readers look each of its names up several times. */
    private final Memo<Lookup, List<Place>> lookups = new Memo<>(LOOKUPS_REMEMBERED);

    /** Lookups remembered before the memo starts over: the 1,000-note ACLED sample asks about 4,500 different ones. */
    private static final int LOOKUPS_REMEMBERED = 8_192;

    private record Lookup(String name, Set<String> preferred) {
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer();
    }

    /** Returns the gazetteer built from the bundled resources; loaded once per JVM, on first use. */
    public static Gazetteer load() {
        return Holder.INSTANCE;
    }

    /**
     * The normalisation used for every key: NFKD, combining marks removed, lower case, apostrophes
     * and ʿ ʾ ‘ ’ removed, other non-alphanumerics collapsed to single spaces, trimmed.
     * "Dūmā" and "DUMA" both give "duma"; "Sana'a" gives "sanaa"; "al-Raqqa" gives "al raqqa".
     */
    public static String fold(String s) {
        return Names.fold(s);
    }

    private Gazetteer() {
        GazetteerLoader.Loaded loaded = GazetteerLoader.load();
        entities = new Entities(loaded.places(), loaded.regions());
        records = new PlaceRecords(entities);
        ranking = new RankedPlaces(entities, records);
        containment = new Containment(entities, records);
        names = new NameIndexes(entities);
        regionCodes = new RegionCodes(entities, names.exact, records);
    }

    // ------------------------------------------------------------------------------------------
    // Public API
    // ------------------------------------------------------------------------------------------

    /** All candidate places for a surface name, best first (see the class comment for the order). */
    public List<Place> lookup(String name) {
        return lookup(name, Set.of());
    }

    /**
     * Like {@link #lookup(String)}, but candidates in {@code preferredCountryCodes} (ISO 3166-1
     * alpha-2, any case) come before all others; the order within each group is unchanged. A name no entity is
     * called finds its close spellings in those countries only (in any, when none is given).
     */
    public List<Place> lookup(String name, Set<String> preferredCountryCodes) {
        if (name == null) {
            return List.of();
        }
        // copied: the caller's set may change after the call, and the key must not
        Set<String> preferred = preferredCountryCodes == null ? Set.of() : Set.copyOf(preferredCountryCodes);
        return lookups.get(new Lookup(name, preferred), k -> List.copyOf(find(k.name(), k.preferred())));
    }

    /** {@link #lookup(String, Set)} without remembering. */
    private List<Place> find(String name, Set<String> preferredCountryCodes) {
        Names.Query query = Names.query(name);
        Set<String> preferred = RankedPlaces.upperCase(preferredCountryCodes);
        Map<Integer, int[]> matches = names.exact.match(query);
        if (!matches.isEmpty()) {
            return ranking.ranked(name, query, matches, preferred);
        }
        // no name is spelled so anywhere: one that differs only in a doubled letter or an ending is meant, in the
        // caller's countries if it has any ("Dardara" in Syria is no Moroccan Dardara spelled alike)
        return ranking.ranked(name, query, names.close.matches(name, query, preferred.isEmpty() ? null : preferred),
                preferred).stream().map(p -> PlaceRecords.asSpelled(p, name)).toList();
    }

    /**
     * Places in {@code countryCodes} whose names share the romanised key of {@code name} or of its variants
     * ({@link Romanisation}: "Tal Tamer" finds Tall Tamr, "Ein Issa" ‘Ayn ‘Īsá), ordered as {@link #lookup(String, Set)}
     * orders. A transliteration guess for a caller that found no exact candidate in those countries and checks the
     * guess against its context; empty for a name not written as one (lower case, an acronym) or too short to guess.
     */
    public List<Place> lookupRomanised(String name, Set<String> countryCodes) {
        if (name == null || countryCodes == null || countryCodes.isEmpty()) {
            return List.of();
        }
        Set<String> countries = RankedPlaces.upperCase(countryCodes);
        Names.Query query = Names.query(name);
        return ranking.ranked(name, query, names.romanised.matches(name, query, countries), countries);
    }

    /**
     * Candidates spelled with the same consonants as {@code name} (or as its name part without a kind word) when
     * vowels or word breaks differ: "Baramulla" finds Bāramūla, "Mirpurkhas" Mirpur Khas. A transliteration guess,
     * for a caller that found nothing with {@link #lookup} and can check the guess against its context; ordered as
     * {@link #lookup(String, Set)} orders.
     */
    public List<Place> lookupSpelling(String name, Set<String> preferredCountryCodes) {
        if (name == null) {
            return List.of();
        }
        Names.Query query = Names.query(name);
        return ranking.ranked(name, query, names.spellings.matches(query), RankedPlaces.upperCase(preferredCountryCodes));
    }

    /** The admin1 region, e.g. {@code admin1("SY", "08")} or {@code admin1("SY", "SY.08")}. */
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        return regionCodes.admin1(countryCode, admin1Code);
    }

    /**
     * A country by ISO 3166-1 alpha-2 or alpha-3 code ("SY", "SYR") or by English name or a
     * common variant ("Syria", "DR Congo", "Burma", "Ivory Coast"). The place's {@code text} is
     * the argument.
     */
    public Optional<Place> country(String nameOrCode) {
        return regionCodes.country(nameOrCode);
    }

    /**
     * Whether {@code surfaceName} names any place, region, country or curated area, with the
     * same normalisation and variants as {@link #lookup}. Cheap enough to call for every
     * capitalised token sequence of an article: most misses cost one fold and a binary search.
     */
    public boolean contains(String surfaceName) {
        if (surfaceName == null) {
            return false;
        }
        return names.exact.contains(Names.query(surfaceName));
    }

    /**
     * Gazetteer containment, reflexive: {@code inner} lies in the country, admin1 region or curated area {@code outer},
     * or is the same place ({@link Containment#within}).
     */
    public boolean within(Place inner, Place outer) {
        return containment.within(inner, outer);
    }

    /** The population GeoNames gives a place of this gazetteer (a region's: the sum of its places), or 0 if unknown. */
    public long population(Place p) {
        int id = p == null ? -1 : records.entityOf(p);
        return id < 0 ? 0 : Math.max(0, entities.population(id));
    }

    /**
     * The centre {lat, lon} of a listed town's sector in a compass direction ({@link Sectors}: the listed places of
     * its own district that lie that way from it), or empty when the town is not listed or its district lists too few
     * places that way.
     *
     * @param bearing degrees clockwise from north
     */
    public Optional<double[]> sectorCentre(Place town, double bearing) {
        int id = town == null || town.geoPrecision() != 1 ? -1 : records.entityOf(town);
        return id < 0 || id >= entities.places.size ? Optional.empty() : Sectors.centre(entities.places, id, bearing);
    }

    /** The centre {lat, lon} of a listed town's province countryside in a compass direction ({@link Sectors#countryside}). */
    public Optional<double[]> countrysideCentre(Place town, double bearing) {
        int id = town == null || town.geoPrecision() != 1 ? -1 : records.entityOf(town);
        return id < 0 || id >= entities.places.size ? Optional.empty() : Sectors.countryside(entities.places, id, bearing);
    }

    /** Number of populated places loaded (for diagnostics). */
    public int placeCount() {
        return entities.places.size;
    }
}
