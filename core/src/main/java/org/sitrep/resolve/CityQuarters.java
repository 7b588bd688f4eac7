package org.sitrep.resolve;

import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceSpans;

/**
 * Reads a name written with a city as its container ("X, City", "X town (City)") as the namesake that lies by the city
 * when its likeliest reading is a namesake far out in the city's province: the writer names the city to say where X
 * is, and a large province (a metropolis' own, often named like it) holds several places of one name, a quarter of
 * the city and villages an hour's drive away. Stateless.
 */
final class CityQuarters {
    /** How far from the city's point a place written with the city as its container may lie and still be by it. */
    static final double BY_CITY_KM = 25;

    private final PlaceReadings readings;

    CityQuarters(PlaceReadings readings) {
        this.readings = readings;
    }

    /**
     * The namesake of a reading that lies by the container city, or null when the container is no town, the reading is
     * no town of the city's own province or already lies within {@link #BY_CITY_KM} of it, or no namesake of the
     * city's province does.
     *
     * @param held      the name's reading with its container
     * @param text      the name as written
     * @param container the container's reading
     * @param countries the article's countries
     */
    Place byCity(Place held, String text, Place container, Set<String> countries) {
        if (held == null || container == null || held.geoPrecision() != 1 || container.geoPrecision() != 1
                || held.equals(container) || !sameProvince(held, container) || held.lat() == null
                || container.lat() == null || SceneOrder.km(held, container) <= BY_CITY_KM) {
            return null;
        }
        // a namesake, not a close spelling: its name is one of the reading's names or the written one
        Set<String> names = new java.util.HashSet<>();
        names.add(Gazetteer.fold(PlaceSpans.withoutKind(text)));
        names.add(Gazetteer.fold(held.name()));
        held.aliases().forEach(a -> names.add(Gazetteer.fold(a)));
        return readings.candidates(text, countries).stream()
                .filter(c -> c.geoPrecision() == 1 && c.lat() != null && !c.equals(container) && sameProvince(c, container)
                        && names.contains(Gazetteer.fold(c.name())) && SceneOrder.km(c, container) <= BY_CITY_KM)
                .min(Comparator.comparingDouble(c -> SceneOrder.km(c, container)))
                .map(c -> PlaceReadings.named(c, text))
                .orElse(null);
    }

    private static boolean sameProvince(Place a, Place b) {
        return Objects.equals(a.countryCode(), b.countryCode()) && a.admin1Key() != null
                && Objects.equals(a.admin1Key(), b.admin1Key());
    }
}
