// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

/**
 * The populated places, column-wise: 200k rows as objects would cost several times the heap. Row {@code i} is
 * entity id {@code i} of the gazetteer. Immutable once built (the arrays are never handed out for writing).
 */
final class PlaceTable {
    static final double COORD_SCALE = 1e5;

    final int size;
    final int[] geonameIds;          // ascending, for binary search
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

    PlaceTable(PlaceRows rows) {
        size = rows.size();
        geonameIds = rows.ids();
        for (int i = 1; i < size; i++) {
            if (geonameIds[i] <= geonameIds[i - 1]) {
                throw new IllegalStateException("places.tsv.gz must be sorted by geonameid");
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
        int i = geonameId > Integer.MAX_VALUE ? -1 : java.util.Arrays.binarySearch(geonameIds, (int) geonameId);
        return i < 0 ? -1 : i;
    }
}
