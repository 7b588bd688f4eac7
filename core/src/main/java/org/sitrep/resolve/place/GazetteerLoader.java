// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.sitrep.resolve.place.Regions.Admin1;
import org.sitrep.resolve.place.Regions.Area;
import org.sitrep.resolve.place.Regions.Country;

/**
 * Loads the bundled gazetteer files into a {@link PlaceTable} and {@link Regions}: countries, admin1 regions,
 * districts, populated places, then the curated areas and admin1 aliases of {@code areas.tsv}; finally gives each
 * district its seat. Used once per JVM.
 */
final class GazetteerLoader {

    /** What the files hold. */
    record Loaded(PlaceTable places, Regions regions) {
    }

    private GazetteerLoader() {
    }

    static Loaded load() {
        List<Country> countryList = new ArrayList<>();
        Map<String, Integer> byCode = new HashMap<>();
        for (String[] c : GazetteerFiles.readTsv("countries.tsv", 6)) {
            byCode.put(c[0], countryList.size());
            countryList.add(new Country(c[0], c[1], GazetteerFiles.splitList(c[2]), GazetteerFiles.parseDouble(c[3]),
                    GazetteerFiles.parseDouble(c[4]), Long.parseLong(c[5])));
        }

        List<Admin1> admin1List = new ArrayList<>();
        Map<String, Integer> a1ByCode = new HashMap<>();
        for (String[] c : GazetteerFiles.readTsv("admin1.tsv", 6)) {
            int country = countryIndex(c[0].substring(0, 2), countryList, byCode);
            a1ByCode.put(c[0], admin1List.size());
            admin1List.add(new Admin1(c[0], country, c[1], c[2], GazetteerFiles.parseDouble(c[3]),
                    GazetteerFiles.parseDouble(c[4]), Long.parseLong(c[5]), new ArrayList<>()));
        }

        List<String[]> admin2Rows = GazetteerFiles.readTsv("admin2.tsv", 2);
        Map<String, Integer> a2ByCode = new HashMap<>(admin2Rows.size() * 2);
        String[] admin2Names = new String[admin2Rows.size()];
        for (int i = 0; i < admin2Rows.size(); i++) {
            a2ByCode.put(admin2Rows.get(i)[0], i);
            admin2Names[i] = admin2Rows.get(i)[1];
        }

        PlaceRows rows = new PlaceRows(code -> countryIndex(code, countryList, byCode), a1ByCode, a2ByCode);
        try (BufferedReader r = GazetteerFiles.reader("places.tsv.gz")) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    rows.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer places", e);
        }
        PlaceTable places = new PlaceTable(rows);

        // areas.tsv: curated areas, and alias rows that only add names to an admin1 region; subdivisions.tsv: the
        // provinces and regions GeoNames' admin tables lack, generated in the same format
        List<Area> areaList = new ArrayList<>();
        List<String[]> areaRows = new ArrayList<>(GazetteerFiles.readTsv("areas.tsv", 5));
        areaRows.addAll(GazetteerFiles.readTsv("subdivisions.tsv", 8));
        for (String[] c : areaRows) {
            if (c.length != 5 && c.length != 8) {
                throw new IllegalStateException("areas.tsv: expected 5 (alias row) or 8 columns: "
                        + String.join("\t", c));
            }
            int country = countryIndex(c[2], countryList, byCode);
            Integer a1 = c[3].isEmpty() ? null : a1ByCode.get(c[3]);
            if (!c[3].isEmpty() && a1 == null) {
                throw new IllegalStateException("areas.tsv: unknown admin1 " + c[3]);
            }
            List<String> aliases = GazetteerFiles.splitList(c[1]);
            if (c.length == 5) {
                Admin1 region = admin1List.get(a1);
                region.aliases().add(c[0]);
                region.aliases().addAll(aliases);
            } else {
                areaList.add(new Area(c[0], aliases, country, a1 == null ? -1 : a1, Integer.parseInt(c[4]),
                        Double.parseDouble(c[5]), Double.parseDouble(c[6]), Double.parseDouble(c[7])));
            }
        }

