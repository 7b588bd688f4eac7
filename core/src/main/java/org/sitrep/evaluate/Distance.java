package org.sitrep.evaluate;

/** Great-circle distance as the scorer measures it (a sphere of radius 6,371 km). */
public final class Distance {
    private static final double EARTH_KM = 6371;

    private Distance() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return EARTH_KM * 2 * Math.asin(Math.sqrt(a));
    }
}
