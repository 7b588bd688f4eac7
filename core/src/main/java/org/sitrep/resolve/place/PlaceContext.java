package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.Fronts;

/**
 * What an article names besides one place: its countries and, for every place name it uses, the
 * gazetteer's leading candidates. It ranks same-named places by how well each fits the others:
 * "Chora district, Urozgan" is the Afghan district because Urozgan is an Afghan province, and
 * "Tripoli" in an article that also names Beirut is the Lebanese city.
 *
 * <p>Immutable; one per article.
 *
 * @param countries  the article's countries (ISO2), most named first
 * @param candidates for each place name of the article (folded), its first candidates in gazetteer order
 * @param main       the article's first town or district named as a scene (not as a modifier), else its first
 *                   place, else null: where a sentence that names no place most likely happened
 * @param stated     for each place name (folded) the article writes once with its container ("Kamyanka, Donetsk"),
 *                   the place as read there: the same name written alone elsewhere in the article means that place
 * @param fronts     the standing fronts the article reports from (told in its words, in their period): a village
 *                   it names is most likely one of a front's regions
 */
public record PlaceContext(Set<String> countries, Map<String, List<Place>> candidates, Place main,
                           Map<String, Place> stated, List<Fronts.Front> fronts) {
    /** Fit a candidate gains by lying in a region of a front the article reports from: more than a country's. */
    private static final int ON_FRONT = 2;

    /** How many of a name's candidates may lend support to another name. */
    public static final int SUPPORTERS = 12;

    public PlaceContext {
        // keep the order ("most named first"): Set.copyOf iterates in an order that changes from run to run
        countries = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(countries));
        candidates = Map.copyOf(candidates);
        stated = Map.copyOf(stated);
        fronts = List.copyOf(fronts);
    }

    public PlaceContext(Set<String> countries, Map<String, List<Place>> candidates, Place main) {
        this(countries, candidates, main, Map.of(), List.of());
    }

    /** A context with no names of its own, e.g. for a single sentence. */
    public static PlaceContext of(Set<String> countries) {
        return new PlaceContext(countries, Map.of(), null);
    }

    /**
     * The candidates for {@code name} reordered by their fit with the article's other names (best first);
     * equal fits keep the gazetteer's order, which already weighs feature class and population.
     */
    public List<Place> rank(String name, List<Place> found) {
        String self = Gazetteer.fold(name);
        record Scored(Place place, int fit) { }
        List<Scored> scored = new ArrayList<>(found.size());
        for (Place c : found) {
            scored.add(new Scored(c, fit(c, self)));
        }
        // a town named like its own province fits wherever the province does: every place of the province lends the
        // province containment (3) but the town only a shared province (2), which would put "Marib city" or "Formosa"
        // at the province's centroid; with equal fits the gazetteer's order (seat first, a kind word's ask) decides
        for (int i = 0; i < scored.size(); i++) {
            Place town = scored.get(i).place();
            if (town.geoPrecision() != 1) {
                continue;
            }
            for (Scored r : scored) {
                if (r.fit() > scored.get(i).fit() && isAdmin1(r.place()) && sameRegionName(town, r.place())) {
                    scored.set(i, new Scored(town, r.fit()));
                }
            }
        }
        scored.sort((a, b) -> Integer.compare(b.fit(), a.fit()));   // stable: ties keep gazetteer order
        List<Place> ranked = new ArrayList<>(scored.size());
        scored.forEach(x -> ranked.add(x.place()));
        return ranked;
    }

    /** The same context with its main place. */
    public PlaceContext withMain(Place place) {
        return new PlaceContext(countries, candidates, place, stated, fronts);
    }

    /** The same context with the places the article states with their containers ({@link #stated}). */
    public PlaceContext withStated(Map<String, Place> places) {
        return new PlaceContext(countries, candidates, main, places, fronts);
    }

    /** The same context with the standing fronts its article reports from. */
    public PlaceContext withFronts(List<Fronts.Front> reported) {
        return new PlaceContext(countries, candidates, main, stated, reported);
    }

    /** Whether the place lies in a region of a front the article reports from. */
    public boolean onFront(Place c) {
        return fronts.stream().anyMatch(f -> f.holds(c));
    }

    /**
     * Whether the place is a town outside the regions of a front the article reports from, in the front's country or
     * abroad: in a front's report, a village of that name on the front that the gazetteer does not list is meant.
     */
    public boolean offFront(Place c) {
        return c.geoPrecision() < 3 && !fronts.isEmpty() && !onFront(c);
    }

    /** How the article reads {@code name} where it writes it with its container, or null. */
    public Place statedAs(String name) {
        return stated.get(Gazetteer.fold(PlaceSpans.withoutKind(name)));
    }

    /**
     * Fit of one candidate: its support from the other names, a little for being in an article country, and more for
     * lying on a front the article reports from ("explosions near V" in a ceasefire monitor's report: the V on the line).
     */
    public int fit(Place c, String selfKey) {
        return support(c, selfKey) + (countries.contains(c.countryCode()) ? 1 : 0) + (onFront(c) ? ON_FRONT : 0);
    }

    /**
     * Support for one candidate from the article's other names: for each, the best relation to any of its
     * likelier candidates, doubled, plus one when that candidate is among the name's first three (El Alto beside La
     * Paz is the Bolivian town, because the Bolivian La Paz is the La Paz news means).
     */
    public int support(Place c, String selfKey) {
        int total = 0;
        for (Map.Entry<String, List<Place>> e : others(selfKey)) {
            int best = 0;
            List<Place> os = e.getValue();
            for (int j = 0; j < os.size(); j++) {
                int r = relation(c, os.get(j));
                // a far-fetched reading of another name supports only by containment, a shared country only the likeliest:
                // else a Damascus, a Moscow and a Russia in one US state would outvote the countries the text means
                if (r == 3 || r == 2 && j < 3 || r == 1 && j == 0) {
                    best = Math.max(best, 2 * r + (j < 3 ? 1 : 0));
                }
            }
            total += best;
        }
        return total;
    }

    /**
     * Whether another name of the article likely reads (one of its first three readings) as the province of {@code c}
     * or a place in it: the evidence a guessed spelling of a name needs ("Tal Tamer" beside Hasakeh). A country
     * named is not enough: villages spelled alike lie in every province.
     */
    public boolean provinceNamed(Place c, String selfKey) {
        for (Map.Entry<String, List<Place>> e : others(selfKey)) {
            List<Place> os = e.getValue();
            for (int j = 0; j < Math.min(3, os.size()); j++) {
                if (!isCountry(os.get(j)) && relation(c, os.get(j)) >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether another name of the article is most likely a country or province that has no namesake in
     * this place's country: "Auno (Konduga, Borno)" is not the French Auno, since Borno is Nigerian. A country
     * vetoes no town of the article's own countries: "a sit-in in Kutaisi by farmers back from Russia" names where
     * they came from, not a country that holds the town. Nor does a region of a country the article is not about veto
     * a town of the article's most named country: "X area in Y" with an X read as a region of the neighbouring country,
     * which nothing else in the article names, keeps Y.
     */
    public boolean namesRegionAbroad(Place c) {
        boolean ownCountry = countries.contains(c.countryCode());
        boolean firstCountry = ownCountry && c.countryCode().equals(countries.iterator().next());
        for (Map.Entry<String, List<Place>> e : others(Gazetteer.fold(c.text() == null ? c.name() : c.text()))) {
            List<Place> os = e.getValue();
            if (!os.isEmpty() && os.get(0).geoPrecision() == 3 && !(ownCountry && isCountry(os.get(0)))
                    && !(firstCountry && !countries.contains(os.get(0).countryCode()))
                    && os.stream().noneMatch(o -> Objects.equals(o.countryCode(), c.countryCode()))) {
                return true;
            }
        }
        return false;
    }

    /** The other names: not {@code selfKey}, nor one containing or contained in it ("Idlib" in "Idlib province"). */
    private List<Map.Entry<String, List<Place>>> others(String selfKey) {
        List<Map.Entry<String, List<Place>>> out = new ArrayList<>();
        for (Map.Entry<String, List<Place>> e : candidates.entrySet()) {
            if (!e.getKey().equals(selfKey) && !selfKey.contains(e.getKey()) && !e.getKey().contains(selfKey)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * How closely two places belong together: one contains the other or both share a district (3), they
     * share a province or one is their country (2), the same country only (1), else 0.
     */
    public static int relation(Place a, Place b) {
        if (a.countryCode() == null || !a.countryCode().equals(b.countryCode())) {
            return 0;
        }
        if (isCountry(a) || isCountry(b)) {
            return 2;
        }
        boolean sameAdmin1 = a.admin1Key() != null && a.admin1Key().equals(b.admin1Key());
        if (sameAdmin1 && (isAdmin1(a) || isAdmin1(b))) {
            return 3;
        }
        if (sameAdmin1 && a.admin2() != null && a.admin2().equals(b.admin2())) {
            return 3;
        }
        return sameAdmin1 ? 2 : 1;
    }

    /** Whether a town lies in an admin1 region that bears its name ("Marib" in Marib governorate). */
    private static boolean sameRegionName(Place town, Place region) {
        return Objects.equals(town.countryCode(), region.countryCode()) && town.admin1Key() != null
                && town.admin1Key().equals(region.admin1Key())
                && Gazetteer.fold(town.name()).equals(Gazetteer.fold(region.name()));
    }

    public static boolean isCountry(Place p) {
        return p.geoPrecision() == 3 && p.admin1() == null;
    }

    static boolean isAdmin1(Place p) {
        return p.geoPrecision() == 3 && p.admin1() != null && Objects.equals(p.name(), p.admin1());
    }
}