        Country[] countries = countryList.toArray(Country[]::new);
        Admin1[] admin1s = admin1List.stream()
                .map(a -> new Admin1(a.code(), a.country(), a.display(), a.geonamesName(), a.lat(), a.lon(),
                        a.population(), List.copyOf(a.aliases())))
                .toArray(Admin1[]::new);
        Area[] areas = areaList.toArray(Area[]::new);
        Map<String, Integer> iso3 = new HashMap<>();
        for (int i = 0; i < countries.length; i++) {
            try {
                iso3.put(new Locale("", countries[i].code()).getISO3Country(), i);
            } catch (MissingResourceException e) {
                // e.g. XK (Kosovo) has no ISO 3166 alpha-3 code in the JDK; the name still works
            }
        }
        Map<String, Integer> a1ByName = new HashMap<>();
        for (int i = 0; i < admin1s.length; i++) {
            a1ByName.putIfAbsent(countries[admin1s[i].country()].code() + "|" + Names.fold(admin1s[i].display()), i);
        }
        Map<String, Integer> arByName = new HashMap<>();
        for (int i = 0; i < areas.length; i++) {
            arByName.putIfAbsent(countries[areas[i].country()].code() + "|" + Names.fold(areas[i].name()), i);
        }

        int districts = admin2Names.length;
        short[] admin2Country = new short[districts];
        short[] admin2Admin1 = new short[districts];
        int[] admin2Seat = new int[districts];
        long[] admin2Population = new long[districts];
        seatDistricts(admin2Rows, byCode, a1ByCode, places, admin2Country, admin2Admin1, admin2Seat, admin2Population);
        return new Loaded(places, new Regions(countries, admin1s, areas, admin2Names, admin2Country, admin2Admin1,
                admin2Seat, admin2Population, byCode, iso3, a1ByCode, a1ByName, arByName));
    }

    /**
     * Gives each district its country, admin1 and seat ({@link #seatBefore}). ACLED codes a district-level event to
     * the district's seat, so the seat's coordinates stand for the district.
     */
    private static void seatDistricts(List<String[]> admin2Rows, Map<String, Integer> countryByCode,
                                      Map<String, Integer> admin1ByCode, PlaceTable places, short[] admin2Country,
                                      short[] admin2Admin1, int[] admin2Seat, long[] admin2Population) {
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
        for (int p = 0; p < places.size; p++) {
            int d = places.admin2[p];
            if (d < 0) {
                continue;
            }
            admin2Population[d] += places.populations[p];
            int seat = admin2Seat[d];
            if (seat < 0 || seatBefore(places, p, seat, admin2Rows.get(d)[1])) {
                admin2Seat[d] = p;
            }
        }
    }

    /**
     * Whether place {@code p} is likelier the seat of its district than {@code seat}: a listed admin2 seat (PPLA2)
     * first, then a place of the district's own name (municipalities and districts are mostly named after their seat,
     * while their most populous place is often a suburb or a railway colony, and places listed without a population
     * count 0), then the larger population.
     */
    private static boolean seatBefore(PlaceTable places, int p, int seat, String district) {
        boolean pListed = places.featureCode(p).equals("PPLA2");
        boolean seatListed = places.featureCode(seat).equals("PPLA2");
        if (pListed != seatListed) {
            return pListed;
        }
        boolean pNamed = namesDistrict(places.names[p], district);
        boolean seatNamed = namesDistrict(places.names[seat], district);
        if (pNamed != seatNamed) {
            return pNamed;
        }
        return places.populations[p] > places.populations[seat];
    }

    private static boolean namesDistrict(String place, String district) {
        String p = Names.fold(place);
        String d = Names.fold(district);
        return p.equals(d) || p.equals(AdminWords.stripAdminWords(d));
    }

    /** The index of a country code, adding a country the table lacks: it gets a name, no centroid or variants. */
    private static int countryIndex(String code, List<Country> list, Map<String, Integer> byCode) {
        Integer i = byCode.get(code);
        if (i != null) {
            return i;
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        byCode.put(code, list.size());
        list.add(new Country(code, name.isEmpty() ? code : name, List.of(), null, null, 0));
        return list.size() - 1;
    }
}
