package org.sitrep.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.MissionCountries;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceSpans;
import org.sitrep.resolve.place.PlaceWords;

/**
 * A place the gazetteer does not list (most villages: it holds GeoNames' places of 500 people or more), read
 * honestly: it keeps its name as written and lies in the smallest unit the text gives for it, with that unit's
 * coordinates and a geo_precision that says so. The unit is the container written after it ("X (Y district, Z)",
 * "X, Z") or, when the sentence names no place the gazetteer knows, the article's country ("shelling near X" in a
 * report of the monitoring mission in Ukraine).
 *
 * <p>Immutable and thread-safe.
 */
final class UnlistedPlace {
    /** "near X", "in the village of X", "at the outskirts of X": the words before a name that make it a scene. */
    private static final Pattern LOCATIVE_BEFORE = locativeBefore();
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Gazetteer gazetteer;
    private final PlaceReadings readings;

    UnlistedPlace(Gazetteer gazetteer, PlaceReadings readings) {
        this.gazetteer = gazetteer;
        this.readings = readings;
    }

    /**
     * An unlisted place in the unit written after it: near a town or in a district (geo_precision 2), somewhere in a
     * province or country (3). Null when the span may not name a place or the unit is unknown too.
     */
    Place inContainer(PlaceRef place, Place container) {
        if (container == null || !mayName(place)) {
            return null;
        }
        boolean region = container.geoPrecision() == 3;
        return new Place(name(place.text()), container.country(), container.countryCode(),
                container.admin1(), container.admin1Code(), region ? null : container.admin2(), container.lat(), container.lon(),
                region ? 3 : 2, List.of(), null, place.text());
    }

    /**
     * An unlisted place named after the city it is part of: a quarter written "City-Quarter" ("Belgrade-Vracar"), or a
     * site whose name is the city's followed by a landmark noun ("Donetsk Filtration Station", "Hama Airbase"). It lies
     * beside that city (geo_precision 2), when the city is a large one ({@link #CITY} people or more) of the article's
     * countries, or of any country for an article that names none; null otherwise (a village named after a hamlet
     * elsewhere is no city's quarter).
     *
     * @param within the unit the text writes the place in, or null: the city must lie in it
     */
    Place besideItsCity(PlaceRef place, PlaceContext context, Place within) {
        if (!mayName(place)) {
            return null;
        }
        String text = place.text().strip();
        for (String city : cityParts(text)) {
            Place c = readings.resolve(city, context);
            if (c != null && c.geoPrecision() == 1 && gazetteer.population(c) >= CITY
                    && (context.countries().isEmpty() || context.countries().contains(c.countryCode()))
                    && (within == null || java.util.Objects.equals(within.countryCode(), c.countryCode())
                            && (within.admin1() == null || java.util.Objects.equals(within.admin1Key(), c.admin1Key())))) {
                Place b = PlaceReadings.beside(c, text); // the city's names become aliases
                // named without kind words: "Mogadishu-Hodan district" is the quarter Mogadishu-Hodan
                return new Place(name(text), b.country(), b.countryCode(), b.admin1(), b.admin1Code(), b.admin2(), b.lat(),
                        b.lon(), b.geoPrecision(), b.aliases(), null, text);
            }
        }
        return null;
    }

    /**
     * An unlisted place whose name holds the name of a town that its written unit holds: "X Kalan (Y district)" beside
     * the district's X, "A de Z, Province" beside the province's Z. A name of
     * several words often adds a saint's, an honorific or a numeral word, or writes the parish before the town it
     * belongs to, and the gazetteer lists only the town. The longest run of the name's words (not all of them, not a
     * particle, four letters at least) that is the own name (not an alternate) of one town only of the unit's province,
     * when that town lies in the unit: for a district or a town, in the same district or within
     * {@value #PART_NEAR_UNIT_KM} km of it. Beside that town (geo_precision 2); null when no run does.
     *
     * @param afterParticle only a run that ends the name after a particle ("X de Z"): for a whole province, whose many
     *                      towns share leading and saints' names
     */
    Place namedAfterTownWithin(PlaceRef place, Place unit, PlaceContext context, boolean afterParticle) {
        if (unit == null || unit.admin1Key() == null || PlaceContext.isCountry(unit) || !mayName(place)) {
            return null;
        }
        String text = name(place.text());
        String[] words = SPACES.split(text);
        for (int n = words.length - 1; n >= 1; n--) {
            for (int from = 0; from + n <= words.length; from++) {
                String run = String.join(" ", java.util.Arrays.asList(words).subList(from, from + n));
                if (run.length() < 4 || PlaceWords.isParticle(words[from]) || PlaceWords.isParticle(words[from + n - 1])
                        || PlaceWords.isKindWord(run)
                        || afterParticle && (from + n < words.length || from == 0
                                || !PlaceWords.isParticle(words[from - 1]))) {
                    continue; // a whole province holds many a town named like a saint: only "X de Z" is Z's
                }
                String folded = Gazetteer.fold(run);
                List<Place> inProvince = readings.candidates(run, Set.of(unit.countryCode())).stream()
                        .filter(c -> c.geoPrecision() == 1 && Gazetteer.fold(c.name()).equals(folded)
                                && java.util.Objects.equals(c.countryCode(), unit.countryCode())
                                && java.util.Objects.equals(c.admin1Key(), unit.admin1Key()))
                        .toList();
                Place c = inProvince.size() == 1 ? inProvince.get(0) : null; // "San Lucas": many of the province's towns
                if (c != null && liesIn(c, unit)) {
                    Place b = PlaceReadings.beside(c, text);
                    return new Place(text, b.country(), b.countryCode(), b.admin1(), b.admin1Code(), b.admin2(),
                            b.lat(), b.lon(), 2, b.aliases(), null, place.text());
                }
            }
        }
        return null;
    }

