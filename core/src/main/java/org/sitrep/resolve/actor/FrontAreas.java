package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.common.Tsv;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.Fronts.Front;

/**
 * The ground each force of a standing front held ({@code actors/front-areas.tsv}): which side holds a place on the
 * front, so that fire reported near it is coded as coming from across the line. Immutable and thread-safe.
 */
final class FrontAreas {
    static final String FILE = "/actors/front-areas.tsv";

    /** One force's area: its corners as {lat, lon} pairs, in order around it. */
    private record Area(String country, String holder, double[][] corners) {
        boolean contains(double lat, double lon) {
            boolean in = false;
            for (int i = 0, j = corners.length - 1; i < corners.length; j = i++) {
                double yi = corners[i][0];
                double xi = corners[i][1];
                double yj = corners[j][0];
                double xj = corners[j][1];
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    in = !in;
                }
            }
            return in;
        }
    }

    private final List<Area> areas;

    FrontAreas() {
        List<Area> a = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(FILE, 3)) {
            String where = FILE + ":" + r.line() + ": ";
            String[] pairs = r.get(2).split("\\|");
            double[][] corners = new double[pairs.length][];
            for (int i = 0; i < pairs.length; i++) {
                String[] ll = pairs[i].strip().split("\\s+");
                if (ll.length != 2) {
                    throw new IllegalStateException(where + "a corner is 'lat lon', not '" + pairs[i] + "'");
                }
                corners[i] = new double[]{Double.parseDouble(ll[0]), Double.parseDouble(ll[1])};
            }
            if (corners.length < 3) {
                throw new IllegalStateException(where + "an area needs three corners or more");
            }
            a.add(new Area(r.get(0).strip().toUpperCase(Locale.ROOT), r.get(1).strip(), corners));
        }
        this.areas = List.copyOf(a);
    }

    /**
     * The side of front {@code f} that holds {@code place}, or null when the file draws no area for the front or the
     * place is no town or village of it with coordinates (a region's centre says nothing of the line).
     */
    Actor holder(Front f, Place place) {
        if (place == null || place.lat() == null || place.lon() == null || place.geoPrecision() > 2 || !f.holds(place)) {
            return null;
        }
        java.util.Set<String> drawn = new java.util.HashSet<>();
        for (Area a : areas) {
            Actor side = !a.country().equals(f.country()) ? null : a.holder().equals(f.side1().name()) ? f.side1()
                    : a.holder().equals(f.side2().name()) ? f.side2() : null;
            if (side == null) {
                continue;
            }
            if (a.contains(place.lat(), place.lon())) {
                return side;
            }
            drawn.add(side.name());
        }
        // in the front's regions, outside the one side's drawn area: the other side's ground
        if (drawn.size() != 1) {
            return null;
        }
        return drawn.contains(f.side1().name()) ? f.side2() : f.side1();
    }
}
