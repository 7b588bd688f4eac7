package org.sitrep.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceSpans;
import org.sitrep.resolve.place.PlaceWords;

/**
 * Reads a place together with the container written after it ("Joinville, Santa Catarina", "Banfora (Banfora,
 * Comoe)"): the readings of the two that lie together win over a likelier namesake of the place elsewhere.
 *
 * <p>Immutable and thread-safe.
 */
final class ContainerReading {
    /** How many readings of a place, and of its container, are tried together. */
    private static final int PLACE_READINGS = 20;
    private static final int CONTAINER_READINGS = 40;
    /** {@link PlaceContext#relation} of a place its container holds, or that shares the container's district. */
    private static final int CONTAINED = 3;

    private final PlaceReadings readings;

    ContainerReading(PlaceReadings readings) {
        this.readings = readings;
    }

    /** A reading of a place and a reading of its written container that lie together (same province, or containment). */
    record Coherent(Place place, Place container) {
    }

    /**
     * The place as it lies in the container written after it: its best reading when some reading of the container
     * holds it; else the reading of the place that the container holds or that shares its district ("Mora (Surat,
     * Gujarat)": the Mora of Surat district); else the best reading when it shares a province with the container, and
     * failing that the readings of the two that share a province (the Brazilian town in the Brazilian state, not the
     * French town beside a Mexican village); of the readings the container holds, a much bigger town whose own name
     * holds the written one before a hamlet of that very name ({@link #biggerNamesakeWithin}). Null when no reading of the place lies in the container; the caller then
     * moves the place into it.
     */
    Place heldIn(Place best, String text, String containerText, PlaceContext context) {
        List<Place> heldBy = containerReadings(containerText, context.countries());
        int fit = best == null ? 0 : heldBy.stream().mapToInt(c -> PlaceContext.relation(best, c)).max().orElse(0);
        if (fit >= CONTAINED) {
            Place seat = biggerNamesakeWithin(best, text, heldBy, context.countries());
            return seat != null ? seat : best;
        }
        Coherent pair = coherent(text, containerText, context.countries());
        boolean close = pair != null && PlaceContext.relation(pair.place(), pair.container()) >= CONTAINED;
        if (fit >= 2 && !close) {
            return best; // only a province shared, but no reading lies closer: the likeliest reading stands
        }
        if (pair == null || pair.place().geoPrecision() == 3) {
            return null;
        }
        // "X, Province" with X's likeliest reading elsewhere: the province's town "Ciudad X" before its hamlet "X"
        Place seat = close ? biggerNamesakeWithin(pair.place(), text, heldBy, context.countries()) : null;
        return seat != null ? seat : PlaceReadings.named(pair.place(), text);
    }

    /**
     * The town written with the district named after it and its province ("X city (X, Province)"): the reading of the
     * town that a district of that name in the province holds, although a namesake in another district of the
     * province is likelier; null when no district of the name in the province holds a town of the name.
     */
    Place inOwnDistrict(String text, String districtText, String provinceText, PlaceContext context) {
        List<Place> provinces = provinces(provinceText, context);
        if (provinces.isEmpty()) {
            return null;
        }
        List<Place> all = readings.candidates(districtText, context.countries());
        List<Place> districts = all.subList(0, Math.min(CONTAINER_READINGS, all.size())).stream()
                .filter(c -> c.geoPrecision() == 2 && c.admin2() != null
                        && PlaceContext.relation(c, provinces.get(0)) >= 2).toList();
        if (districts.isEmpty()) {
            return null;
        }
        List<Place> towns = PlaceReadings.ofKind(text, readings.candidates(text, context.countries())).stream()
                .filter(c -> c.geoPrecision() == 1).toList(); // the district itself is the container, not the town
        Coherent pair = firstPair(text, towns, districts);
        return pair != null && pair.place().geoPrecision() == 1
                && PlaceContext.relation(pair.place(), pair.container()) >= CONTAINED
                ? PlaceReadings.named(pair.place(), text) : null;
    }

