package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.actor.Fronts;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceSpans;

/**
 * Chooses an event's location, origin and destination among the place spans of its sentence.
 *
 * <p>Ambiguous names are settled by the article's countries: those of the places and demonyms the
 * article names unambiguously. Among a sentence's places, the most specific one near the trigger wins
 * ("the village of Kafr Nabl in Syria's Idlib province" is Kafr Nabl). Names that only modify a noun ("the
 * Damascus suburb") and names of armed groups or outlets are passed over.
 */
final class PlaceResolver {
    private final PlaceReadings readings;
    private final ContainedPlaces placesWithContainers;
    private final UnlistedPlace unlisted;
    private final PlaceSectors sectors;
    private final ArticleCountries articleCountries;
    private final RegionSpelling spelling;
    private final Fronts fronts = Fronts.load();

    PlaceResolver(Gazetteer gazetteer, ActorDictionary actors) {
        this.readings = new PlaceReadings(gazetteer, actors);
        ContainerReading containers = new ContainerReading(readings);
        this.unlisted = new UnlistedPlace(gazetteer, readings);
        this.sectors = new PlaceSectors(gazetteer);
        this.placesWithContainers = new ContainedPlaces(readings, containers, unlisted);
        this.articleCountries = new ArticleCountries(gazetteer, actors, readings, containers);
        this.spelling = new RegionSpelling(readings);
    }

    /** What is read of a whole article: the context that ranks namesakes, and its admin1 regions as it spells them. */
    record Article(PlaceContext context, RegionSpelling.Reported regions) {
    }

    /**
     * The article's {@link #context} and the regions it names ({@link RegionSpelling}), for an article of that day (its
     * publication date, or null): the standing fronts it reports from rank the villages of their regions first.
     */
    Article article(List<MentionDraft> drafts, List<Sentence> sentences) {
        return article(drafts, sentences, null);
    }

    /** As {@link #article(List, List)}, with the fronts an article of that day reports from. */
    Article article(List<MentionDraft> drafts, List<Sentence> sentences, java.time.LocalDate when) {
        ArticleSpans spans = ArticleSpans.of(drafts, sentences);
        PlaceContext context = contextOf(drafts, spans, frontsOf(sentences, when));
        return new Article(context, spelling.read(spans.written(), context.countries()));
    }

    /** Places chosen for one mention. */
    record Chosen(Place location, Place origin, Place destination) {
    }

    /**
     * The article's countries and the candidates of every place name it uses (in any sentence, with an event
     * or not), to rank namesakes by; and its main place, the first town or district it names as a scene.
     */
    PlaceContext context(List<MentionDraft> drafts, List<Sentence> sentences) {
        return contextOf(drafts, ArticleSpans.of(drafts, sentences), List.of());
    }

    /** The standing fronts an article of that day reports from: told in its words, in their period. */
    private List<Fronts.Front> frontsOf(List<Sentence> sentences, java.time.LocalDate when) {
        StringBuilder text = new StringBuilder();
        sentences.forEach(s -> text.append(s.text()).append(' '));
        return fronts.toldIn(text.toString(), when);
    }

    private PlaceContext contextOf(List<MentionDraft> drafts, ArticleSpans spans, List<Fronts.Front> reported) {
        Set<PlaceRef> landmarks = spans.landmarks();
        // a front's report is about the front's country, whatever namesakes abroad its unlisted villages have
        Set<String> countries = new java.util.LinkedHashSet<>();
        reported.forEach(f -> countries.add(f.country()));
        countries.addAll(countriesOf(drafts));
        Map<String, List<Place>> candidates = new java.util.LinkedHashMap<>();
        for (PlaceRef r : spans.spans()) {
            String key = Gazetteer.fold(PlaceSpans.withoutKind(r.text()));   // "the Damascus suburb" is one name with "Damascus"
            if (key.isEmpty() || candidates.containsKey(key) || readings.isActorName(r.text())) {
                continue;
            }
            List<Place> c = candidates(r.text(), countries);
            if (!c.isEmpty() && !PlaceReadings.acronymOfNoPlace(r.text(), c.get(0))
                    && !PlaceReadings.countryModifier(r, c.get(0))
                    && !PlaceSpans.notAName(r.text()) && !onlyTownsAbroad(c, countries)
                    // "the North Zone" of a city names no region abroad, and must not veto the city as a village abroad
                    && !(PlaceSpans.onlyDirections(r.text()) && !countries.contains(c.get(0).countryCode()))
                    && !landmarks.contains(r)) { // "the Lincoln roundabout" lends no support to the Lincoln's country
                candidates.put(key, List.copyOf(c.subList(0, Math.min(PlaceContext.SUPPORTERS, c.size()))));
            }
        }
        PlaceContext context = statedIn(drafts, new PlaceContext(countries, candidates, null).withFronts(reported));
        Place main = null;
        for (PlaceRef r : spans.spans()) {
            boolean scene = !r.modifier() && !PlaceSpans.partOfTown(r.text()) && !landmarks.contains(r);
            Place p = scene ? resolve(r.text(), context) : null;
            Place stated = scene ? context.statedAs(r.text()) : null;
            p = stated != null ? stated : p;
            if (p != null && (main == null || main.geoPrecision() == 3 && p.geoPrecision() < 3)) {
                main = p;
                if (p.geoPrecision() < 3) {
                    break;
                }
            }
        }
        return context.withMain(main);
    }

