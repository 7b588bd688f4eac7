// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.actor.Fronts;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceSpans;

/**
 * Reads what a whole article says of places, before any mention's places are chosen: its countries, the candidates of
 * every place name it uses, the places it states with their containers, its main place, and its regions as it spells
 * them. {@link PlaceResolver} then chooses each mention's places in that context.
 */
final class ArticlePlaces {
    private final PlaceReadings readings;
    private final ContainedPlaces placesWithContainers;
    private final ArticleCountries articleCountries;
    private final RegionSpelling spelling;
    private final Fronts fronts;

    ArticlePlaces(PlaceReadings readings, ContainedPlaces placesWithContainers, ArticleCountries articleCountries,
            RegionSpelling spelling, Fronts fronts) {
        this.readings = readings;
        this.placesWithContainers = placesWithContainers;
        this.articleCountries = articleCountries;
        this.spelling = spelling;
        this.fronts = fronts;
    }

    /**
     * The article's {@link #context} and the regions it names ({@link RegionSpelling}), for an article of that day (its
     * publication date, or null): the standing fronts it reports from rank the villages of their regions first.
     */
    PlaceResolver.Article article(List<MentionDraft> drafts, List<Sentence> sentences, java.time.LocalDate when) {
        ArticleSpans spans = ArticleSpans.of(drafts, sentences);
        PlaceContext context = contextOf(drafts, spans, frontsOf(sentences, when));
        return new PlaceResolver.Article(context, spelling.read(spans.written(), context.countries()));
    }

    /**
     * The article's countries and the candidates of every place name it uses (in any sentence, with an event
     * or not), to rank namesakes by; and its main place, the first town or district it names as a scene.
     */
    PlaceContext context(List<MentionDraft> drafts, List<Sentence> sentences) {
        return contextOf(drafts, ArticleSpans.of(drafts, sentences), List.of());
    }

    /** The countries an article is about, most voted first (ISO2). */
    Set<String> countriesOf(List<MentionDraft> drafts) {
        return articleCountries.of(drafts);
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
            List<Place> c = readings.candidates(r.text(), countries);
            if (!c.isEmpty() && !PlaceReadings.acronymOfNoPlace(r.text(), c.get(0))
                    && !PlaceReadings.countryModifier(r, c.get(0))
                    && !PlaceSpans.notAName(r.text()) && !onlyTownsAbroad(c, countries)
                    // "the North Zone" of a city names no region abroad, and must not veto the city as a village abroad
                    && !(PlaceSpans.onlyDirections(r.text()) && !countries.contains(c.get(0).countryCode()))
                    && !landmarks.contains(r)) { // "the Lincoln roundabout" lends no support to the Lincoln's country
                candidates.put(key, List.copyOf(c.subList(0, Math.min(PlaceContext.SUPPORTERS, c.size()))));
            }
        }
        PlaceContext context = statedIn(drafts, spans, new PlaceContext(countries, candidates, null).withFronts(reported));
        Place main = null;
        for (PlaceRef r : spans.spans()) {
            boolean scene = !r.modifier() && !PlaceSpans.partOfTown(r.text()) && !landmarks.contains(r);
            Place p = scene ? readings.resolve(r.text(), context) : null;
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
     * The context with the places its sentences write with their container ("near Kamyanka, Donetsk"), by name: the
     * article's first such reading of a name, so that the name written alone later ("the monitors heard explosions near
     * Kamyanka") is the same place and not a namesake in another province. The drafts' sentences are read first, then
     * the others, for the names the gazetteer lists somewhere: a sentence that tells no event ("between the villages of
     * X (D, P) and Y") still says that X is no namesake abroad. A name listed nowhere stays unread there, as before.
     */
    private PlaceContext statedIn(List<MentionDraft> drafts, ArticleSpans spans, PlaceContext context) {
        Map<String, Place> stated = new java.util.HashMap<>();
        for (MentionDraft d : drafts) {
            addStated(placesWithContainers.read(d, context), stated, null);
        }
        for (ArticleSpans.InSentence s : spans.sentences()) {
            addStated(placesWithContainers.read(s.spans(), s.sentence(), context), stated, context.candidates().keySet());
        }
        return context.withStated(stated);
    }

    /** Adds a reading's places written with their container; only those of {@code listed} names, unless null. */
    private static void addStated(ContainedPlaces.Reading reading, Map<String, Place> stated, Set<String> listed) {
        for (PlaceRef r : reading.contained()) {
            Place p = reading.read().get(r);
            String key = Gazetteer.fold(PlaceSpans.withoutKind(r.text()));
            if (p != null && !r.modifier() && (listed == null || listed.contains(key))) {
                stated.putIfAbsent(key, p);
            }
        }
    }
}
