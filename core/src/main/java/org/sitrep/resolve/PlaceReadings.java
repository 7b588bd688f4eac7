package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.NumberedName;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceSpans;
import org.sitrep.resolve.place.PlaceWords;

/**
 * Reads one place name: its gazetteer candidates (as written, without a direction word, in English, by consonant
 * skeleton) and its likeliest reading in an article's context; and whether a span may name a place at all (not an
 * armed group, an outlet, an organisation's acronym, a month or an office).
 *
 * <p>Immutable and thread-safe.
 */
final class PlaceReadings {
    /** Support that only a reading sharing a province with another name (or lying in it) reaches. */
    private static final int SHARED_PROVINCE = 4;
    /**
     * Population below which a town off a front, named in that front's report with nothing else for it, is taken for a
     * namesake of an unlisted village on the line; a city (where monitors also report) is meant as written.
     */
    private static final long FRONT_TOWN = 100_000;

    /**
     * Population from which a town abroad that a landmark is named after ("the Eldoret roundabout" with nothing else to
     * place the article) is taken for the town the landmark stands in: a town big enough to name streets and buildings
     * after, rather than a hamlet that shares a word with the landmark's name.
     */
    private static final long LANDMARK_TOWN = 20_000;

    private final Gazetteer gazetteer;
    private final ActorDictionary actors;
    private final RomanisedReading romanised;

