package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceRef;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.MissionCountries;
import org.sitrep.resolve.place.PlaceSpans;

/**
 * The countries an article is about, read from the places and nationality words of its event sentences: each
 * place name votes for the country of its likeliest reading, a region or a name found in one country only more
 * strongly, a container written after a comma or in brackets ("Bor (Jonglei)", "Pervomaiske, Luhansk")
 * most strongly; a mission that works in one country only ({@code gazetteer/mission-countries.tsv}) strongly; each
 * capitalised country word or adjective ("Syrian", "Ukrainian") votes once.
 *
 * <p>Immutable and thread-safe.
 */
final class ArticleCountries {
    /** A town named in one country only votes for it as strongly as a region once it has this many people. */
    private static final long MIN_VOTING_POPULATION = 5_000;
    private static final int CONTAINER_VOTE = 5;
    private static final int STRONG_VOTE = 3;

    private final Gazetteer gazetteer;
    private final ActorDictionary actors;
    private final PlaceReadings names;
    private final ContainerReading containers;

    ArticleCountries(Gazetteer gazetteer, ActorDictionary actors, PlaceReadings names, ContainerReading containers) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.names = names;
        this.containers = containers;
    }

    /** The countries an article is about, most voted first (ISO2); a second only with two thirds of the first's votes. */
    Set<String> of(List<MentionDraft> drafts) {
        Map<String, Integer> votes = new HashMap<>();
        Set<Integer> seenSentences = new HashSet<>();
        for (MentionDraft d : drafts) {
            if (!seenSentences.add(d.sentence().index())) {
                continue;
            }
            // a place and its written container vote together for the country where they lie together
            Set<PlaceRef> paired = new HashSet<>();
            for (PlaceRef r : d.places()) {
                PlaceRef in = PlaceSpans.container(r, d.sentence().text(), d.sentence().begin(), d.places());
                ContainerReading.Coherent pair = in == null ? null : containers.coherent(r.text(), in.text(), Set.of());
                if (pair != null && pair.place().countryCode() != null && names.mayName(r, pair.place())) {
                    votes.merge(pair.place().countryCode(), CONTAINER_VOTE, Integer::sum);
                    paired.add(r);
                    paired.add(in);
                }
            }
            for (PlaceRef r : d.places()) {
                if (paired.contains(r)) {
                    continue;
                }
                List<Place> c = gazetteer.lookup(r.text());
                if (c.isEmpty() || !names.mayName(r, c.get(0))) {
                    continue;
                }
                Place top = c.get(0);
                // a region, or a name found in one country only; a hamlet of that name abroad proves little
                boolean strong = top.geoPrecision() == 3 || c.stream().map(Place::countryCode).distinct().count() == 1
                        && (top.geoPrecision() == 2 || gazetteer.population(top) >= MIN_VOTING_POPULATION);
                int at = r.start() - d.sentence().begin();
                String text = d.sentence().text();
                boolean bracketed = at > 0 && text.charAt(at - 1) == '(' || at > 1 && text.charAt(at - 2) == '(';
                boolean container = bracketed || PlaceSpans.isContainer(r, text, d.sentence().begin(), d.places());
                votes.merge(top.countryCode(), container ? CONTAINER_VOTE : strong ? STRONG_VOTE : 1, Integer::sum);
            }
            // a mission that works in one country only ("the monitoring mission in Ukraine") says where the article is
            for (String cc : MissionCountries.countriesNamedIn(d.sentence().text())) {
                votes.merge(cc, STRONG_VOTE, Integer::sum);
            }
            for (String w : d.sentence().text().split("[^\\p{L}]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    actors.countryOf(w).ifPresent(cc -> votes.merge(cc, 1, Integer::sum));
                }
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(votes.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        Set<String> out = new LinkedHashSet<>();
        int top = sorted.isEmpty() ? 0 : sorted.get(0).getValue();
        for (Map.Entry<String, Integer> e : sorted) {
            if (out.size() < 2 && e.getKey() != null && 3 * e.getValue() >= 2 * top) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
