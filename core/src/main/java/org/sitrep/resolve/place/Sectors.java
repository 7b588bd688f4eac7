// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve.place;

import java.util.Optional;
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
        if (city < 0 || city >= places.size || places.admin2[city] < 0) {
            return Optional.empty();
        }
        double lat0 = places.lat(city);
        double lon0 = places.lon(city);
        double sumLat = 0;
        double sumLon = 0;
        int n = 0;
        for (int i = 0; i < places.size; i++) {
            if (i == city || places.admin2[i] != places.admin2[city] || places.country[i] != places.country[city]) {
                continue;
            }
            double lat = places.lat(i);
            double lon = places.lon(i);
            double km = GreatCircle.km(lat0, lon0, lat, lon);
            if (km < NEAR_KM || km > FAR_KM) {
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

    /**
     * The centre {lat, lon} of the countryside of the town row's province at this bearing ("the southern countryside
     * of X"): as {@link #centre}, over the listed places of the town's admin1 region rather than its district, from
     * {@value #COUNTRYSIDE_NEAR_KM} km (the town's own quarters are no countryside) to {@value #FAR_KM} km.
     */
    static Optional<double[]> countryside(PlaceTable places, int town, double bearing) {
        if (town < 0 || town >= places.size || places.admin1[town] < 0) {
            return Optional.empty();
        }
        double lat0 = places.lat(town);
        double lon0 = places.lon(town);
        double sumLat = 0;
        double sumLon = 0;
        int n = 0;
        for (int i = 0; i < places.size; i++) {
            if (i == town || places.admin1[i] != places.admin1[town] || places.country[i] != places.country[town]) {
                continue;
            }
            double lat = places.lat(i);
            double lon = places.lon(i);
            double km = GreatCircle.km(lat0, lon0, lat, lon);
            if (km < COUNTRYSIDE_NEAR_KM || km > FAR_KM) {
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
