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
     * The first unlisted name of a sentence written as a scene ("near X", "in the village of X"), in the article's
     * first country (geo_precision 3, at the country's coordinates); null without such a name or country.
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
            Place country = gazetteer.country(context.countries().iterator().next()).orElse(null);
            return country == null ? null : inContainer(r, country);
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
        List<String> words = new java.util.ArrayList<>(List.of(text.strip().split("\\s+")));
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
