package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Place;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceSpans;
import org.sitrep.resolve.place.PlaceWords;

/**
 * Reads a name that another transliteration scheme spells than the gazetteer's ("Tal Tamer" for Tall Tamr), for a
 * name with no exact candidate in the article's countries: a guess taken only where the article backs it.
 *
 * <p>Immutable and thread-safe.
 */
final class RomanisedReading {
    private final Gazetteer gazetteer;
    private final ActorDictionary actors;

    RomanisedReading(Gazetteer gazetteer, ActorDictionary actors) {
        this.gazetteer = gazetteer;
        this.actors = actors;
    }

    /**
     * The reading, as the article spells it, of a name with no exact candidate in the article's countries that another
     * transliteration scheme spells there ("Tal Tamer" for Tall Tamr), when it shares a province with another name of
     * the article (or lies in it), or lies in a region of a front the article reports from (a monitor's Ukrainian
     * spelling of a front village the gazetteer lists under its Russian form); else null: a village of a similar
     * spelling elsewhere in the country is a guess the article does not back. A quarter ("X neighbourhood") is not
     * guessed at.
     */
    Place read(String text, PlaceContext context) {
        if (PlaceSpans.partOfTown(text)) {
            return null; // "Shehpur area" of a city: a quarter, not a village spelled alike elsewhere in the province
        }
        List<Place> c = candidates(text, context.countries());
        if (c.isEmpty()) {
            return null;
        }
        Place p = context.rank(text, c).get(0);
        return context.provinceNamed(p, Gazetteer.fold(text)) || context.onFront(p) ? asWritten(p, text) : null;
    }

    /**
     * Candidates in the article's countries spelled by another romanisation, for a span with no exact one there; only
     * regions for a span ending in a region kind word ("district", "area"); none for a country's name or demonym.
     */
    List<Place> candidates(String text, Set<String> countries) {
        if (actors.countryOf(text).isPresent()) {
            return List.of(); // "Syrian", "Yemeni": a people or its country, never a village spelled alike
        }
        List<Place> c = gazetteer.lookupRomanised(text, countries);
        String[] words = text.strip().split("\\s+");
        if (c.isEmpty() && words.length > 1 && PlaceWords.isDirection(words[0])) {
            c = gazetteer.lookupRomanised(text.strip().substring(words[0].length()).strip(), countries);
        }
        if (PlaceWords.kind(words[words.length - 1]) == PlaceWords.Kind.REGION) {
            // "Puli Alam district", "Shehpur area": a region or quarter is meant, not a town spelled alike
            return c.stream().filter(p -> p.geoPrecision() > 1).toList();
        }
        return c;
    }

    /**
     * A reading found by another romanisation, named as the article spells it, kind words aside: a district too
     * ("Rajouri district" is Rajouri, not the gazetteer's Rājauri, which becomes an alias).
     */
    static Place asWritten(Place p, String text) {
        Place n = PlaceReadings.named(p, text);
        String spelled = UnlistedPlace.name(text);
        if (p.geoPrecision() != 2 || spelled.isEmpty() || !Character.isUpperCase(spelled.charAt(0))
                || spelled.equalsIgnoreCase(n.name())) {
            return n;
        }
        List<String> aliases = new ArrayList<>(n.aliases());
        if (!aliases.contains(n.name())) {
            aliases.add(0, n.name());
        }
        return new Place(spelled, n.country(), n.countryCode(), n.admin1(), n.admin1Code(), n.admin2(), n.lat(), n.lon(),
                n.geoPrecision(), aliases, n.geonameId(), text);
    }
}