    /**
     * An unlisted place read in the unit written after it, the likeliest way first: beside a city its name begins
     * with, beside a town of the unit its name holds, at the unit's one town listed under its name with a qualifier
     * word ("New X"), else at the unit itself. Null for a part of a town or a name that only modifies a noun (they
     * stand in only when nothing else is named), or when the unit is unknown too.
     *
     * @param provinces the provinces the unit's written name also names, for a unit read as a town: "X de Z, City" is
     *                  by the town Z of the province named like the city when the city's own unit holds no Z
     */
    Place inUnit(PlaceRef place, Place unit, List<Place> provinces, PlaceContext context) {
        if (place.modifier() || PlaceSpans.partOfTown(place.text())) {
            return null;
        }
        Place p = byTownIn(place, unit, context);
        for (Place province : provinces) {
            if (p == null && unit != null && java.util.Objects.equals(province.countryCode(), unit.countryCode())) {
                p = namedAfterTownWithin(place, province, context, true); // "X de Z, City": Z of the city's province
            }
        }
        return p != null ? p : inContainer(place, unit);
    }

    /**
     * An unlisted place beside a listed town that its name and written unit tie it to: a city its name begins with, a
     * town of the unit its name holds, the unit's one town listed under its name with a qualifier word ("New X"). Null
     * when none does (then the unit itself is all the text says).
     */
    Place byTownIn(PlaceRef place, Place unit, PlaceContext context) {
        if (place.modifier() || PlaceSpans.partOfTown(place.text())) {
            return null;
        }
        Place p = besideItsCity(place, context, unit);
        p = p != null ? p : namedAfterTownWithin(place, unit, context, false); // "X Sharif (Y district)" beside Y's X
        return p != null ? p : qualifiedTownWithin(place, unit, context); // "X town (D, P)" with only "New X" listed in D
    }

    /**
     * The one town of a written unit that the gazetteer lists under the place's name opened by a qualifier word of
     * {@code town-name-qualifiers.tsv} ("New X", "Old X"), for a place it lists under no name in that unit: the
     * settlement kept its plain name in use. The town must lie in the unit as {@link #namedAfterTownWithin} requires
     * (its district, or within {@value #PART_NEAR_UNIT_KM} km of a town); named as written (geo_precision 2). Null
     * when no such town, or more than one, lies there.
     */
    Place qualifiedTownWithin(PlaceRef place, Place unit, PlaceContext context) {
        if (unit == null || unit.admin1Key() == null || PlaceContext.isCountry(unit) || !mayName(place)) {
            return null;
        }
        String text = name(place.text());
        List<Place> found = new java.util.ArrayList<>();
        for (String q : QUALIFIERS) {
            String folded = Gazetteer.fold(q + " " + text);
            readings.candidates(q + " " + text, Set.of(unit.countryCode())).stream()
                    .filter(c -> c.geoPrecision() == 1 && Gazetteer.fold(c.name()).equals(folded) && liesIn(c, unit))
                    .filter(c -> !found.contains(c))
                    .forEach(found::add);
        }
        if (found.size() != 1) {
            return null;
        }
        Place b = PlaceReadings.beside(found.get(0), text);
        return new Place(text, b.country(), b.countryCode(), b.admin1(), b.admin1Code(), b.admin2(), b.lat(), b.lon(), 2,
                b.aliases(), null, place.text());
    }

    /** Whether a town lies in a written unit: its province, its district, or near the written town. */
    private static boolean liesIn(Place town, Place unit) {
        return java.util.Objects.equals(town.countryCode(), unit.countryCode())
                && java.util.Objects.equals(town.admin1Key(), unit.admin1Key())
                && (unit.geoPrecision() == 3 || unit.admin2() != null && unit.admin2().equals(town.admin2())
                        || unit.lat() != null && town.lat() != null && SceneOrder.km(town, unit) <= PART_NEAR_UNIT_KM);
    }

