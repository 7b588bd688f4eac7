// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.common;

/**
 * Great-circle distance on the sphere the scorers use (radius 6,371 km): one formula for place resolution, fusion
 * and evaluation, so a rule's "within 25 km" is the distance the figures are measured by.
 */
public final class GreatCircle {
    private static final double EARTH_KM = 6371;

    private GreatCircle() {
    }

    /** Kilometres between two points given in decimal degrees (haversine). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        // rounding can carry a for antipodal points a hair above 1
        return EARTH_KM * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
