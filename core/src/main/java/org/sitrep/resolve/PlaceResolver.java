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
    private final ArticlePlaces articlePlaces;

    PlaceResolver(Gazetteer gazetteer, ActorDictionary actors) {
        this.readings = new PlaceReadings(gazetteer, actors);
        ContainerReading containers = new ContainerReading(readings);
        this.unlisted = new UnlistedPlace(gazetteer, readings);
        this.sectors = new PlaceSectors(gazetteer);
        this.placesWithContainers = new ContainedPlaces(readings, containers, unlisted);
        this.articlePlaces = new ArticlePlaces(readings, placesWithContainers,
                new ArticleCountries(gazetteer, actors, readings, containers), new RegionSpelling(readings), Fronts.load());
    }

    /** What is read of a whole article: the context that ranks namesakes, and its admin1 regions as it spells them. */
    record Article(PlaceContext context, RegionSpelling.Reported regions) {
    }

    /** The article's context and regions ({@link ArticlePlaces#article(List, List, java.time.LocalDate)}). */
    Article article(List<MentionDraft> drafts, List<Sentence> sentences) {
        return articlePlaces.article(drafts, sentences, null);
    }

    /** As {@link #article(List, List)}, with the fronts an article of that day reports from. */
    Article article(List<MentionDraft> drafts, List<Sentence> sentences, java.time.LocalDate when) {
        return articlePlaces.article(drafts, sentences, when);
    }

    /** Places chosen for one mention. */
    record Chosen(Place location, Place origin, Place destination) {
    }

    /** The article's countries, candidates and main place ({@link ArticlePlaces#context}). */
    PlaceContext context(List<MentionDraft> drafts, List<Sentence> sentences) {
        return articlePlaces.context(drafts, sentences);
    }

    /** The countries an article is about, most voted first (ISO2). */
    Set<String> countriesOf(List<MentionDraft> drafts) {
        return articlePlaces.countriesOf(drafts);
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
        located.removeIf(p -> SceneOrder.contradicts(p, stated));
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
