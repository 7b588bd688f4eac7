package org.sitrep.resolve.place;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * What the words of a place span and its neighbours say before any lookup: whether the span can name a place at
 * all ("May" in a date, "Minister" in a title, "the South Zone" without its city), and which span is its container
 * ("Pervomaiske, Luhansk", "Bor (Jonglei)": the names after a comma or bracket are the district and
 * province the place lies in, as ACLED notes and news datelines write the hierarchy).
 *
 * <p>Immutable and stateless; the word lists are {@code lexicon/not-place-names.tsv} and {@code lexicon/landmark-nouns.tsv}.
 */
public final class PlaceSpans {
    private static final Set<String> NOT_NAMES = words();
    private static final Set<String> CURRENCIES = Tsv.words("/lexicon/currency-words.tsv");
    /** Landmark head nouns, each with whether it may also begin a name ({@code lexicon/landmark-nouns.tsv}). */
    private static final java.util.Map<String, Boolean> LANDMARKS = landmarkNouns();
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlaceSpans() {
    }

    /** A single word that names no place on its own: a month, a weekday, an office ("May", "Minister"). */
    public static boolean notAName(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.indexOf(' ') < 0 && NOT_NAMES.contains(t.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the span is followed by a currency's name ({@code lexicon/currency-words.tsv}), over hyphens: the country
     * or adjective ("the US dollar", "the Lebanese pound") names money, not a place.
     */
    public static boolean beforeCurrency(PlaceRef r, Sentence s) {
        return beforeCurrency(s, SpanTokens.last(s, r));
    }

    /** Whether the tokens after token {@code last} begin with a currency's name (see {@link #beforeCurrency(PlaceRef, Sentence)}). */
    public static boolean beforeCurrency(Sentence s, int last) {
        if (last < 0) {
            return false;
        }
        int k = last + 1;
        while (SpanTokens.lower(s, k).equals("-")) {
            k++;
        }
        return CURRENCIES.contains(SpanTokens.letters(s, k));
    }

    /**
     * Whether the span names a landmark rather than a settlement: a building, site or street noun ends it ("the Reserve
     * Bank", "Justice Palace"), begins it as French and Spanish write it ("Banque de France"), or follows it ("the Kimathi
     * roundabout", "the Unity bank"); {@code lexicon/landmark-nouns.tsv}. Such a name is where the event happened only
     * when it is also the town the landmark stands in ("the Kabul University", "Beirut port" are in those cities).
     *
     * @param s the span's sentence, read on its tokens
     */
    public static boolean landmark(PlaceRef place, Sentence s) {
        String[] words = SPACES.split(place.text().strip());
        if (words.length == 1 && isLandmarkNoun(words[0]) // "the Stadium", "the Mall" alone
                || words.length > 1 && (isLandmarkNoun(words[words.length - 1])
                || Boolean.TRUE.equals(LANDMARKS.get(words[0].toLowerCase(Locale.ROOT))))) {
            return true;
        }
        int last = SpanTokens.last(s, place);
        if (last < 0) {
            return false;
        }
        int k = last + 1;
        boolean joined = k < s.tokens().size() && s.tokens().get(k).begin() == place.end();
        // "Buenos Aires' prisons": the city's, not a name; "X district center": the district's seat, not a building
        if (place.text().endsWith("s") && joined && SpanTokens.lower(s, k).startsWith("'")) {
            return false;
        }
        if (joined && SpanTokens.quote(s, k)) {
            k++; // "the Fadi' roundabout": a closing quote or apostrophe written onto the name
        }
        while (SpanTokens.lower(s, k).equals("-")) {
            k++;
        }
        String next = SpanTokens.letters(s, k);
        return !next.isEmpty() && isLandmarkNoun(next) && !PlaceWords.keepsScene(words[words.length - 1], next);
    }

    /** A head noun of a building, site or street ("bank", "roundabout", "seray"). */
    public static boolean isLandmarkNoun(String word) {
        return LANDMARKS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static java.util.Map<String, Boolean> landmarkNouns() {
        java.util.Map<String, Boolean> out = new java.util.HashMap<>();
        for (Tsv.Row r : Tsv.read("/lexicon/landmark-nouns.tsv", 2)) {
            out.put(r.get(0).toLowerCase(Locale.ROOT), r.get(1).equalsIgnoreCase("either"));
        }
        return java.util.Map.copyOf(out);
    }

    /**
     * Whether the span is only direction and kind words ("South Zone", "the North", "Central District"): such a
     * span names a region only of a country the article is about, never one abroad.
     */
    public static boolean onlyDirections(String text) {
        var m = WORD.matcher(text);
        boolean direction = false;
        while (m.find()) {
            String w = m.group();
            if (PlaceWords.isDirection(w) || PlaceWords.englishDirection(w) != null) {
                direction = true;
            } else if (!PlaceWords.isKindWord(w) && !w.equalsIgnoreCase("the")) {
                return false;
            }
        }
        return direction;
    }

    /**
     * The span that contains {@code place}: the next span of the sentence when only a comma or an opening bracket
     * lies between them ("Pervomaiske, Luhansk", "Bor (Jonglei)"), else null. Read on the sentence's tokens.
     *
     * @param spans the sentence's place spans
     */
    public static PlaceRef container(PlaceRef place, Sentence s, List<PlaceRef> spans) {
        PlaceRef next = nextSpan(place, spans);
        if (next == null) {
            return null;
        }
        int last = SpanTokens.last(s, place);
        int nextFirst = SpanTokens.first(s, next);
        if (last < 0 || nextFirst <= last + 1) {
            return null;
        }
        if (next.equals(alternateName(place, s, spans))) {
            return null;
        }
        return containerGap(s, last + 1, nextFirst, place, kindBefore(s, SpanTokens.first(s, place))) ? next : null;
    }

    /** The first span of the sentence after {@code place}, or null. */
    private static PlaceRef nextSpan(PlaceRef place, List<PlaceRef> spans) {
        PlaceRef next = null;
        for (PlaceRef r : spans) {
            if (r.start() >= place.end() && (next == null || r.start() < next.start())) {
                next = r;
            }
        }
        return next;
    }

    /**
     * The span right after a name that is the name's other name in brackets, the unit's kind word after both ("X (Y)
     * district": one district of two names, alternate-name-units.tsv), not the unit that holds it ("X (Y)", "X (Y)
     * region"); null when there is none.
     */
    public static PlaceRef alternateName(PlaceRef place, Sentence s, List<PlaceRef> spans) {
        PlaceRef next = nextSpan(place, spans);
        if (next == null) {
            return null;
        }
        int from = SpanTokens.last(s, place) + 1;
        int to = SpanTokens.first(s, next);
        int after = SpanTokens.last(s, next) + 1;
        List<Token> t = s.tokens();
        if (from < 1 || to != from + 1 || after < 1 || after + 1 >= t.size()) {
            return null;
        }
        String open = SpanTokens.lower(s, from);
        String close = SpanTokens.lower(s, after);
        return (open.equals("(") || open.equals("-lrb-")) && (close.equals(")") || close.equals("-rrb-"))
                && PlaceWords.namesUnitOfTwoNames(t.get(after + 1).word()) ? next : null;
    }

    /** "the town of " (a settlement's kind word and "of") stands right before token {@code first}. */
    private static boolean kindBefore(Sentence s, int first) {
        return first >= 2 && s.tokens().get(first - 1).word().equals("of")
                && PlaceWords.kind(s.tokens().get(first - 2).word()) == PlaceWords.Kind.PLACE;
    }

    /**
     * Whether the tokens [{@code from}, {@code to}) between two spans make the second the first's container: a comma or
     * an opening bracket ("Bor (Jonglei)"), or "in" after a kind word ("the Zabadani area in Rural Damascus", "Kafr Nabl
     * town in Idlib", "the village of Kafr Nabl in Idlib"), with an optional "the" between. Not "of": "the Aleppo
     * district of Old City" names the district after "of".
     */
    private static boolean containerGap(Sentence s, int from, int to, PlaceRef place, boolean kindBefore) {
        List<Token> t = s.tokens();
        if (to - from == 1 && mark(s, from)) {
            return true;
        }
        if (t.get(from).begin() == place.end()) {
            return false; // words joined to the name are no gap
        }
        int i = from;
        boolean kind = kindBefore; // "the town of Karak in Daraa": the town lies in Daraa
        if (PlaceWords.isKindWord(t.get(i).word())) {
            kind = true;
            i++;
        }
        if (i >= to || !SpanTokens.lower(s, i).equals("in")) {
            return false;
        }
        i++;
        if (i < to && SpanTokens.lower(s, i).equals("the")) {
            i++;
        }
        if (i != to) {
            return false;
        }
        String text = place.text().strip();
        int sp = text.lastIndexOf(' ');
        kind |= sp > 0 && PlaceWords.isKindWord(text.substring(sp + 1));
        return kind; // "the Seray in Tripoli": a building, not a place Tripoli holds
    }

    /** A comma or an opening round bracket: the marks that write a place's container after it. */
    private static boolean mark(Sentence s, int k) {
        String w = SpanTokens.lower(s, k);
        return w.equals(",") || w.equals("(") || w.equals("-lrb-");
    }

    /** Whether some span of the sentence has {@code place} as its container ("Pervomaiske, Luhansk" for Luhansk). */
    public static boolean isContainer(PlaceRef place, Sentence s, List<PlaceRef> spans) {
        for (PlaceRef r : spans) {
            if (r.end() <= place.start() && place.equals(container(r, s, spans))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words() {
        Set<String> out = new HashSet<>();
        for (Tsv.Row r : Tsv.read("/lexicon/not-place-names.tsv", 1)) {
            out.add(r.get(0).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** "Aleppo city" is spelled "Aleppo", "the Damascus suburb" "Damascus": the name without a town kind word after it. */
    public static String withoutKind(String text) {
        String t = text.strip();
        int sp = t.lastIndexOf(' ');
        PlaceWords.Kind kind = sp > 0 ? PlaceWords.kind(t.substring(sp + 1)) : null;
        return kind == PlaceWords.Kind.PLACE || kind == PlaceWords.Kind.PART ? t.substring(0, sp).strip() : t;
    }

    /**
     * Whether the gazetteer lists this name as written (a place's, region's or country's own name or an alternate,
     * kind words aside): "Bay of Plenty" is one name, "Governor of Otago" none. For the spotter's joins across a
     * linking word.
     */
    public static boolean listedAsWritten(String text) {
        String f = Gazetteer.fold(text);
        if (f.isEmpty()) {
            return false;
        }
        for (org.sitrep.model.Place p : Gazetteer.load().lookup(text)) {
            String name = Gazetteer.fold(p.name());
            if (name.equals(f) || name.startsWith(f + " ") && PlaceWords.isKindWord(name.substring(f.length() + 1))
                    || p.aliases().stream().anyMatch(a -> Gazetteer.fold(a).equals(f))) {
                return true;
            }
        }
        return false;
    }

    /** The name with its foreign direction words in English ("Sud-Kivu" South-Kivu), or null if it has none. */
    public static String inEnglish(String text) {
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        java.util.regex.Matcher m = WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            String english = PlaceWords.englishDirection(m.group());
            out.append(text, at, m.start()).append(english == null ? m.group() : english);
            changed |= english != null;
            at = m.end();
        }
        out.append(text.substring(at));
        return changed ? out.toString() : null;
    }

    /** "a neighbourhood of the city": the gazetteer's namesake elsewhere is likelier than the quarter itself. */
    public static boolean partOfTown(String text) {
        String t = text.strip();
        int last = t.lastIndexOf(' ');
        int first = t.indexOf(' ');
        // "Sao Bento neighbourhood", and "Colonia Del Valle", "Barangay Poblacion" with the kind word first
        return last > 0 && (PlaceWords.kind(t.substring(last + 1)) == PlaceWords.Kind.PART
                || PlaceWords.kind(t.substring(0, first)) == PlaceWords.Kind.PART);
    }

}