    /** How many times more people a town the container also holds needs to be meant instead of the likeliest reading. */
    private static final int MANY_TIMES = 10;
    /** Population a town needs to be meant instead of a hamlet of its name in the same container. */
    private static final long SEAT_TOWN = 20_000;

    /**
     * A town of {@link #SEAT_TOWN} people or more that the container also holds, with {@link #MANY_TIMES} the people
     * of the reading found first, whose own name is a longer one holding the written name: "X, Province" where the
     * province's town of 40,000 is "X de Y" and a hamlet of the province is "X" (GeoNames lists "X" as the town's
     * alternate name). Null when there is none.
     */
    private Place biggerNamesakeWithin(Place best, String text, List<Place> heldBy, Set<String> countries) {
        if (best.geoPrecision() != 1) {
            return null;
        }
        long floor = Math.max(SEAT_TOWN, MANY_TIMES * readings.population(best));
        Place bigger = null;
        for (Place c : readings.candidates(text, countries)) {
            if (c.geoPrecision() == 1 && readings.population(c) >= floor && longerName(c.name(), text)
                    && heldBy.stream().anyMatch(h -> PlaceContext.relation(c, h) >= CONTAINED)) {
                bigger = c;
                floor = readings.population(c);
            }
        }
        return bigger == null ? null : PlaceReadings.named(bigger, text);
    }

    /**
     * Whether a town's own name holds the written name as whole words ("X de Y" for "X"): an alternate name that is no
     * part of the town's own (an old name, a suburb's) does not make it the one meant.
     */
    private static boolean longerName(String own, String written) {
        String o = " " + Gazetteer.fold(own).replace('-', ' ') + " ";
        String w = Gazetteer.fold(PlaceSpans.withoutKind(written)).replace('-', ' ').strip();
        return !w.isEmpty() && !o.strip().equals(w) && o.contains(" " + w + " ");
    }

    /** Population from which a city written with a province of its country that does not hold it keeps its reading. */
    private static final long MISWRITTEN_CITY = 100_000;
    /** The same for a town written by its own name (not an alternate one, an old name or a spelling of another's). */
    private static final long MISWRITTEN_TOWN = 10_000;

    /**
     * The city of {@link #MISWRITTEN_CITY} people or more, or the town of {@link #MISWRITTEN_TOWN} or more written by
     * its own name, that a name written with a province of its own country that does not hold it names ("Tampico,
     * Nayarit"), or null: a writer slips on a town's province more often than a village the gazetteer lacks bears such
     * a town's name, when no other town of the country bears it. The most populous such town, whatever namesake the
     * article's other names favour (a village of the province's name elsewhere must not pull the city's name to a
     * hamlet beside it). Null for a container that names no province, and for a name written as a district or region
     * ("X district, Province" names no town).
     */
    Place miswrittenProvince(String text, String containerText, PlaceContext context) {
        List<Place> provinces = provinces(containerText, context);
        String[] words = text.strip().split("\\s+");
        if (provinces.isEmpty() || PlaceWords.kind(words[words.length - 1]) == PlaceWords.Kind.REGION) {
            return null;
        }
        Place province = provinces.get(0);
        List<Place> candidates = readings.candidates(text, context.countries());
        String written = Gazetteer.fold(PlaceSpans.withoutKind(text));
        Place city = null;
        long most = MISWRITTEN_TOWN - 1;
        for (Place c : candidates) {
            long people = c.geoPrecision() == 1 ? readings.population(c) : 0;
            boolean named = people >= MISWRITTEN_CITY || Gazetteer.fold(c.name()).equals(written);
            if (people > most && named && Objects.equals(c.countryCode(), province.countryCode())
                    && !Objects.equals(c.admin1Key(), province.admin1Key())) {
                city = c;
                most = people;
            }
        }
        if (city == null) {
            return null;
        }
        for (Place c : candidates) {
            if (c.geoPrecision() == 1 && Objects.equals(c.countryCode(), city.countryCode())
                    && SceneOrder.farApart(c, city)) {
                return null; // a name many towns of the country bear: one of them, unlisted, may lie in the province
            }
        }
        return PlaceReadings.named(city, text);
    }

