package org.sitrep.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceSpans;

/**
 * Which readings of a place name abroad are namesakes too slight to take the name's country vote
 * ({@link ArticleCountries}): a spelling variant abroad of a name the likeliest reading bears as its own, and a town far
 * smaller than the city whose name it shares.
 *
 * <p>Immutable and thread-safe.
 */
final class Namesakes {
    /** How many times fewer people than the likeliest reading a reading abroad has to be a minor namesake of it. */
    private static final int MINOR_NAMESAKE = 20;

    /** A town that bears a name as its own is no minor namesake of a city known by it as an alternate from this size. */
    private static final long OWN_NAME_TOWN = 10_000;

    private final Gazetteer gazetteer;

    Namesakes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The readings without those that bear the name only as an alternate, when the likeliest bears it as its own
     * ("Mila" is an Algerian provincial capital's own name and an old spelling of Milan's): a spelling variant abroad
     * does not make the name one of several countries.
     */
    static List<Place> withoutAlternatesAbroad(List<Place> readings, String text) {
        String written = Gazetteer.fold(PlaceSpans.withoutKind(text));
        Place top = readings.get(0);
        if (!Gazetteer.fold(top.name()).equals(written)) {
            return readings;
        }
        return readings.stream().filter(p -> p == top || Gazetteer.fold(p.name()).equals(written)
                || java.util.Objects.equals(p.countryCode(), top.countryCode())).toList();
    }

    /**
     * The countries whose best reading among {@code likelier} (the likeliest first) has {@value #MINOR_NAMESAKE} times
     * fewer people than the likeliest reading, a city: the town of 5,000 named like a capital of a million. Only
     * evidence that is more than one weak vote carries the name to such a namesake. Not a town of
     * {@value #OWN_NAME_TOWN} people or more that bears the written name as its own when the city bears it only as an
     * alternate ("Smyrna" is also an old name of a Turkish city of millions): that town is no namesake of it.
     */
    Set<String> minor(List<Place> likelier, String text) {
        Place top = likelier.get(0);
        String written = Gazetteer.fold(PlaceSpans.withoutKind(text));
        boolean alternate = !Gazetteer.fold(top.name()).equals(written);
        long people = top.geoPrecision() == 1 ? gazetteer.population(top) : 0;
        Set<String> minor = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Place p : likelier) {
            boolean ownTown = alternate && Gazetteer.fold(p.name()).equals(written)
                    && gazetteer.population(p) >= OWN_NAME_TOWN;
            if (p.countryCode() != null && seen.add(p.countryCode()) && !p.countryCode().equals(top.countryCode())
                    && p.geoPrecision() == 1 && !ownTown && (long) MINOR_NAMESAKE * gazetteer.population(p) < people) {
                minor.add(p.countryCode());
            }
        }
        return minor;
    }
}
