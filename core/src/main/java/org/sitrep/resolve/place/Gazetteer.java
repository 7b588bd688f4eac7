// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
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
 * curated aliases in {@code areas.tsv}.
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
 * <p>Instances are immutable and thread-safe. {@link #load()} returns a shared instance.
 */
public final class Gazetteer {

    private static final String RESOURCES = "/gazetteer/";

    // Match tiers, best first.
    static final int NAME = 0;
    static final int ASCII = 1;
    static final int ALT = 2;

    private static final int MAX_ALIASES = 10;
    private static final double COORD_SCALE = 1e5;
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

    private record Country(String code, String name, List<String> variants, Double lat, Double lon,
                           long population) { }

    private record Admin1(String code, int country, String display, String geonamesName, Double lat,
                          Double lon, long population, List<String> aliases) { }

    private record Area(String name, List<String> aliases, int country, int admin1, int precision,
                        double lat, double lon, double radiusKm) { }

    /**
     * Receives the keys an entity is indexed under. The key is {@code key.subSequence(from,
     * key.length())}; {@code key} may be a reused buffer, valid only during the call.
     */
    private interface KeySink {
        void accept(CharSequence key, int from, int tier, boolean stripped);
    }

    // Populated places, column-wise: 200k rows as objects would cost several times the heap.
    private final int placeCount;
    private final int[] geonameIds;          // ascending, for binary search
    private final String[] names;
    private final String[] asciiNames;       // null when equal to the name
    private final String[] alternates;       // '|' joined, null when none
    // Coordinates in units of 1e-5 degree: exact for the 5-decimal source and half the size of double.
    private final int[] lats;
    private final int[] lons;
    private final byte[] features;           // index into featureCodes
    private final short[] placeCountry;      // index into countries
    private final short[] placeAdmin1;       // index into admin1s, -1 if unknown
    private final int[] placeAdmin2;         // index into admin2Names, -1 if unknown
    private final int[] populations;
    private final String[] featureCodes;
    private final String[] admin2Names;
    // Districts (admin2) as places: their country and admin1, and the seat that stands for them (-1 if none listed).
    private final short[] admin2Country;
    private final short[] admin2Admin1;
    private final int[] admin2Seat;
    private final long[] admin2Population;

    private final Admin1[] admin1s;
    private final Country[] countries;
    private final Area[] areas;
    private final Map<String, Integer> countryByCode;
    private final Map<String, Integer> countryByIso3;
    private final Map<String, Integer> admin1ByCode;
    private final Map<String, Integer> admin1ByName;   // "SY|rif dimashq" -> admin1 index
    private final Map<String, Integer> areaByName;     // "SY|eastern ghouta" -> area index

    // Entity id space shared by the index: places, then admin1s, then countries, then areas.
    private final int admin1Base;
    private final int countryBase;
    private final int areaBase;
    private final int admin2Base;
    private final KeyIndex index = new KeyIndex();

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
        List<Country> countryList = new ArrayList<>();
        Map<String, Integer> byCode = new HashMap<>();
        for (String[] c : readTsv("countries.tsv", 6)) {
            byCode.put(c[0], countryList.size());
            countryList.add(new Country(c[0], c[1], splitList(c[2]), parseDouble(c[3]), parseDouble(c[4]),
                    Long.parseLong(c[5])));
        }

        List<Admin1> admin1List = new ArrayList<>();
        Map<String, Integer> a1ByCode = new HashMap<>();
        for (String[] c : readTsv("admin1.tsv", 6)) {
            int country = countryIndex(c[0].substring(0, 2), countryList, byCode);
            a1ByCode.put(c[0], admin1List.size());
            admin1List.add(new Admin1(c[0], country, c[1], c[2], parseDouble(c[3]), parseDouble(c[4]),
                    Long.parseLong(c[5]), new ArrayList<>()));
        }

        List<String[]> admin2Rows = readTsv("admin2.tsv", 2);
        Map<String, Integer> a2ByCode = new HashMap<>(admin2Rows.size() * 2);
        admin2Names = new String[admin2Rows.size()];
        for (int i = 0; i < admin2Rows.size(); i++) {
            a2ByCode.put(admin2Rows.get(i)[0], i);
            admin2Names[i] = admin2Rows.get(i)[1];
        }

        PlaceRows rows = new PlaceRows(countryList, byCode, a1ByCode, a2ByCode);
        try (BufferedReader r = reader("places.tsv.gz")) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    rows.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer places", e);
        }
        int n = rows.size;
        placeCount = n;
        geonameIds = Arrays.copyOf(rows.ids, n);
        for (int i = 1; i < n; i++) {
            if (geonameIds[i] <= geonameIds[i - 1]) {
                throw new IllegalStateException("places.tsv.gz must be sorted by geonameid");
            }
        }
        names = Arrays.copyOf(rows.names, n);
        asciiNames = Arrays.copyOf(rows.asciiNames, n);
        alternates = Arrays.copyOf(rows.alternates, n);
        lats = Arrays.copyOf(rows.lats, n);
        lons = Arrays.copyOf(rows.lons, n);
        features = Arrays.copyOf(rows.features, n);
        placeCountry = Arrays.copyOf(rows.country, n);
        placeAdmin1 = Arrays.copyOf(rows.admin1, n);
        placeAdmin2 = Arrays.copyOf(rows.admin2, n);
        populations = Arrays.copyOf(rows.populations, n);
        featureCodes = rows.codes.toArray(String[]::new);

        // areas.tsv: curated areas, and alias rows that only add names to an admin1 region
        List<Area> areaList = new ArrayList<>();
        for (String[] c : readTsv("areas.tsv", 5)) {
            if (c.length != 5 && c.length != 8) {
                throw new IllegalStateException("areas.tsv: expected 5 (alias row) or 8 columns: "
                        + String.join("\t", c));
            }
            int country = countryIndex(c[2], countryList, byCode);
            Integer a1 = c[3].isEmpty() ? null : a1ByCode.get(c[3]);
            if (!c[3].isEmpty() && a1 == null) {
                throw new IllegalStateException("areas.tsv: unknown admin1 " + c[3]);
            }
            List<String> aliases = splitList(c[1]);
            if (c.length == 5) {
                Admin1 region = admin1List.get(a1);
                region.aliases().add(c[0]);
                region.aliases().addAll(aliases);
            } else {
                areaList.add(new Area(c[0], aliases, country, a1 == null ? -1 : a1, Integer.parseInt(c[4]),
                        Double.parseDouble(c[5]), Double.parseDouble(c[6]), Double.parseDouble(c[7])));
            }
        }

        countries = countryList.toArray(Country[]::new);
        admin1s = admin1List.stream()
                .map(a -> new Admin1(a.code(), a.country(), a.display(), a.geonamesName(), a.lat(), a.lon(),
                        a.population(), List.copyOf(a.aliases())))
                .toArray(Admin1[]::new);
        areas = areaList.toArray(Area[]::new);
        countryByCode = Map.copyOf(byCode);
        admin1ByCode = Map.copyOf(a1ByCode);
        Map<String, Integer> iso3 = new HashMap<>();
        for (int i = 0; i < countries.length; i++) {
            try {
                iso3.put(new Locale("", countries[i].code()).getISO3Country(), i);
            } catch (MissingResourceException e) {
                // e.g. XK (Kosovo) has no ISO 3166 alpha-3 code in the JDK; the name still works
            }
        }
        countryByIso3 = Map.copyOf(iso3);
        Map<String, Integer> a1ByName = new HashMap<>();
        for (int i = 0; i < admin1s.length; i++) {
            a1ByName.putIfAbsent(countries[admin1s[i].country()].code() + "|" + fold(admin1s[i].display()), i);
        }
        admin1ByName = Map.copyOf(a1ByName);
        Map<String, Integer> arByName = new HashMap<>();
        for (int i = 0; i < areas.length; i++) {
            arByName.putIfAbsent(countries[areas[i].country()].code() + "|" + fold(areas[i].name()), i);
        }
        areaByName = Map.copyOf(arByName);

        admin1Base = placeCount;
        countryBase = admin1Base + admin1s.length;
        areaBase = countryBase + countries.length;
        admin2Base = areaBase + areas.length;
        admin2Country = new short[admin2Names.length];
        admin2Admin1 = new short[admin2Names.length];
        admin2Seat = new int[admin2Names.length];
        admin2Population = new long[admin2Names.length];
        seatDistricts(admin2Rows);
        int entityCount = admin2Base + admin2Names.length;
        buildIndex(entityCount);
    }

    /**
     * Gives each district its country, admin1 and seat: the admin2 seat (PPLA2) listed in it, else its most
     * populous place. ACLED codes a district-level event to the district's seat, so the seat's coordinates
     * stand for the district.
     */
    private void seatDistricts(List<String[]> admin2Rows) {
        Arrays.fill(admin2Seat, -1);
        Arrays.fill(admin2Admin1, (short) -1);
        for (int i = 0; i < admin2Rows.size(); i++) {
            String code = admin2Rows.get(i)[0];
            Integer c = countryByCode.get(code.substring(0, 2));
            admin2Country[i] = c == null ? -1 : (short) (int) c;
            int dot = code.indexOf('.', 3);
            Integer a1 = dot < 0 ? null : admin1ByCode.get(code.substring(0, dot));
            admin2Admin1[i] = a1 == null ? -1 : (short) (int) a1;
        }
        for (int p = 0; p < placeCount; p++) {
            int d = placeAdmin2[p];
            if (d < 0) {
                continue;
            }
            admin2Population[d] += populations[p];
            int seat = admin2Seat[d];
            boolean isSeat = featureCodes[features[p]].equals("PPLA2");
            if (seat < 0 || isSeat && !featureCodes[features[seat]].equals("PPLA2")
                    || isSeat == featureCodes[features[seat]].equals("PPLA2") && populations[p] > populations[seat]) {
                admin2Seat[d] = p;
            }
        }
    }

    private void buildIndex(int entityCount) {
        StringBuilder scratch = new StringBuilder(64);
        for (int id = 0; id < entityCount; id++) {
            final int entity = id;
            keys(id, scratch, (key, from, tier, stripped) -> index.add(key, from, entity, tier, stripped));
        }
        index.seal();
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
     * alpha-2, any case) come before all others; the order within each group is unchanged.
     */
    public List<Place> lookup(String name, Set<String> preferredCountryCodes) {
        if (name == null) {
            return List.of();
        }
        Set<String> preferred = new HashSet<>();
        if (preferredCountryCodes != null) {
            for (String cc : preferredCountryCodes) {
                preferred.add(cc.toUpperCase(Locale.ROOT));
            }
        }
        Names.Query query = Names.query(name);
        Map<Integer, int[]> matches = match(query);   // id -> {penalty, tier}
        List<Candidate> candidates = new ArrayList<>(matches.size());
        for (Map.Entry<Integer, int[]> m : matches.entrySet()) {
            int id = m.getKey();
            boolean region = id >= admin1Base;
            boolean hintMismatch = query.hint() == Names.Hint.REGION ? !region
                    : query.hint() == Names.Hint.PLACE && region;
            candidates.add(new Candidate(id, preferred.contains(countryCode(id)), hintMismatch,
                    m.getValue()[0], m.getValue()[1], classRank(id), population(id)));
        }
        candidates.sort(Candidate.ORDER);
        promoteMajorCities(candidates);
        if (query.hint() != Names.Hint.REGION) {
            preferCitiesToForeignRegions(candidates);
        }
        if (query.hint() != Names.Hint.REGION) {
            putSeatsBeforeRegions(candidates);
        }
        List<Place> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            out.add(toPlace(c.id(), name));
        }
        return out;
    }

    /**
     * An English exonym is often only an alternate name of a major city ("Odessa" for Odesa) and the
     * preferred name of a small namesake elsewhere (Odessa, Texas). A city of at least 500,000 people
     * that is at least ten times larger than the first candidate, in the same country-preference class,
     * goes first: news names the big city far more often.
     */
    private static void promoteMajorCities(List<Candidate> candidates) {
        if (candidates.size() < 2) {
            return;
        }
        Candidate first = candidates.get(0);
        Candidate major = null;
        for (Candidate c : candidates) {
            if (c.preferred() == first.preferred() && c.population() >= 500_000
                    && c.population() >= 5 * Math.max(1, first.population())
                    && (major == null || c.population() > major.population())) {
                major = c;
            }
        }
        if (major != null && major != first) {
            candidates.remove(major);
            candidates.add(0, major);
        }
    }

    /**
     * A bare name that is a region and also a city of 100,000 or more ("Beni", "Odessa") more often means
     * the city in news: the most populous such city goes first. With "province" or "state" in the text
     * the region stays first.
     */
    private void preferCitiesToForeignRegions(List<Candidate> candidates) {
        if (candidates.size() < 2 || candidates.get(0).id() < admin1Base || candidates.get(0).id() >= countryBase) {
            return;
        }
        Candidate first = candidates.get(0);
        Candidate city = null;
        for (Candidate c : candidates) {
            if (c.id() < admin1Base && c.population() >= 100_000 && c.preferred() == first.preferred()
                    && (city == null || c.population() > city.population())) {
                city = c;
            }
        }
        if (city != null) {
            candidates.remove(city);
            candidates.add(0, city);
        }
    }

    /** The admin1 region, e.g. {@code admin1("SY", "08")} or {@code admin1("SY", "SY.08")}. */
    public Optional<Place> admin1(String countryCode, String admin1Code) {
        if (countryCode == null || admin1Code == null) {
            return Optional.empty();
        }
        String cc = countryCode.toUpperCase(Locale.ROOT);
        String code = admin1Code.contains(".") ? admin1Code : cc + "." + admin1Code;
        Integer i = admin1ByCode.get(code);
        return i == null ? Optional.empty() : Optional.of(toPlace(admin1Base + i, null));
    }

    /**
     * A country by ISO 3166-1 alpha-2 or alpha-3 code ("SY", "SYR") or by English name or a
     * common variant ("Syria", "DR Congo", "Burma", "Ivory Coast"). The place's {@code text} is
     * the argument.
     */
    public Optional<Place> country(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String t = nameOrCode.trim();
        if (t.length() == 2 || t.length() == 3) {
            Integer i = (t.length() == 2 ? countryByCode : countryByIso3).get(t.toUpperCase(Locale.ROOT));
            if (i != null) {
                return Optional.of(toPlace(countryBase + i, nameOrCode));
            }
        }
        int best = -1;
        int bestPenalty = Integer.MAX_VALUE;
        for (Map.Entry<Integer, int[]> m : match(Names.query(t)).entrySet()) {
            int id = m.getKey();
            if (id >= countryBase && id < areaBase && (m.getValue()[0] < bestPenalty
                    || m.getValue()[0] == bestPenalty && population(id) > population(best))) {
                best = id;
                bestPenalty = m.getValue()[0];
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(toPlace(best, nameOrCode));
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
        boolean[] hit = {false};
        for (Names.Variant v : Names.query(surfaceName).variants()) {
            index.find(v.key(), (id, tier, stripped) -> {
                if (!hit[0] && verify(id, v.key(), tier, stripped)) {
                    hit[0] = true;
                }
            });
            if (hit[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gazetteer containment, reflexive. True when {@code outer} is a country and {@code inner} is
     * in it; when {@code outer} is an admin1 region and {@code inner} is in that region (a town,
     * an area, the region itself); when {@code outer} is a curated area and {@code inner} is in
     * the same country (and the area's admin1, if it has one) within the area's radius_km of its
     * centre; when both are the same populated place. Places are recognised by geonameId, or for
     * regions, countries and areas by country code and name as this gazetteer returns them.
     */
    public boolean within(Place inner, Place outer) {
        if (inner == null || outer == null || outer.countryCode() == null
                || !outer.countryCode().equalsIgnoreCase(inner.countryCode())) {
            return false;
        }
        int o = entityOf(outer);
        if (o < 0) {
            return false;
        }
        if (o >= countryBase && o < areaBase) {
            return true;
        }
        if (o >= admin1Base && o < countryBase) {
            return inner.admin1() != null && fold(inner.admin1()).equals(fold(admin1s[o - admin1Base].display()));
        }
        if (o >= areaBase && o < admin2Base) {
            Area a = areas[o - areaBase];
            if (entityOf(inner) == o) {
                return true;
            }
            if (a.admin1() >= 0 && (inner.admin1() == null
                    || !fold(inner.admin1()).equals(fold(admin1s[a.admin1()].display())))) {
                return false;
            }
            return inner.lat() != null && inner.lon() != null
                    && distanceKm(inner.lat(), inner.lon(), a.lat(), a.lon()) <= a.radiusKm();
        }
        return Objects.equals(inner.geonameId(), outer.geonameId());
    }

    /** The population GeoNames gives a place of this gazetteer (a region's: the sum of its places), or 0 if unknown. */
    public long population(Place p) {
        int id = p == null ? -1 : entityOf(p);
        return id < 0 ? 0 : Math.max(0, population(id));
    }

    /** Number of populated places loaded (for diagnostics). */
    public int placeCount() {
        return placeCount;
    }

    // ------------------------------------------------------------------------------------------
    // Matching and ranking
    // ------------------------------------------------------------------------------------------

    private record Candidate(int id, boolean preferred, boolean hintMismatch, int penalty, int tier,
                             int classRank, long population) {
        static final Comparator<Candidate> ORDER = Comparator
                .comparing((Candidate c) -> !c.preferred())
                .thenComparing(Candidate::hintMismatch)
                .thenComparingInt(Candidate::penalty)
                .thenComparingInt(Candidate::tier)
                .thenComparing(Comparator.comparingInt(Candidate::classRank).reversed())
                .thenComparing(Comparator.comparingLong(Candidate::population).reversed())
                .thenComparingInt(Candidate::id);
    }

    /** Verified matches for all variants of a query: entity id -> {best penalty, its tier}. */
    private Map<Integer, int[]> match(Names.Query query) {
        Map<Integer, int[]> best = new LinkedHashMap<>();
        for (Names.Variant v : query.variants()) {
            index.find(v.key(), (id, tier, stripped) -> {
                if (!verify(id, v.key(), tier, stripped)) {
                    return;
                }
                int penalty = v.penalty() + (stripped ? 1 : 0);
                int[] old = best.get(id);
                if (old == null || penalty < old[0] || penalty == old[0] && tier < old[1]) {
                    best.put(id, new int[] {penalty, tier});
                }
            });
        }
        return best;
    }

    /** The index stores hashes only; re-derive the entity's keys to rule out a collision. */
    private boolean verify(int id, String key, int tier, boolean stripped) {
        boolean[] ok = {false};
        keys(id, new StringBuilder(32), (k, from, t, s) -> {
            if (t == tier && s == stripped && sameKey(k, from, key)) {
                ok[0] = true;
            }
        });
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

    /** Moves each admin1 region just below a seat (PPLC/PPLA/PPLA2) of that region that is also a candidate. */
    private void putSeatsBeforeRegions(List<Candidate> list) {
        Set<Integer> moved = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Candidate c = list.get(i);
            if (c.id() < admin1Base || c.id() >= countryBase || moved.contains(c.id())) {
                continue;
            }
            int region = c.id() - admin1Base;
            for (int j = i + 1; j < list.size(); j++) {
                Candidate p = list.get(j);
                if (p.id() < placeCount && p.preferred() == c.preferred() && p.hintMismatch() == c.hintMismatch()
                        && placeAdmin1[p.id()] == region && isSeat(p.id())) {
                    list.remove(i);
                    list.add(j, c);   // j now points just past the capital
                    moved.add(c.id());
                    i--;
                    break;
                }
            }
        }
    }

    /** National, admin1 or admin2 seat: Lagos (PPLA2) should still precede Lagos State. */
    private boolean isSeat(int place) {
        String f = featureCodes[features[place]];
        return f.equals("PPLC") || f.equals("PPLA") || f.equals("PPLA2");
    }

    /**
     * Emits every key an entity is indexed under; used both to build the index and to verify
     * hits. Place names, the bulk of the work, are folded into {@code scratch}.
     */
    private void keys(int id, StringBuilder scratch, KeySink sink) {
        if (id < admin1Base) {
            Names.foldInto(names[id], 0, names[id].length(), scratch);
            emit(scratch, NAME, sink);
            if (asciiNames[id] != null) {
                Names.foldInto(asciiNames[id], 0, asciiNames[id].length(), scratch);
                emit(scratch, ASCII, sink);
            }
            String alts = alternates[id];
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
        } else if (id < countryBase) {
            Admin1 a = admin1s[id - admin1Base];
            emitRegion(a.display(), sink);
            emitRegion(a.geonamesName(), sink);
            for (String alias : a.aliases()) {
                emit(fold(alias), NAME, sink);   // curated: used exactly as written
            }
        } else if (id < areaBase) {
            Country c = countries[id - countryBase];
            emit(fold(c.name()), NAME, sink);
            for (String v : c.variants()) {
                emit(fold(v), NAME, sink);
            }
        } else if (id >= admin2Base) {
            if (admin2Seat[id - admin2Base] >= 0 && admin2Country[id - admin2Base] >= 0) {
                emitRegion(admin2Names[id - admin2Base], sink);
            }
        } else {
            Area a = areas[id - areaBase];
            emit(fold(a.name()), NAME, sink);
            for (String alias : a.aliases()) {
                emit(fold(alias), NAME, sink);
            }
        }
    }

    /** A region name, also without its administrative words ("Borno State" is also "Borno"). */
    private static void emitRegion(String raw, KeySink sink) {
        String key = fold(raw);
        emit(key, NAME, sink);
        String bare = Names.stripAdminWords(key);
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

    private int classRank(int id) {
        if (id < admin1Base) {
            return FEATURE_RANK.getOrDefault(featureCodes[features[id]], RANK_OTHER_PLACE);
        }
        if (id >= admin2Base) {
            return RANK_ADMIN2;
        }
        return id >= countryBase && id < areaBase ? RANK_COUNTRY : RANK_REGION;
    }

    private long population(int id) {
        if (id < 0) {
            return -1;
        }
        if (id < admin1Base) {
            return populations[id];
        }
        if (id < countryBase) {
            return admin1s[id - admin1Base].population();
        }
        if (id >= admin2Base) {
            return admin2Population[id - admin2Base];
        }
        return id < areaBase ? countries[id - countryBase].population() : 0;
    }

    private String countryCode(int id) {
        if (id < admin1Base) {
            return countries[placeCountry[id]].code();
        }
        if (id < countryBase) {
            return countries[admin1s[id - admin1Base].country()].code();
        }
        if (id >= admin2Base) {
            int c = admin2Country[id - admin2Base];
            return c < 0 ? null : countries[c].code();
        }
        return id < areaBase ? countries[id - countryBase].code() : countries[areas[id - areaBase].country()].code();
    }

    // ------------------------------------------------------------------------------------------
    // Building Place records
    // ------------------------------------------------------------------------------------------

    private Place toPlace(int id, String text) {
        // The query text becomes an alias only if it is one of the entity's names:
        // "Borno state" is not a name of Borno, Italy, although that town is a candidate for it.
        String aliasText = text != null && hasName(id, fold(text)) ? text : null;
        return toPlace(id, aliasText, text);
    }

    /** Whether the entity is indexed under {@code key} in any tier. */
    private boolean hasName(int id, String key) {
        boolean[] ok = {false};
        keys(id, new StringBuilder(32), (k, from, t, s) -> ok[0] |= !s && sameKey(k, from, key));
        return ok[0];
    }

    private Place toPlace(int id, String aliasText, String text) {
        if (id < admin1Base) {
            Country c = countries[placeCountry[id]];
            int a1 = placeAdmin1[id];
            int a2 = placeAdmin2[id];
            List<String> aliasSource = new ArrayList<>();
            if (asciiNames[id] != null) {
                aliasSource.add(asciiNames[id]);
            }
            if (alternates[id] != null) {
                aliasSource.addAll(Arrays.asList(alternates[id].split("\\|")));
            }
            return new Place(names[id], c.name(), c.code(), a1 < 0 ? null : admin1s[a1].display(),
                    a2 < 0 ? null : admin2Names[a2], lats[id] / COORD_SCALE, lons[id] / COORD_SCALE, 1,
                    aliases(names[id], aliasText, aliasSource), (long) geonameIds[id], text);
        }
        if (id < countryBase) {
            Admin1 a = admin1s[id - admin1Base];
            Country c = countries[a.country()];
            List<String> aliasSource = new ArrayList<>();
            aliasSource.add(a.geonamesName());
            aliasSource.addAll(a.aliases());
            return new Place(a.display(), c.name(), c.code(), a.display(), null, a.lat(), a.lon(), 3,
                    aliases(a.display(), aliasText, aliasSource), null, text);
        }
        if (id < areaBase) {
            Country c = countries[id - countryBase];
            return new Place(c.name(), c.name(), c.code(), null, null, c.lat(), c.lon(), 3,
                    aliases(c.name(), aliasText, c.variants()), null, text);
        }
        if (id >= admin2Base) {
            int d = id - admin2Base;
            int seat = admin2Seat[d];
            Country c = countries[admin2Country[d]];
            int a1 = admin2Admin1[d];
            return new Place(admin2Names[d], c.name(), c.code(), a1 < 0 ? null : admin1s[a1].display(),
                    admin2Names[d], lats[seat] / COORD_SCALE, lons[seat] / COORD_SCALE, 2,
                    aliases(admin2Names[d], aliasText, List.of()), null, text);
        }
        Area a = areas[id - areaBase];
        Country c = countries[a.country()];
        return new Place(a.name(), c.name(), c.code(), a.admin1() < 0 ? null : admin1s[a.admin1()].display(),
                null, a.lat(), a.lon(), a.precision(), aliases(a.name(), aliasText, a.aliases()), null, text);
    }

    /** The matched text first (unless it is just the name), then other names; distinct after folding. */
    private static List<String> aliases(String name, String text, List<String> others) {
        Map<String, String> out = new LinkedHashMap<>();
        String self = fold(name);
        if (text != null && !text.isBlank()) {
            out.putIfAbsent(fold(text), text.trim());
        }
        for (String o : others) {
            if (out.size() >= MAX_ALIASES) {
                break;
            }
            String k = fold(o);
            if (!k.isEmpty()) {
                out.putIfAbsent(k, o);
            }
        }
        out.remove(self);
        return List.copyOf(out.values());
    }

    /**
     * Finds the entity a Place record came from, or -1. Regions, countries and areas have no
     * geonameId, so they are recognised by country code, name and admin1 as {@link #toPlace}
     * writes them: an admin1 place names itself as its admin1, a country has no admin1. This keeps
     * Guatemala the country apart from Guatemala the department.
     */
    private int entityOf(Place p) {
        if (p.geonameId() != null) {
            long gid = p.geonameId();
            int i = gid > Integer.MAX_VALUE ? -1 : Arrays.binarySearch(geonameIds, (int) gid);
            return i < 0 ? -1 : i;
        }
        String cc = p.countryCode() == null ? "" : p.countryCode().toUpperCase(Locale.ROOT);
        String name = fold(p.name());
        String admin1 = p.admin1() == null ? null : fold(p.admin1());
        Integer area = areaByName.get(cc + "|" + name);
        if (area != null) {
            int a1 = areas[area].admin1();
            if (Objects.equals(admin1, a1 < 0 ? null : fold(admin1s[a1].display()))) {
                return areaBase + area;
            }
        }
        if (admin1 == null) {
            Integer country = countryByCode.get(cc);
            return country == null ? -1 : countryBase + country;
        }
        Integer region = admin1.equals(name) ? admin1ByName.get(cc + "|" + name) : null;
        return region == null ? -1 : admin1Base + region;
    }

    // ------------------------------------------------------------------------------------------
    // Loading helpers
    // ------------------------------------------------------------------------------------------

    private static int countryIndex(String code, List<Country> list, Map<String, Integer> byCode) {
        Integer i = byCode.get(code);
        if (i != null) {
            return i;
        }
        // A code the country table lacks still gets a name; it has no centroid or variants.
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        byCode.put(code, list.size());
        list.add(new Country(code, name.isEmpty() ? code : name, List.of(), null, null, 0));
        return list.size() - 1;
    }

    private static BufferedReader reader(String resource) throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCES + resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing from classpath: " + RESOURCES + resource);
        }
        if (resource.endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Non-comment rows with at least {@code minColumns} tab-separated columns. */
    private static List<String[]> readTsv(String resource, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = reader(resource)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < minColumns) {
                    throw new IllegalStateException(resource + ": expected " + minColumns + " columns: " + line);
                }
                rows.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
        return rows;
    }

    /**
     * Growable column arrays for places.tsv.gz (geonameid name asciiname lat lon feature country
     * admin1 admin2 population alternates). A separate small method per row keeps the hot loop
     * easy for the JIT to compile; fields are scanned by hand because String.split and
     * Double.parseDouble dominated load time.
     */
    private static final class PlaceRows {
        private final List<Country> countryList;
        private final Map<String, Integer> countryByCode;
        private final Map<String, Integer> admin1ByCode;
        private final Map<String, Integer> admin2ByCode;
        private final List<String> codes = new ArrayList<>();
        private final Map<String, Byte> codeIndex = new HashMap<>();
        private int size;
        private int[] ids = new int[210_000];
        private String[] names = new String[ids.length];
        private String[] asciiNames = new String[ids.length];
        private String[] alternates = new String[ids.length];
        private int[] lats = new int[ids.length];
        private int[] lons = new int[ids.length];
        private byte[] features = new byte[ids.length];
        private short[] country = new short[ids.length];
        private short[] admin1 = new short[ids.length];
        private int[] admin2 = new int[ids.length];
        private int[] populations = new int[ids.length];

        PlaceRows(List<Country> countryList, Map<String, Integer> countryByCode,
                  Map<String, Integer> admin1ByCode, Map<String, Integer> admin2ByCode) {
            this.countryList = countryList;
            this.countryByCode = countryByCode;
            this.admin1ByCode = admin1ByCode;
            this.admin2ByCode = admin2ByCode;
        }

        void add(String line) {
            int[] tab = tabs(line, 10);
            if (tab == null) {
                throw new IllegalStateException("places.tsv.gz: expected 11 columns: " + line);
            }
            if (size == ids.length) {
                grow();
            }
            int n = size++;
            ids[n] = parseInt(line, 0, tab[0]);
            names[n] = line.substring(tab[0] + 1, tab[1]);
            asciiNames[n] = tab[2] == tab[1] + 1 ? null : line.substring(tab[1] + 1, tab[2]);
            lats[n] = parseFixed5(line, tab[2] + 1, tab[3]);
            lons[n] = parseFixed5(line, tab[3] + 1, tab[4]);
            String feature = line.substring(tab[4] + 1, tab[5]);
            Byte f = codeIndex.get(feature);
            if (f == null) {
                f = (byte) codes.size();
                codes.add(feature);
                codeIndex.put(feature, f);
            }
            features[n] = f;
            String cc = line.substring(tab[5] + 1, tab[6]);
            String a1 = line.substring(tab[6] + 1, tab[7]);
            String a2 = line.substring(tab[7] + 1, tab[8]);
            country[n] = (short) countryIndex(cc, countryList, countryByCode);
            Integer a1i = a1.isEmpty() ? null : admin1ByCode.get(cc + "." + a1);
            admin1[n] = a1i == null ? -1 : a1i.shortValue();
            Integer a2i = a2.isEmpty() ? null : admin2ByCode.get(cc + "." + a1 + "." + a2);
            admin2[n] = a2i == null ? -1 : a2i;
            populations[n] = parseInt(line, tab[8] + 1, tab[9]);
            alternates[n] = tab[9] == line.length() - 1 ? null : line.substring(tab[9] + 1);
        }

        private void grow() {
            int capacity = ids.length + (ids.length >> 1);
            ids = Arrays.copyOf(ids, capacity);
            names = Arrays.copyOf(names, capacity);
            asciiNames = Arrays.copyOf(asciiNames, capacity);
            alternates = Arrays.copyOf(alternates, capacity);
            lats = Arrays.copyOf(lats, capacity);
            lons = Arrays.copyOf(lons, capacity);
            features = Arrays.copyOf(features, capacity);
            country = Arrays.copyOf(country, capacity);
            admin1 = Arrays.copyOf(admin1, capacity);
            admin2 = Arrays.copyOf(admin2, capacity);
            populations = Arrays.copyOf(populations, capacity);
        }
    }

    /** Positions of the first {@code count} tabs, or null if the line has a different number. */
    private static int[] tabs(String line, int count) {
        int[] at = new int[count];
        int found = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                if (found == count) {
                    return null;
                }
                at[found++] = i;
            }
        }
        return found == count ? at : null;
    }

    private static int parseInt(String s, int from, int to) {
        if (from >= to) {
            throw new NumberFormatException("empty number");
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException(s.substring(from, to));
            }
            v = Math.addExact(Math.multiplyExact(v, 10), d);
        }
        return v;
    }

    /** Parses a decimal with at most 5 fraction digits ("-8.6846") exactly into units of 1e-5. */
    private static int parseFixed5(String s, int from, int to) {
        boolean negative = from < to && s.charAt(from) == '-';
        int i = negative ? from + 1 : from;
        long v = 0;
        int fraction = -1;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.' && fraction < 0) {
                fraction = 0;
            } else if (c >= '0' && c <= '9' && fraction < 5) {
                v = v * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
            } else {
                throw new NumberFormatException("expected at most 5 decimals: " + s.substring(from, to));
            }
        }
        for (int f = Math.max(fraction, 0); f < 5; f++) {
            v *= 10;
        }
        return (int) (negative ? -v : v);
    }

    private static List<String> splitList(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\\|"));
    }

    private static Double parseDouble(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