    /**
     * Whether every likely reading of a name is a town outside the article's countries: most likely a village the
     * gazetteer does not list, whose namesakes abroad must not vote for their own country's reading of the article's
     * other names ("Sosnovskoye, Donetsk" in a Ukrainian article is no reason to read Donetsk as the Russian town).
     */
    private static boolean onlyTownsAbroad(List<Place> candidates, Set<String> countries) {
        if (countries.isEmpty()) {
            return false;
        }
        return candidates.stream().limit(PlaceContext.SUPPORTERS)
                .allMatch(p -> p.geoPrecision() < 3 && !countries.contains(p.countryCode()));
    }

    /**
     * The context with the places its drafts write with their container ("near Kamyanka, Donetsk"), by name: the
     * article's first such reading of a name, so that the name written alone later ("the monitors heard explosions near
     * Kamyanka") is the same place and not a namesake in another province.
     */
    private PlaceContext statedIn(List<MentionDraft> drafts, PlaceContext context) {
        Map<String, Place> stated = new java.util.HashMap<>();
        for (MentionDraft d : drafts) {
            ContainedPlaces.Reading reading = placesWithContainers.read(d, context);
            for (PlaceRef r : reading.contained()) {
                Place p = reading.read().get(r);
                if (p != null && !r.modifier()) {
                    stated.putIfAbsent(Gazetteer.fold(PlaceSpans.withoutKind(r.text())), p);
                }
            }
        }
        return context.withStated(stated);
    }

    /** The countries an article is about, most voted first (ISO2). */
    Set<String> countriesOf(List<MentionDraft> drafts) {
        return articleCountries.of(drafts);
    }

