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
import org.sitrep.extract.PlaceSpotter;
import org.sitrep.resolve.actor.ActorDictionary;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.resolve.place.PlaceContext;
import org.sitrep.resolve.place.PlaceSpans;
import org.sitrep.resolve.place.PlaceWords;

/**
 * Chooses an event's location, origin and destination among the place spans of its sentence.
 *
 * <p>Ambiguous names are settled by the article's countries: those of the places and demonyms the
 * article names unambiguously. Among a sentence's places, the most specific one near the trigger wins
 * ("the town of Harasta in Syria's eastern Ghouta" is Harasta). Names that only modify a noun ("the
 * Damascus suburb") and names of armed groups or outlets are passed over.
 */
final class PlaceResolver {
    private final PlaceSpotter spotter = new PlaceSpotter();
    private final Gazetteer gazetteer;
    private final ActorDictionary actors;
    private final ArticleCountries articleCountries;

    PlaceResolver(Gazetteer gazetteer, ActorDictionary actors) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.articleCountries = new ArticleCountries(gazetteer, actors, this);
    }

    /** Places chosen for one mention. */
    record Chosen(Place location, Place origin, Place destination) {
    }

    /**
     * The article's countries and the candidates of every place name it uses (in any sentence, with an event
     * or not), to rank namesakes by; and its main place, the first town or district it names as a scene.
     */
    PlaceContext context(List<MentionDraft> drafts, List<Sentence> sentences) {
        Set<String> countries = countriesOf(drafts);
        Map<String, List<Place>> candidates = new java.util.LinkedHashMap<>();
        List<PlaceRef> spans = new ArrayList<>();
        for (Sentence s : sentences) {
            spans.addAll(spotter.spot(s, Set.of()));
        }
        for (MentionDraft d : drafts) {
            spans.addAll(d.places());
        }
        for (PlaceRef r : spans) {
            String key = Gazetteer.fold(PlaceSpans.withoutKind(r.text()));   // "the Damascus suburb" is one name with "Damascus"
            if (key.isEmpty() || candidates.containsKey(key) || isActorName(r.text())) {
                continue;
            }
            List<Place> c = candidates(r.text(), countries);
            if (!c.isEmpty() && !acronymOfNoPlace(r.text(), c.get(0)) && !countryModifier(r, c.get(0))
                    && !PlaceSpans.notAName(r.text())) {
                candidates.put(key, List.copyOf(c.subList(0, Math.min(PlaceContext.SUPPORTERS, c.size()))));
            }
        }
        PlaceContext context = new PlaceContext(countries, candidates, null);
        Place main = null;
        for (PlaceRef r : spans) {
            Place p = r.modifier() || PlaceSpans.partOfTown(r.text()) ? null : resolve(r.text(), context);
            if (p != null && (main == null || main.geoPrecision() == 3 && p.geoPrecision() < 3)) {
                main = p;
                if (p.geoPrecision() < 3) {
                    break;
                }
            }
        }
        return context.withMain(main);
    }

    /** The countries an article is about, most voted first (ISO2). */
    Set<String> countriesOf(List<MentionDraft> drafts) {
        return articleCountries.of(drafts);
    }

    /**
     * Whether a span whose likeliest reading is {@code top} may name a place at all: not an armed group or outlet,
     * not an acronym of an organisation, not a country that only qualifies a noun, not a month or an office.
     */
    boolean mayName(PlaceRef r, Place top) {
        return !isActorName(r.text()) && !acronymOfNoPlace(r.text(), top) && !countryModifier(r, top)
                && !PlaceSpans.notAName(r.text()) && !PlaceSpans.onlyDirections(r.text());
    }

    Chosen choose(MentionDraft d, boolean movement, PlaceContext context, Place articleFocus) {
        boolean returning = d.frame() == org.sitrep.model.Frame.RETURN;
        List<Place> located = new ArrayList<>();
        List<Place> modifiers = new ArrayList<>();
        Place origin = null;
        Place destination = null;
        String sentence = d.sentence().text();
        // first each place read with the container written after it, whatever the order of the spans
        java.util.Set<PlaceRef> hierarchy = new java.util.HashSet<>();
        Map<PlaceRef, Place> read = new java.util.HashMap<>();
        List<Place> stated = new ArrayList<>();   // places read with their written container
        List<PlaceRef> inTextOrder = new ArrayList<>(d.places());
        inTextOrder.sort(Comparator.comparingInt(PlaceRef::start));
        for (PlaceRef r : inTextOrder) {
            Place p = resolve(r.text(), context);
            PlaceRef in = hierarchy.contains(r) ? null : PlaceSpans.container(r, sentence, d.sentence().begin(), d.places());
            PlaceRef outer = in == null ? null : PlaceSpans.container(in, sentence, d.sentence().begin(), d.places());
            if (in != null && (p == null || p.geoPrecision() < 3)) {
                hierarchy.add(in);
                // "Rafah (Rafah, North Sinai)": the town is its district's seat; the province after it says where,
                // unless it holds no reading ("Nawabshah (Nawabshah, Punjab)" with the province miswritten)
                Place held = outer != null && sameName(r, in) ? heldIn(p, r.text(), outer.text(), context) : null;
                if (held != null) {
                    hierarchy.add(outer);
                } else {
                    held = heldIn(p, r.text(), in.text(), context);
                }
                if (held != null) {
                    p = held;
                    if (p.admin1() != null) {
                        stated.add(p);
                    }
                } else if (p != null) {
                    PlaceRef into = outer != null && sameName(r, in) ? outer : in;
                    hierarchy.add(into);
                    p = Hierarchy.within(p, r.text(), resolve(into.text(), context), context.candidates()
                            .getOrDefault(Gazetteer.fold(PlaceSpans.withoutKind(into.text())), List.of()));
                } else {
                    hierarchy.remove(in);
                }
            }
            if (p != null) {
                read.put(r, p);
            }
        }
        for (PlaceRef r : d.places()) {
            if (hierarchy.contains(r)) {
                continue; // "Pervomaiske, Luhansk": Luhansk is where Pervomaiske lies, already carried by it
            }
            Place p = read.get(r);
            if (p == null || PlaceContext.isCountry(p) && insideActor(r, d)) {
                continue; // "US military forces", "Saudi-led coalition": the country acts, it is not the scene
            }
            if (r.role() == PlaceRef.Role.ORIGIN && origin == null) {
                origin = p;
            } else if (r.role() == PlaceRef.Role.DESTINATION && destination == null) {
                destination = p;
            } else if (r.modifier() || PlaceSpans.partOfTown(r.text())) {
                if (!countryModifier(r, p)) {
                    modifiers.add(p); // "the Damascus suburb", "Sao Bento neighbourhood": only if nothing else is named
                }
            } else {
                located.add(p);
            }
        }
        located.removeIf(p -> contradicts(p, stated));
        Place location;
        if (movement) {
            Place from = origin != null ? origin : mostSpecific(located);
            if (origin == null && from != null && (destination == null || !from.name().equals(destination.name()))) {
                origin = from;
            }
            location = from != null ? from : mostSpecific(modifiers);
            if (location == null && returning) {
                location = destination; // "returned to Kherson"
            }
        } else {
            location = mostSpecific(located);
            if (location == null) {
                location = origin != null ? origin : mostSpecific(modifiers);
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
        return new Chosen(location, origin, destination);
    }

    /**
     * The place as it lies in the container written after it ("Joinville, Santa Catarina", "Banfora (Banfora,
     * Comoe)"): its best reading when some reading of the container holds it; else the readings of the two that
     * belong together (the Brazilian town in the Brazilian state, not the French town beside a Mexican village);
     * null when no reading of the place lies in the container (the caller then moves the place into it).
     */
    private Place heldIn(Place best, String text, String containerText, PlaceContext context) {
        List<Place> heldBy = containerReadings(containerText, context.countries());
        if (best != null && heldBy.stream().anyMatch(c -> PlaceContext.relation(best, c) >= 2)) {
            return best;
        }
        Coherent pair = coherent(text, containerText, context.countries());
        return pair != null && pair.place().geoPrecision() < 3 ? named(pair.place(), text) : null;
    }

    /** How many readings of a place, and of its container, are tried together. */
    private static final int PLACE_READINGS = 20;
    private static final int CONTAINER_READINGS = 40;

    /**
     * The readings of a written container: its regions when it has any ("Takhar" after a district is the province,
     * not a village of that name), else its towns ("Kotwali Nagar, Pratapgarh").
     */
    private List<Place> containerReadings(String containerText, Set<String> countries) {
        List<Place> all = candidates(containerText, countries);
        List<Place> first = all.subList(0, Math.min(CONTAINER_READINGS, all.size()));
        List<Place> regions = first.stream().filter(c -> c.geoPrecision() >= 2).toList();
        return regions.isEmpty() ? first : regions;
    }

    /** A reading of a place and a reading of its written container that lie together (same province, or containment). */
    record Coherent(Place place, Place container) {
    }

    /**
     * The readings of a place and of the container written after it that belong together, the place's likeliest
     * such reading first, or null. "Pratapgarh (UP)" is the Pratapgarh of Uttar Pradesh although another state's
     * is more populous.
     */
    Coherent coherent(String text, String containerText, Set<String> countries) {
        if (isActorName(text) || PlaceSpans.notAName(text) || PlaceSpans.notAName(containerText)) {
            return null;
        }
        List<Place> containers = containerReadings(containerText, countries);
        Coherent pair = firstPair(text, candidates(text, countries), containers);
        // "Poonch district, J&K": only a reading spelled "Punch" lies in the state
        return pair != null ? pair : firstPair(text, spellingCandidates(text, countries), containers);
    }

    private static Coherent firstPair(String text, List<Place> places, List<Place> containers) {
        for (int i = 0; i < Math.min(PLACE_READINGS, places.size()); i++) {
            Place p = places.get(i);
            if (acronymOfNoPlace(text, p)) {
                continue;
            }
            for (Place c : containers) {
                if (c.geoPrecision() >= p.geoPrecision() && PlaceContext.relation(p, c) >= 2) {
                    return new Coherent(p, c);
                }
            }
        }
        return null;
    }

    /**
     * Whether a town the sentence names without a container lies in another province of the same country than every
     * place it names with one: "in Monterrey, Nuevo Leon, ... in Colonia Independencia" is a quarter of Monterrey,
     * not the Michoacán village of that name. Such a reading is a namesake, and the stated place is meant.
     */
    private static boolean contradicts(Place p, List<Place> stated) {
        if (stated.isEmpty() || stated.contains(p) || p.geoPrecision() != 1) {
            return false;
        }
        boolean sameCountry = false;
        for (Place s : stated) {
            if (java.util.Objects.equals(s.countryCode(), p.countryCode())) {
                if (java.util.Objects.equals(s.admin1(), p.admin1())) {
                    return false;
                }
                sameCountry = true;
            }
        }
        return sameCountry;
    }

    /** "Rafah (Rafah, ...)": a span and its container spell one name. */
    private static boolean sameName(PlaceRef a, PlaceRef b) {
        return Gazetteer.fold(PlaceSpans.withoutKind(a.text())).equals(Gazetteer.fold(PlaceSpans.withoutKind(b.text())));
    }

    /** The most specific of the nearest few places; nearer wins among equals. */
    private static Place mostSpecific(List<Place> places) {
        // a country named beside a town is who fights, not where: "India and Pakistan exchanged fire at X (Y district)"
        List<Place> local = places.stream().filter(p -> !PlaceContext.isCountry(p)).toList();
        List<Place> pool = local.isEmpty() ? places : local;
        List<Place> near = pool.subList(0, Math.min(3, pool.size()));
        // a country is the least specific place of all: "Myanmar military airstrikes ... in Sagaing region" is Sagaing
        return near.stream().min(Comparator.comparingInt(p -> p.geoPrecision() * 2
                + (p.geoPrecision() == 3 && p.admin1() == null ? 1 : 0))).orElse(null);
    }

    Place resolve(String text, PlaceContext context) {
        if (isActorName(text) || PlaceSpans.notAName(text)) {
            return null;
        }
        Set<String> countries = context.countries();
        List<Place> c = candidates(text, countries);
        boolean bySpelling = c.isEmpty();
        if (bySpelling) {
            c = spellingCandidates(text, countries);
        }
        if (c.isEmpty() || acronymOfNoPlace(text, c.get(0))) {
            return null;
        }
        // namesakes: the one that fits the article's other places and regions ("Chora district, Urozgan")
        List<Place> ranked = context.rank(text, c);
        Place p = ranked.get(0);
        if (bySpelling && !spellingFits(p, text, context)) {
            return null; // a name spelled like an unrelated place elsewhere is a guess the article does not back
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

    /** The reading as the article spells it: a town keeps the article's name, the gazetteer's becomes an alias. */
    private static Place named(Place p, String text) {
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
        return new Place(name, p.country(), p.countryCode(), p.admin1(), p.admin2(), p.lat(), p.lon(),
                p.geoPrecision(), aliases, p.geonameId(), text);
    }

    /**
     * Whether a reading found only by its consonants fits the article: a district must share a province with
     * another name of the article (or lie in it); a region must be in one of the article's countries; a town never
     * (only beside its written container, {@link #coherent}).
     */
    private static boolean spellingFits(Place p, String text, PlaceContext context) {
        int support = context.support(p, Gazetteer.fold(text));
        if (p.geoPrecision() == 1) {
            return false; // a town spelled like the text: too many villages share consonants ("Shehpur", "Shahpur")
        }
        return p.geoPrecision() == 3 && p.admin1() != null ? context.countries().contains(p.countryCode()) || support >= 2
                : support >= SHARED_PROVINCE;
    }

    /** Support that only a reading sharing a province with another name (or lying in it) reaches. */
    private static final int SHARED_PROVINCE = 4;

    /** "the US dollar", "Russian-made": a country that only qualifies a noun says nothing of where things happened. */
    private static boolean countryModifier(PlaceRef r, Place top) {
        return r.modifier() && top.geoPrecision() == 3 && top.admin1() == null;
    }

    /** "UN", "WFP": short capitals name organisations, not villages (countries and regions excepted). */
    private static boolean acronymOfNoPlace(String text, Place top) {
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
        return c;
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
    private boolean insideActor(PlaceRef r, MentionDraft d) {
        int from = r.start() - d.sentence().begin();
        int to = r.end() - d.sentence().begin();
        return actors.find(d.sentence().text()).stream()
                .anyMatch(m -> m.start() <= from && m.end() >= to && m.end() - m.start() > to - from);
    }

    /** A span that names an armed group, an outlet or a person-like actor is not a place. */
    private boolean isActorName(String text) {
        var matches = actors.find(text);
        return !matches.isEmpty() && matches.get(0).end() - matches.get(0).start() >= text.length() - 2
                && !matches.get(0).generic() && actors.countryOf(text).isEmpty();
    }
}