    /**
     * The admin1 provinces a written container names, best fit with the article first ("Nuevo Leon": the Mexican state,
     * not the villages of that name); empty when it names none.
     */
    List<Place> provinces(String containerText, PlaceContext context) {
        List<Place> all = readings.candidates(containerText, context.countries());
        List<Place> provinces = all.subList(0, Math.min(CONTAINER_READINGS, all.size())).stream()
                .filter(c -> c.geoPrecision() == 3 && c.admin1() != null && !PlaceContext.isCountry(c)).toList();
        return provinces.isEmpty() ? provinces : context.rank(containerText, provinces);
    }

    /**
     * The readings of a written container of the kind its last word asks for ({@link PlaceReadings#ofKind}): its regions
     * when it has any ("Takhar" after a district is the province, not a village of that name), else its towns
     * ("Kotwali Nagar, Pratapgarh").
     */
    private List<Place> containerReadings(String containerText, Set<String> countries) {
        // "X, Y state": the state Y, not a municipality of Y's name that shares a province with a namesake of X
        return asContainer(PlaceReadings.ofKind(containerText, readings.candidates(containerText, countries)));
    }

    /** A written container's readings among a name's candidates: its regions when it has any, else its towns. */
    static List<Place> asContainer(List<Place> candidates) {
        List<Place> first = candidates.subList(0, Math.min(CONTAINER_READINGS, candidates.size()));
        List<Place> regions = first.stream().filter(c -> c.geoPrecision() >= 2).toList();
        return regions.isEmpty() ? first : regions;
    }

    /**
     * The readings of a place and of the container written after it that belong together, the place's likeliest
     * such reading first, or null. "Pratapgarh (UP)" is the Pratapgarh of Uttar Pradesh although another state's
     * is more populous.
     */
    Coherent coherent(String text, String containerText, Set<String> countries) {
        if (readings.isActorName(text) || PlaceSpans.notAName(text) || PlaceSpans.notAName(containerText)) {
            return null;
        }
        List<Place> containers = containerReadings(containerText, countries);
        // "Khairpur city (Khairpur, Sindh)": the town, not the district that shares its name
        Coherent pair = firstPair(text, PlaceReadings.ofKind(text, readings.candidates(text, countries)), containers);
        if (pair == null) {
            // "Tal Tamer (Ras al-Ain, Hasakeh)": another scheme's spelling of a place in the container
            pair = firstPair(text, readings.romanisedCandidates(text, countries), containers);
        }
        // "Poonch district, J&K": only a reading spelled "Punch" lies in the state
        return pair != null ? pair : firstPair(text, readings.spellingCandidates(text, countries), containers);
    }

    /**
     * The first reading of the place that the container holds (or that shares its district), else the first that only
     * shares a province with it: "Mora (Surat, Gujarat)" is the Mora of Surat district, not a likelier Mora elsewhere
     * in Gujarat.
     */
    private static Coherent firstPair(String text, List<Place> places, List<Place> containers) {
        Coherent sharing = null;
        for (int i = 0; i < Math.min(PLACE_READINGS, places.size()); i++) {
            Place p = places.get(i);
            if (PlaceReadings.acronymOfNoPlace(text, p)) {
                continue;
            }
            for (Place c : containers) {
                int relation = c.geoPrecision() >= p.geoPrecision() ? PlaceContext.relation(p, c) : 0;
                if (relation >= CONTAINED) {
                    return new Coherent(p, c);
                }
                if (relation == 2 && sharing == null) {
                    sharing = new Coherent(p, c);
                }
            }
        }
        return sharing;
    }

    /** "Rafah (Rafah, ...)": a span and its container spell one name. */
    static boolean sameName(PlaceRef a, PlaceRef b) {
        return Gazetteer.fold(PlaceSpans.withoutKind(a.text())).equals(Gazetteer.fold(PlaceSpans.withoutKind(b.text())));
    }
}