    Chosen choose(MentionDraft d, boolean movement, PlaceContext context, Place articleFocus) {
        boolean returning = d.frame() == org.sitrep.model.Frame.RETURN;
        List<Place> located = new ArrayList<>();
        List<PlaceRef> locatedRefs = new ArrayList<>();
        List<Place> modifiers = new ArrayList<>();
        List<PlaceRef> modifierRefs = new ArrayList<>();
        Place origin = null;
        Place destination = null;
        String sentence = d.sentence().text();
        ContainedPlaces.Reading reading = placesWithContainers.read(d, context);
        Map<PlaceRef, Place> read = reading.read();
        Set<PlaceRef> hierarchy = SceneOrder.withWholesOfParts(reading.hierarchy(), d.places(), d.sentence(), read);
        List<Place> stated = reading.stated();
        Set<Place> nearTown = reading.nearTown();
        List<PlaceRef> inTextOrder = new ArrayList<>(d.places());
        inTextOrder.sort(Comparator.comparingInt(PlaceRef::start));
        Place coded = null;
        List<Place> references = new ArrayList<>();
        Map<PlaceRef, PlaceLists.Written> lists = PlaceLists.of(d.places(), d.sentence());
        for (PlaceRef r : d.places()) {
            if (hierarchy.contains(r)) {
                continue; // "Pervomaiske, Luhansk": Luhansk is where Pervomaiske lies, already carried by it
            }
            if (coded == null && PlaceCues.codedTo(r, d.sentence())) {
                coded = codedPlace(r, read.get(r), context);
                if (coded != null) {
                    continue; // "outside parliament [coded to X]": the note's own coding names the event place
                }
            }
            Place p = read.get(r);
            if (p == null || PlaceContext.isCountry(p) && readings.insideActor(r, d)
                    || PlaceSpans.beforeCurrency(r, d.sentence())) { // "the US dollar" is money
                continue; // "US military forces", "Saudi-led coalition": the country acts, it is not the scene
            }
            Place sector = sectors.sectorOf(r, d.sentence(), p);
            if (sector != null) {
                p = sector; // "in the West Zone of X": the zone, tens of km from X's point
            }
            PlaceRef whole = PlaceCues.wholeAfter(r, d.sentence(), d.places());
            if (whole != null && SceneOrder.namesakeOfPart(p, read.get(whole))) {
                continue; // "Shahpur area of Nagpur city" read as a Shahpur far from Nagpur: Nagpur is where it is
            }
            boolean landmark = PlaceSpans.landmark(r, d.sentence());
            if (landmark && readings.landmarkNamesake(r.text(), p, context.countries())) {
                continue; // "outside the Reserve Bank in X": a village abroad named like the bank is not meant
            }
            PlaceRef.Role role = PlaceLists.role(r, lists.get(r), movement);
            if (role == PlaceRef.Role.ORIGIN && origin == null) {
                origin = p;
            } else if (role == PlaceRef.Role.DESTINATION && destination == null) {
                destination = p;
            } else if (r.modifier() && PlaceCues.jurisdiction(r, d.sentence())) {
                located.add(p); // "X village under Y police station (D, S)": the unlisted X lies in Y's area
                locatedRefs.add(r);
            } else if (PlaceCues.referencePoint(r, d.sentence())) {
                references.add(p); // "Y district west of X": Y is the scene, X only where it is measured from
            } else if (r.modifier() || PlaceSpans.partOfTown(r.text()) || landmark
                    || lists.get(r) != null && lists.get(r).partsOfTown()) { // "the X, Y and Z areas" of a town
                if (!PlaceReadings.countryModifier(r, p)) {
                    modifiers.add(p); // "the Damascus suburb", "Sao Bento neighbourhood", "the Kabul University": only if nothing else is named
                    modifierRefs.add(r);
                }
            } else if (SceneOrder.namesakeOfQuarter(r, reading, lists)) {
                continue; // "in Tampico, Tamaulipas, ... in Colonia X": a village of that name far from Tampico is not meant
            } else if (role == r.role() || role == PlaceRef.Role.LOCATION) { // not a name listed after an origin
                located.add(p);
                locatedRefs.add(r);
            }
        }
        located = PlaceLists.firstWrittenFirst(locatedRefs, located, lists);
        modifiers = PlaceLists.firstWrittenFirst(modifierRefs, modifiers, lists);
        located.removeIf(p -> ContainedPlaces.contradicts(p, stated));
        located = new ArrayList<>(SceneOrder.withoutNamesakesAbroad(located, context.countries()));
        if (SceneOrder.onlyNamesakesAbroad(located, context.countries(), context.main())) {
            located.clear(); // "a shooting blamed on the X Boys gang" after "in Z, State": X read as a village abroad
        }
        located.removeIf(p -> SceneOrder.namesakeAcrossBorder(p, references));
        Place reference = SceneOrder.mostSpecific(references, nearTown);
        if (reference != null && located.stream().allMatch(p -> p.geoPrecision() == 3)) {
            located.add(0, reference); // "south of X (Y, Z province)": near X is all the sentence says of the scene
        }
        Place location;
        if (coded != null) {
            location = coded;
        } else if (movement && returning && (destination != null || !located.isEmpty())) {
            // "migrants returned from X in Y", "in Y, refugees returned to X", "returned from X to Y": the scene the
            // sentence names, else where they came back to
            location = located.isEmpty() ? destination : SceneOrder.mostSpecific(located, nearTown);
        } else if (movement) {
            Place from = origin != null ? origin : SceneOrder.mostSpecific(located, nearTown);
            if (origin == null && from != null && (destination == null || !from.name().equals(destination.name()))) {
                origin = from;
            }
            location = from != null ? from : SceneOrder.mostSpecific(modifiers, nearTown);
            if (location == null && returning) {
                location = destination; // "returned to Kherson"
            }
        } else {
            location = SceneOrder.mostSpecific(located, nearTown);
            if (location == null || origin != null && PlaceContext.isCountry(location)
                    && java.util.Objects.equals(origin.countryCode(), location.countryCode())) {
                // "protesters from X gathered in the square": X, rather than the country a phrase names
                location = origin != null ? origin : SceneOrder.mostSpecific(modifiers, nearTown);
            }
            if (location == null) {
                location = destination; // "attacks on Damascus" read as a destination
            }
            origin = null;
            if (d.type() == null || !"Agreement".equals(d.type().subEventType())) {
                destination = null; // an agreement to leave for Idlib keeps where the fighters are to go
            }
        }
        if (location == null) {
            location = articleFocus;
        }
        if (location == null) {
            location = context.main(); // a sentence without a place of its own happened where the article is
        }
        if (location == null) {
            // "explosions near X" with X unlisted and nothing else named: X, somewhere in the article's country
            List<PlaceRef> unread = inTextOrder.stream().filter(r -> !read.containsKey(r) && !hierarchy.contains(r)).toList();
            location = unlisted.inArticleCountry(unread, sentence, d.sentence().begin(), context);
        }
        return new Chosen(location, origin, destination);
    }

    /** The place a coding note names ("[coded to Athens-Central Athens]": a city, written with its quarter). */
    private Place codedPlace(PlaceRef r, Place read, PlaceContext context) {
        if (read != null) {
            return read;
        }
        String city = PlaceCues.beforeHyphen(r.text());
        return city == null ? null : readings.resolve(city, context);
    }


    /** The likeliest reading of one name in its article ({@link PlaceReadings#resolve}). */
    Place resolve(String text, PlaceContext context) {
        return readings.resolve(text, context);
    }

    /** A name's gazetteer candidates, the article's countries first ({@link PlaceReadings#candidates}). */
    List<Place> candidates(String text, Set<String> countries) {
        return readings.candidates(text, countries);
    }
}