    /** The words that open a town's listed name to tell a newer or older settlement of the name ("New X"). */
    private static final List<String> QUALIFIERS = List.copyOf(new java.util.TreeSet<>(
            Tsv.words("/lexicon/town-name-qualifiers.tsv")));

    /** How far from a written district or town the town a longer name holds may lie ({@link #namedAfterTownWithin}). */
    private static final double PART_NEAR_UNIT_KM = 60;

    /** Population from which a city names its own quarters and sites ("Belgrade-Vracar", "Donetsk Filtration Station"). */
    private static final long CITY = 100_000;

    /**
     * The names of the city a place's name may begin with: the part before its first hyphen ("Belgrade" of
     * "Belgrade-Stari Grad"), or the words before a landmark noun that ends it, longest first ("Donetsk Filtration",
     * then "Donetsk", of "Donetsk Filtration Station"); none otherwise.
     */
    static List<String> cityParts(String text) {
        int dash = text.indexOf('-');
        if (dash > 0 && dash < text.length() - 1 && text.charAt(dash - 1) != ' ' && text.charAt(dash + 1) != ' ') {
            String head = text.substring(0, dash).strip();
            String rest = text.substring(dash + 1).strip();
            // "Al-Bukamal", "Ar-Raqqa": an article joined to its name is no city and quarter
            return PlaceWords.isParticle(head) || !Character.isUpperCase(rest.charAt(0)) ? List.of() : List.of(head);
        }
        String[] words = text.split("\\s+");
        if (words.length < 2 || !PlaceSpans.isLandmarkNoun(words[words.length - 1])) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (int n = words.length - 1; n >= 1; n--) {
            out.add(String.join(" ", java.util.Arrays.asList(words).subList(0, n)));
        }
        return out;
    }

    /**
     * The first unlisted name of a sentence written as a scene ("near X", "in the village of X"), in the article's
     * first country (geo_precision 3, at the country's coordinates), or in the area where the events reported by a
     * mission the sentence names lie (the Donbas for the OSCE monitors: {@code mission-countries.tsv}); null without
     * such a name or country.
     */
    Place inArticleCountry(List<PlaceRef> unlisted, String sentence, int sentenceBegin, PlaceContext context) {
        if (context.countries().isEmpty()) {
            return null;
        }
        for (PlaceRef r : unlisted) {
            int at = r.start() - sentenceBegin;
            if (r.role() != PlaceRef.Role.LOCATION || r.modifier() || at < 0 || at > sentence.length()
                    || !mayName(r) || !LOCATIVE_BEFORE.matcher(sentence.substring(0, at)).find()) {
                continue;
            }
            String cc = context.countries().iterator().next();
            Place unit = MissionCountries.areaNamedIn(sentence, cc)
                    .flatMap(area -> gazetteer.lookup(area, Set.of(cc)).stream()
                            .filter(p -> cc.equals(p.countryCode()) && p.geoPrecision() == 3).findFirst())
                    .or(() -> gazetteer.country(cc)).orElse(null);
            return unit == null ? null : inContainer(r, unit);
        }
        return null;
    }

    /**
     * Whether an unlisted span may still name a place: written with a capital, not an acronym or a mission
     * ("OSCE SMM"), not an armed group or outlet, not a month, an office or a bare direction.
     */
    private boolean mayName(PlaceRef r) {
        String text = name(r.text());
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !text.equals(text.toUpperCase(Locale.ROOT))
                && !MissionCountries.isMission(text) && !readings.isActorName(r.text())
                && !PlaceSpans.notAName(r.text()) && !PlaceSpans.onlyDirections(r.text());
    }

    /** The name without the kind words around it: "Kuttaphet" of "tambon Kuttaphet", "Ash Shurfah" of "Ash Shurfah area". */
    static String name(String text) {
        List<String> words = new java.util.ArrayList<>(List.of(SPACES.split(text.strip())));
        while (words.size() > 1 && PlaceWords.isKindWord(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (words.size() > 1 && PlaceWords.isKindWord(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    private static Pattern locativeBefore() {
        Set<String> words = new java.util.TreeSet<>();
        for (Tsv.Row r : Tsv.read("/lexicon/locative-prepositions.tsv", 1)) {
            words.add(Pattern.quote(r.get(0).toLowerCase(Locale.ROOT)));
        }
        // the preposition, then at most "the <one or two words> of" ("near the village of", "in the outskirts of")
        return Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", words) + ")\\s+(?:the\\s+(?:\\p{L}+\\s+){1,2}of\\s+)?$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