    PlaceReadings(Gazetteer gazetteer, ActorDictionary actors) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.romanised = new RomanisedReading(gazetteer, actors);
    }

    /** The likeliest reading of a name in its article, spelled as the article spells it, or null. */
    Place resolve(String text, PlaceContext context) {
        if (isActorName(text) || PlaceSpans.notAName(text)) {
            return null;
        }
        Set<String> countries = context.countries();
        List<Place> c = candidates(text, countries);
        if (c.stream().noneMatch(p -> countries.contains(p.countryCode()))) {
            Place guess = romanised.read(text, context);
            if (guess != null) {
                return guess;
            }
        }
        boolean bySpelling = c.isEmpty();
        if (bySpelling) {
            c = spellingCandidates(text, countries);
        }
        if (c.isEmpty() || acronymOfNoPlace(text, c.get(0))) {
            return null;
        }
        // namesakes: the one that fits the article's other places and regions ("Chora district, Urozgan"), among the
        // readings of the kind the text asks for ("Merida state" is the state even where a Merida town fits better)
        List<Place> ranked = context.rank(text, ofKind(text, c));
        Place p = ranked.get(0);
        if (bySpelling && !spellingFits(p, text, context)) {
            return null; // a name spelled like an unrelated place elsewhere is a guess the article does not back
        }
        if (context.offFront(p) && context.support(p, Gazetteer.fold(text)) == 0
                && gazetteer.population(p) < FRONT_TOWN) {
            return null; // a front's report names a village on the line, unlisted, not a namesake in another province
        }
        if (PlaceSpans.onlyDirections(text) && !countries.contains(p.countryCode())) {
            return null; // "the South Zone" of a city, "the North": a region of that name abroad is not meant
        }
        if (p.geoPrecision() < 3 && context.support(p, Gazetteer.fold(text)) == 0
                && (!countries.isEmpty() && !countries.contains(p.countryCode()) || context.namesRegionAbroad(p))) {
            return null; // a village abroad that shares a word with the text is more likely noise
        }
        return named(p, text);
    }

    /**
     * The candidates of the kind a name's last word asks for ("X state", "X province": admin1 regions; "X city", "X
     * town": towns), when it has such a word and some candidate is of that kind; else all of them.
     */
    static List<Place> ofKind(String text, List<Place> candidates) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2) {
            return candidates;
        }
        String last = words[words.length - 1];
        List<Place> fit;
        if (PlaceWords.isProvinceWord(last)) {
            // "Merida state": the state, not a municipality of that name
            fit = candidates.stream().filter(p -> p.geoPrecision() == 3 && p.admin1() != null).toList();
        } else if (PlaceWords.kind(last) == PlaceWords.Kind.PLACE) {
            fit = candidates.stream().filter(p -> p.geoPrecision() == 1).toList(); // "Marib city": the city
        } else {
            return candidates; // "X district": the gazetteer's order already puts regions first; a town may be its seat
        }
        return fit.isEmpty() ? candidates : fit;
    }

    /**
     * Whether a landmark's name ({@link PlaceSpans#landmark}: "the Reserve Bank", "the Kimathi roundabout") read as this
     * place is only a namesake. A place of the article's countries, or one written with its kind word ("the Eldoret
     * municipality building"), is what the landmark is named after; the landmark noun alone ("the Stadium", "the Mall")
     * names no place; otherwise only a town of some size abroad is meant, not a hamlet or region sharing the name.
     */
    boolean landmarkNamesake(String text, Place p, Set<String> countries) {
        String[] words = text.strip().split("\\s+");
        if (countries.contains(p.countryCode()) || words.length > 1 && PlaceWords.isKindWord(words[words.length - 1])) {
            return false;
        }
        return words.length == 1 && PlaceSpans.isLandmarkNoun(words[0])
                || p.geoPrecision() != 1 || gazetteer.population(p) < LANDMARK_TOWN;
    }

    /** The population the gazetteer gives a place (a region's: the sum of its places), or 0 if unknown. */
    long population(Place p) {
        return gazetteer.population(p);
    }

    /**
     * A locality the gazetteer does not list, named after the place it lies beside: the article's words, at that place's
     * coordinates, with a geo_precision that says it is only near them (2, or 3 beside a region).
     */
    static Place beside(Place p, String text) {
        List<String> aliases = new ArrayList<>(p.aliases());
        aliases.add(0, p.name());
        return new Place(text.strip(), p.country(), p.countryCode(), p.admin1(), p.admin1Code(), p.admin2(), p.lat(), p.lon(),
                Math.max(2, p.geoPrecision()), aliases, null, text);
    }

    /** The reading as the article spells it: a town keeps the article's name, the gazetteer's becomes an alias. */
    static Place named(Place p, String text) {
        List<String> aliases = new ArrayList<>(p.aliases());
        if (aliases.stream().noneMatch(a -> a.equalsIgnoreCase(text))) {
            aliases.add(0, text);
        }
        // a town keeps the article's spelling as its name ("Douma", not GeoNames' "Dūmā"); the gazetteer's is an alias
        String name = p.name();
        String spelled = PlaceSpans.withoutKind(text);
        if (p.geoPrecision() == 1 && !spelled.isEmpty() && Character.isUpperCase(spelled.charAt(0))
                && !spelled.equalsIgnoreCase(name)) {
            if (!aliases.contains(name)) {
                aliases.add(1, name);
            }
            name = spelled;
        }
        return new Place(name, p.country(), p.countryCode(), p.admin1(), p.admin1Code(), p.admin2(), p.lat(), p.lon(),
                p.geoPrecision(), aliases, p.geonameId(), text);
    }

    /** Candidates spelled by another romanisation ({@link RomanisedReading#candidates}). */
    List<Place> romanisedCandidates(String text, Set<String> countries) {
        return romanised.candidates(text, countries);
    }

    /**
     * Whether a reading found only by its consonants fits the article: a district must share a province with
     * another name of the article (or lie in it); a region must be in one of the article's countries; a town never
     * (only beside its written container, {@link ContainerReading#coherent}).
     */
    private static boolean spellingFits(Place p, String text, PlaceContext context) {
        int support = context.support(p, Gazetteer.fold(text));
        if (p.geoPrecision() == 1) {
            return false; // a town spelled like the text: too many villages share consonants ("Shehpur", "Shahpur")
        }
        return p.geoPrecision() == 3 && p.admin1() != null ? context.countries().contains(p.countryCode()) || support >= 2
                : support >= SHARED_PROVINCE;
    }

    /**
     * Whether a span whose likeliest reading is {@code top} may name a place at all: not an armed group or outlet,
     * not an acronym of an organisation, not a country that only qualifies a noun, not a month or an office.
     */
    boolean mayName(PlaceRef r, Place top) {
        return !isActorName(r.text()) && !acronymOfNoPlace(r.text(), top) && !countryModifier(r, top)
                && !PlaceSpans.notAName(r.text()) && !PlaceSpans.onlyDirections(r.text());
    }

    /** "the US dollar", "Russian-made": a country that only qualifies a noun says nothing of where things happened. */
    static boolean countryModifier(PlaceRef r, Place top) {
        return r.modifier() && top.geoPrecision() == 3 && top.admin1() == null;
    }

    /** "UN", "WFP": short capitals name organisations, not villages (countries and regions excepted). */
    static boolean acronymOfNoPlace(String text, Place top) {
        return text.length() <= 4 && text.equals(text.toUpperCase()) && top.geoPrecision() < 3;
    }

    /**
     * Candidates for a span: as written, else without a direction word before it ("central Khartoum"), plus
     * those of its English spelling when it has foreign direction words ("Nord-Ouest" is also North-West).
     */
    List<Place> candidates(String text, Set<String> countries) {
        List<Place> c = new ArrayList<>(lookupInOrder(text, countries));
        if (c.isEmpty()) {
            String[] words = text.split("\\s+", 2);
            if (words.length == 2 && PlaceWords.isDirection(words[0])) {
                c.addAll(lookupInOrder(words[1], countries));
            }
        }
        String english = PlaceSpans.inEnglish(text);
        if (english != null) {
            c.addAll(lookupInOrder(english, countries));
        }
        if (c.isEmpty()) {
            c.addAll(townBeforeItsProvince(text, countries));
        }
        String unlinked = c.isEmpty() ? NameLinks.unlinked(text) : null;
        if (unlinked != null) { // "San Andres de X": the town listed as "San Andres X", under that very name
            lookupInOrder(unlinked, countries).stream().filter(p -> NameLinks.listedAs(p, unlinked))
                    .forEach(p -> c.add(named(p, unlinked).withText(text)));
        }
        String base = c.isEmpty() ? NumberedName.base(text) : null;
        if (base != null) {
            // "Novo-3": beside Novo, the mine settlement or block numbered 3, which the gazetteer does not list
            lookupInOrder(base, countries).forEach(p -> c.add(beside(p, text)));
        }
        return c;
    }

    /**
     * The readings of a town written with its province and no comma between ("in Springfield Illinois"), for a span
     * the gazetteer does not list whole: the first words' readings that lie in a province the last words name, spelled
     * as the town is. Empty when no such split reads.
     */
    List<Place> townBeforeItsProvince(String text, Set<String> countries) {
        String[] words = text.strip().split("\\s+");
        for (int k = 1; k < words.length; k++) {
            String province = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
            List<Place> regions = lookupInOrder(province, countries).stream()
                    .filter(p -> p.geoPrecision() == 3 && p.admin1() != null && !PlaceContext.isCountry(p)).toList();
            if (regions.isEmpty()) {
                continue;
            }
            String town = String.join(" ", java.util.Arrays.asList(words).subList(0, k));
            List<Place> held = lookupInOrder(town, countries).stream().filter(p -> p.geoPrecision() < 3
                    && regions.stream().anyMatch(r -> PlaceContext.relation(p, r) >= 3)).map(p -> named(p, town)).toList();
            if (!held.isEmpty()) {
                return held;
            }
        }
        return List.of();
    }

    /** Candidates spelled with the same consonants, for a span that has no exact candidate ("Baramulla"). */
    List<Place> spellingCandidates(String text, Set<String> countries) {
        List<Place> c = gazetteer.lookupSpelling(text, countries);
        if (c.isEmpty()) {
            String[] words = text.split("\\s+", 2);
            if (words.length == 2 && PlaceWords.isDirection(words[0])) {
                c = gazetteer.lookupSpelling(words[1], countries);
            }
        }
        return c;
    }

    /** Candidates, preferring the article's first country, then its second, then anywhere. */
    private List<Place> lookupInOrder(String text, Set<String> countries) {
        for (String cc : countries) {
            List<Place> c = gazetteer.lookup(text, Set.of(cc));
            if (!c.isEmpty() && cc.equals(c.get(0).countryCode())) {
                return c;
            }
        }
        return gazetteer.lookup(text, countries);
    }

    /** Whether the span lies inside a longer actor phrase of its sentence ("US military forces"). */
    boolean insideActor(PlaceRef r, MentionDraft d) {
        int from = r.start() - d.sentence().begin();
        int to = r.end() - d.sentence().begin();
        return actors.find(d.sentence().text()).stream()
                .anyMatch(m -> m.start() <= from && m.end() >= to && m.end() - m.start() > to - from);
    }

    /** A span that names an armed group, an outlet or a person-like actor is not a place. */
    boolean isActorName(String text) {
        var matches = actors.find(text);
        return !matches.isEmpty() && matches.get(0).end() - matches.get(0).start() >= text.length() - 2
                && !matches.get(0).generic() && actors.countryOf(text).isEmpty();
    }
}
