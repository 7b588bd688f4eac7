package org.sitrep.resolve;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceSpans;

/**
 * A place read together with the container written after it ("Pervomaiske, Luhansk", "Bor (Jonglei)"). When no
 * reading of the container holds the place's best reading, the gazetteer has only namesakes elsewhere (a front-line
 * village listed only in another oblast): the place keeps its name but lies in the container, with the container's
 * coordinates and a geo_precision that says so (2 near a town or in a district, 3 somewhere in a province).
 */
final class Hierarchy {
    /** How far from a written province's seat a town of a neighbouring province, the province miswritten, may lie. */
    private static final double NEIGHBOUR_KM = 300;

    private Hierarchy() {
    }

    /**
     * The place as it lies in its container.
     *
     * @param place      the place's best reading
     * @param text       the place's words
     * @param container  the container's best reading, or null
     * @param readings   the container's leading readings (any may hold the place)
     */
    static Place within(Place place, String text, Place container, List<Place> readings) {
        if (container == null || PlaceContext.isCountry(container) || PlaceContext.relation(place, container) >= 2
                || readings.stream().anyMatch(c -> PlaceContext.relation(place, c) >= 2)) {
            return place;
        }
        // a province is not moved into a town; but a district listed only in another province than every reading of
        // the town written as its container is a namesake ("X, Y" with the only listed X a district far from Y)
        if (container.geoPrecision() < place.geoPrecision() && place.geoPrecision() > 2) {
            return place;
        }
        String name = PlaceSpans.withoutKind(text);
        return new Place(name, container.country(), container.countryCode(), container.admin1(), container.admin1Code(),
                container.geoPrecision() == 2 ? container.admin2() : null, container.lat(), container.lon(),
                Math.max(2, container.geoPrecision()), List.of(), null, text);
    }

    /**
     * Whether a reading lies in another country than the province written after it: a province in the same country
     * may be miswritten ("X (Y district, Z)" with Z the neighbouring province), another country's is a namesake read.
     */
    static boolean abroad(Place read, Place province) {
        return !Objects.equals(read.countryCode(), province.countryCode());
    }

    /**
     * Whether a reading lies in another province of the written province's country, within {@link #NEIGHBOUR_KM} of its
     * seat: a town of a neighbouring province may be meant with the province miswritten, a namesake across the country
     * is not.
     */
    static boolean inNeighbourProvince(Place p, Place province) {
        return PlaceContext.relation(p, province) == 1 && p.lat() != null && province.lat() != null
                && SceneOrder.km(p, province) <= NEIGHBOUR_KM;
    }
}
