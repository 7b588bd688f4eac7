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
import org.sitrep.model.Sentence;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.MissionCountries;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceSpans;
import org.sitrep.resolve.place.SpanTokens;
import org.sitrep.resolve.place.PlaceWords;

/**
 * The countries an article is about, read from the places and nationality words of its event sentences: each
 * place name votes for the country of its likeliest reading, a region or a name found in one country only more
 * strongly, a container written after a comma or in brackets ("Bor (Jonglei)", "Pervomaiske, Luhansk")
 * most strongly; a mission that works in one country only ({@code gazetteer/mission-countries.tsv}) strongly; each
 * capitalised country word or adjective ("Syrian", "Ukrainian") and each named group of a known country ("the
 * Taliban", "Boko Haram fighters") votes once. A name whose likelier readings lie in several countries ("Hyderabad",
 * "Kwale") votes, as strongly as it would, for the one of them that the article's other evidence names most, else for
 * its likeliest reading's: Hyderabad beside Sukkur is the Pakistani city, Kwale beside armed herdsmen the Nigerian town.
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
    private final Namesakes slightNamesakes;

    ArticleCountries(Gazetteer gazetteer, ActorDictionary actors, PlaceReadings names, ContainerReading containers) {
        this.gazetteer = gazetteer;
        this.slightNamesakes = new Namesakes(gazetteer);
        this.actors = actors;
        this.names = names;
        this.containers = containers;
    }

    /** How many of a name's readings may take its vote to their country when the article's other evidence names it. */
    private static final int LIKELIER_READINGS = 3;

    /**
     * A name's vote, and the countries of its likelier readings (the likeliest first) it may go to, each with whether
     * its reading there is a {@linkplain #minorNamesake minor namesake} of the likeliest.
     */
    private record Undecided(int weight, List<String> countries, Set<String> minor) {
    }

    /** The countries an article is about, most voted first (ISO2); a second only with two thirds of the first's votes. */
    Set<String> of(List<MentionDraft> drafts) {
        Map<String, Integer> votes = new HashMap<>();
        List<Undecided> undecided = new ArrayList<>();
        // a place whose written container reads elsewhere only: likely a namesake, too weak to settle other names
        Map<String, Integer> namesakeVotes = new HashMap<>();
        Set<Integer> seenSentences = new HashSet<>();
        for (MentionDraft d : drafts) {
            if (!seenSentences.add(d.sentence().index())) {
                continue;
            }
            String text = d.sentence().text();
            int begin = d.sentence().begin();
            // a place and its written container vote together for the country where they lie together, or else
            // where both have readings ("Taguatinga, Distrito Federal": a namesake town in another state); a place
            // whose written container has readings in other countries only is a namesake of the one meant
            Map<PlaceRef, String> together = new HashMap<>();
            Map<PlaceRef, PlaceRef> containerOf = new HashMap<>();
            Set<PlaceRef> namesakes = new HashSet<>();
            for (PlaceRef r : d.places()) {
                PlaceRef in = PlaceSpans.container(r, d.sentence(), d.places());
                if (in != null && sameBaseName(r, in)) {
                    // "X, X district": a town and the unit named after it pair up in every country that has both, so
                    // the pair says no more of the country than the name alone; each votes as a name of its own
                    continue;
                }
                String cc = in == null ? null : countryOfPair(r, in);
                if (cc != null) {
                    together.put(r, cc);
                    containerOf.put(r, in);
                } else if (in != null && !gazetteer.lookup(in.text()).isEmpty()) {
                    namesakes.add(r);
                }
            }
            Set<PlaceRef> paired = new HashSet<>();
            for (Map.Entry<PlaceRef, String> e : together.entrySet()) {
                PlaceRef in = containerOf.get(e.getKey());
                if (!namesakes.contains(in)) {
                    votes.merge(e.getValue(), CONTAINER_VOTE, Integer::sum);
                    paired.add(e.getKey());
                    paired.add(in);
                }
            }
            for (PlaceRef r : d.places()) {
                if (paired.contains(r) || PlaceSpans.beforeCurrency(r, d.sentence())) {
                    continue; // "the US dollar" names money
                }
                if (PlaceSpans.landmark(r, d.sentence())) {
                    continue; // "the Reserve Bank", "the Lincoln roundabout": a landmark's name says little of the country
                }
                if (PlaceCues.writtenAsNeighbour(r, d.sentence())) {
                    continue; // "patrol boats from neighbouring X": the article is about X's neighbour
                }
                int at = r.start() - begin;
                boolean bracketed = at > 0 && text.charAt(at - 1) == '(' || at > 1 && text.charAt(at - 2) == '(';
                boolean container = bracketed || PlaceSpans.isContainer(r, d.sentence(), d.places());
                // "Merida state": the readings of the kind the name asks for (the Venezuelan state, not a Mexican district);
                // the outermost container's regions ("X (Y, Bari)": the Somali region, not the Italian city), not those
                // of one written between ("X, Y, Z state": Y may be a town of Z that a region abroad is named like)
                List<Place> found = gazetteer.lookup(r.text());
                // "in Springfield Illinois": a town written with its province and no comma votes as the pair would
                found = found.isEmpty() ? names.townBeforeItsProvince(r.text(), Set.of()) : found;
                List<Place> c = PlaceReadings.ofKind(r.text(), found);
                boolean outermost = container && PlaceSpans.container(r, d.sentence(), d.places()) == null;
                c = outermost ? ContainerReading.asContainer(c) : c;
                if (c.isEmpty() || !names.mayName(r, c.get(0))) {
                    continue;
                }
                Place top = c.get(0);
                c = Namesakes.withoutAlternatesAbroad(c, r.text());
                // a region, or a name found in one country only; a hamlet of that name abroad proves little
                boolean strong = top.geoPrecision() == 3 || c.stream().map(Place::countryCode).distinct().count() == 1
                        && (top.geoPrecision() == 2 || gazetteer.population(top) >= MIN_VOTING_POPULATION);
                int vote = namesakes.contains(r) ? 1 : container ? CONTAINER_VOTE : strong ? STRONG_VOTE : 1;
                List<String> readIn = c.stream().limit(LIKELIER_READINGS).map(Place::countryCode)
                        .filter(java.util.Objects::nonNull).distinct().toList();
                if (readIn.size() > 1 && readIn.get(0).equals(top.countryCode())) {
                    undecided.add(new Undecided(vote, readIn, slightNamesakes.minor(c.subList(0, Math.min(LIKELIER_READINGS, c.size())), r.text())));
                } else if (namesakes.contains(r)) {
                    namesakeVotes.merge(top.countryCode(), vote, Integer::sum); // decides no other name's country
                } else {
                    votes.merge(top.countryCode(), vote, Integer::sum);
                }
            }
            // "Houthi forces", "the Taliban": a named group votes for its country like a country's adjective
            // ("Israeli settlers" is a named group whose own words hold the adjective, which votes below: once, not twice)
            for (ActorMatch a : actors.find(text)) {
                if (!a.generic() && a.country() != null && !namesCountryWord(a.text())) {
                    votes.merge(a.country(), 1, Integer::sum);
                }
            }
            // a mission that works in one country only ("the monitoring mission in Ukraine") says where the article is
            for (String cc : MissionCountries.countriesNamedIn(d.sentence().text())) {
                votes.merge(cc, STRONG_VOTE, Integer::sum);
            }
            for (SpanTokens.Word w : SpanTokens.words(d.sentence())) {
                if (!Character.isUpperCase(w.text().charAt(0)) || PlaceSpans.beforeCurrency(d.sentence(), SpanTokens.endingAt(d.sentence(), w.end()))
                        || inLandmark(w.begin(), d.places(), d.sentence())) {
                    continue; // "the Bank Alfalah Pakistan branch": the bank's name, not where it stands
                }
                Place region = actors.countryOf(w.text()).isPresent() ? regionNamedBy(w, d.sentence()) : null;
                if (region != null) {
                    votes.merge(region.countryCode(), STRONG_VOTE, Integer::sum);
                } else {
                    actors.countryOf(w.text()).ifPresent(cc -> votes.merge(cc, 1, Integer::sum));
                }
            }
        }
        decide(undecided, votes);
        namesakeVotes.forEach((cc, n) -> votes.merge(cc, n, Integer::sum));
        return ranked(votes);
    }

    /**
     * Adds each ambiguous name's vote to the country of its readings that the article's other votes name most, else to
     * its likeliest reading's: evidence that names one country settles the names read in several.
     */
    private static void decide(List<Undecided> undecided, Map<String, Integer> votes) {
        Map<String, Integer> firm = new HashMap<>(votes);
        for (Undecided u : undecided) {
            String best = u.countries().get(0);
            for (String cc : u.countries()) {
                // a capital is not carried abroad to a hamlet of its name by one name of that country read weakly
                if (u.minor().contains(cc) && firm.getOrDefault(cc, 0) < STRONG_VOTE) {
                    continue;
                }
                if (firm.getOrDefault(cc, 0) > firm.getOrDefault(best, 0)) {
                    best = cc;
                }
            }
            votes.merge(best, u.weight(), Integer::sum);
        }
    }

    /** "X, X commune", "X (X district)": the two spans spell one name, whatever kind word either ends with. */
    private static boolean sameBaseName(PlaceRef a, PlaceRef b) {
        return Gazetteer.fold(withoutAnyKind(a.text())).equals(Gazetteer.fold(withoutAnyKind(b.text())));
    }

    private static String withoutAnyKind(String text) {
        String t = text.strip();
        int sp = t.lastIndexOf(' ');
        return sp > 0 && PlaceWords.kind(t.substring(sp + 1)) != null ? t.substring(0, sp).strip() : t;
    }

    /** Whether a group's words hold a capitalised country word or adjective, which votes on its own. */
    private boolean namesCountryWord(String words) {
        for (String w : words.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && actors.countryOf(w).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article offset lies inside a span of the sentence that names a landmark ({@link PlaceSpans#landmark}),
     * after its first word: "Bank Alfalah Pakistan" names a bank; "the Lebanese border parks" still says where.
     */
    private static boolean inLandmark(int at, List<PlaceRef> spans, Sentence s) {
        return spans.stream().anyMatch(r -> r.start() < at && at < r.end() && PlaceSpans.landmark(r, s));
    }

    /**
     * The country where a place and its written container lie together (a coherent pair of readings), or else the
     * likeliest country where the place has a reading and the container a region's ("Taguatinga, Distrito Federal";
     * not a town: "Sosnovskoye, Donetsk" with a Russian Sosnovskoye and a Russian town Donetsk is still Ukraine's
     * oblast); null when none.
     */
    private String countryOfPair(PlaceRef place, PlaceRef in) {
        ContainerReading.Coherent pair = containers.coherent(place.text(), in.text(), Set.of());
        if (pair != null) {
            return pair.place().countryCode() != null && names.mayName(place, pair.place())
                    ? pair.place().countryCode() : null;
        }
        List<Place> own = gazetteer.lookup(place.text());
        if (own.isEmpty() || !names.mayName(place, own.get(0))) {
            return null;
        }
        Set<String> countries = new HashSet<>();
        own.forEach(p -> countries.add(p.countryCode()));
        for (Place c : gazetteer.lookup(in.text())) {
            if (c.geoPrecision() >= 2 && c.countryCode() != null && countries.contains(c.countryCode())) {
                return c.countryCode();
            }
        }
        return null;
    }

    /**
     * The region a capitalised word names with the kind word after it ("the Somali region", "Kurdistan Region"), when
     * that region is not a country: then a country adjective in it ("Somali") is no vote for the country it names.
     */
    private Place regionNamedBy(SpanTokens.Word word, Sentence s) {
        String next = SpanTokens.nextWord(s, word);
        if (next == null || PlaceWords.kind(next) != PlaceWords.Kind.REGION) {
            return null;
        }
        List<Place> c = gazetteer.lookup(word.text() + " " + next);
        Place top = c.isEmpty() ? null : c.get(0);
        return top != null && top.geoPrecision() == 3 && !PlaceContext.isCountry(top) && top.countryCode() != null
                ? top : null;
    }

    private static Set<String> ranked(Map<String, Integer> votes) {
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
