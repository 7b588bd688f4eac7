// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.sitrep.common.GreatCircle;

/**
 * Where a compass sector of a city lies ("the West Zone of X"): the unweighted centre of the listed places of the
 * city's own district that lie in that direction from it, between {@value #NEAR_KM} and {@value #FAR_KM} km away
 * and within {@value #HALF_ANGLE} degrees of the bearing. Only a city whose district lists at least {@value #AT_LEAST}
 * such places has one: with fewer the gazetteer does not show where its built-up area lies, and the city's own point
 * stands. Stateless; each call scans the place table once (the phrase is rare).
 */
final class Sectors {
    static final double NEAR_KM = 2;
    static final double FAR_KM = 60;
    static final double HALF_ANGLE = 45;
    static final int AT_LEAST = 3;
    static final double COUNTRYSIDE_NEAR_KM = 10;

    private Sectors() {
    }

    /** The centre {lat, lon} of the city row's sector at this bearing (degrees clockwise from north), if it has one. */
    static Optional<double[]> centre(PlaceTable places, int city, double bearing) {
        return zone(places, city, i -> places.admin2[i], bearing, NEAR_KM);
    }

    /**
     * The centre {lat, lon} of the countryside of the town row's province at this bearing ("the southern countryside
     * of X"): as {@link #centre}, over the listed places of the town's admin1 region rather than its district, from
     * {@value #COUNTRYSIDE_NEAR_KM} km (the town's own quarters are no countryside) to {@value #FAR_KM} km.
     */
    static Optional<double[]> countryside(PlaceTable places, int town, double bearing) {
        return zone(places, town, i -> places.admin1[i], bearing, COUNTRYSIDE_NEAR_KM);
    }

    /**
     * The unweighted centre of the listed places of the row's own area (its district or its admin1 region, as
     * {@code area} gives a row's index, -1 if unknown) that lie within {@value #HALF_ANGLE} degrees of the bearing,
     * {@code nearKm} to {@value #FAR_KM} km from it; none with fewer than {@value #AT_LEAST} such places.
     */
    private static Optional<double[]> zone(PlaceTable places, int from, IntUnaryOperator area, double bearing,
            double nearKm) {
        if (from < 0 || from >= places.size || area.applyAsInt(from) < 0) {
            return Optional.empty();
        }
        int own = area.applyAsInt(from);
        double lat0 = places.lat(from);
        double lon0 = places.lon(from);
        double sumLat = 0;
        double sumLon = 0;
        int n = 0;
        for (int i = 0; i < places.size; i++) {
            if (i == from || area.applyAsInt(i) != own || places.country[i] != places.country[from]) {
                continue;
            }
            double lat = places.lat(i);
            double lon = places.lon(i);
            double km = GreatCircle.km(lat0, lon0, lat, lon);
            if (km < nearKm || km > FAR_KM) {
                continue;
            }
            double off = Math.abs(bearing(lat0, lon0, lat, lon) - bearing) % 360;
            if (Math.min(off, 360 - off) <= HALF_ANGLE) {
                sumLat += lat;
                sumLon += lon;
                n++;
            }
        }
        return n < AT_LEAST ? Optional.empty() : Optional.of(new double[] {sumLat / n, sumLon / n});
    }

    /** Initial bearing from the first point to the second, degrees clockwise from north in [0, 360). */
    static double bearing(double lat1, double lon1, double lat2, double lon2) {
        double p = Math.PI / 180;
        double y = Math.sin((lon2 - lon1) * p) * Math.cos(lat2 * p);
        double x = Math.cos(lat1 * p) * Math.sin(lat2 * p) - Math.sin(lat1 * p) * Math.cos(lat2 * p) * Math.cos((lon2 - lon1) * p);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }
}
