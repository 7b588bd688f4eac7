// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.place.Gazetteer;

/**
 * A scene written as a compass sector of a city ("in the West Zone of X"): a large city's zones lie tens of km from its
 * point, where a report of an event in one of them would otherwise put it. The sector lies at the centre of the listed
 * places of the city's district that lie that way ({@link Gazetteer#sectorCentre}), named as a city's quarter is
 * ("X-West Zone", the words as written in its text), at geo_precision 2 (an estimate near the place, not a listed point). A central zone is the city itself; a city too
 * small ({@value #CITY} people) or whose district lists too few places that way keeps its own point. A town's
 * countryside written that way ("the southern countryside of X", {@code lexicon/countryside-nouns.tsv}) lies among the
 * listed places of its province that way ({@link Gazetteer#countrysideCentre}), for a town of any size.
 *
 * <p>Immutable and thread-safe.
 */
final class PlaceSectors {
    /** Population from which a city is written with zones of its own. */
    static final long CITY = 100_000;

    private final Gazetteer gazetteer;

    PlaceSectors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The sector of the town {@code p} that the words before its span write, or null when they write none. */
    Place sectorOf(PlaceRef r, Sentence s, Place p) {
        if (p == null || p.geoPrecision() != 1) {
            return null;
        }
        String words = PlaceCues.sectorWords(r, s);
        Double bearing = words == null ? null : bearing(PlaceCues.sectorDirection(r, s));
        boolean countryside = bearing != null && PlaceCues.countryside(r, s);
        if (bearing == null || !countryside && gazetteer.population(p) < CITY) {
            return null;
        }
        // a town of any size has a countryside; only a large city has zones
        java.util.Optional<double[]> centre = countryside ? gazetteer.countrysideCentre(p, bearing)
                : gazetteer.sectorCentre(p, bearing);
        return centre.map(c -> {
            List<String> aliases = new ArrayList<>(p.aliases());
            aliases.add(0, p.name());
            String written = words + " " + r.text().strip();
            // named as a city's quarter is ("City-Quarter"): the city, a hyphen and the zone's words capitalised
            String name = p.name() + "-" + capitalised(words.substring(0, words.lastIndexOf(' ')));
            return new Place(name, p.country(), p.countryCode(), p.admin1(), p.admin1Code(), p.admin2(), c[0], c[1], 2,
                    aliases, null, written);
        }).orElse(null);
    }

    /** Each run of letters with a capital first: "North-East Zone" of "north-east zone". */
    static String capitalised(String words) {
        StringBuilder b = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); i++) {
            char ch = words.charAt(i);
            b.append(i == 0 || !Character.isLetter(words.charAt(i - 1)) ? Character.toUpperCase(ch) : ch);
        }
        return b.toString();
    }

    /**
     * The bearing of an English direction in degrees clockwise from north ("west" 270, "north-eastern" 45), or null
     * for one that names no compass point ("central").
     */
    static Double bearing(String direction) {
        if (direction == null) {
            return null;
        }
        String d = direction.toLowerCase(Locale.ROOT);
        int north = d.contains("north") ? 1 : 0;
        int south = d.contains("south") ? 1 : 0;
        int east = d.contains("east") ? 1 : 0;
        int west = d.contains("west") ? 1 : 0;
        if (north - south == 0 && east - west == 0) {
            return null;
        }
        return (Math.toDegrees(Math.atan2(east - west, north - south)) + 360) % 360;
    }
}
