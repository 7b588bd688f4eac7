// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import org.sitrep.common.Tsv;
import org.sitrep.extract.PhraseMatcher;
import org.sitrep.model.PlaceRef;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.place.PlaceWords;
import org.sitrep.resolve.place.SpanTokens;

/**
 * What the tokens just before a place span say about its part in the event: the place a coding note says the event is
 * coded to ("the square [coded to X]", {@code lexicon/coded-place-marks.tsv}, matched by the extract stage's phrase
 * matcher), or a reference point the scene is placed from ("Y district west of X", "10 km north of X"), which is not
 * the scene itself; or the span a place is written as part of ("X area of Y"). Stateless.
 */
final class PlaceCues {
    private static final PhraseMatcher<Boolean> CODED = coded();
    private static final PhraseMatcher<Boolean> STATIONS = phrases("/lexicon/jurisdiction-marks.tsv");
    private static final java.util.Set<String> NEIGHBOUR_WORDS = Tsv.words("/lexicon/neighbour-words.tsv");
    private static final java.util.Set<String> ZONE_NOUNS = Tsv.words("/lexicon/zone-nouns.tsv");
    private static final java.util.Set<String> COUNTRYSIDE_NOUNS = Tsv.words("/lexicon/countryside-nouns.tsv");

    private PlaceCues() {
    }

    /** Whether a coding note names this span as the place the event is coded to: "[coded to X]", "(coded to X)". */
    static boolean codedTo(PlaceRef r, Sentence s) {
        int first = SpanTokens.first(s, r);
        if (first <= 0) {
            return false;
        }
        for (PhraseMatcher.Match<Boolean> m : CODED.find(s)) {
            if (m.end() == first && SpanTokens.opening(s, m.start() - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the span is a reference point another place is placed from: a direction word and "of" right before it
     * ("west of X", "20 km south-west of X"), not after "the" ("in the west of X" is a part of X, so X is the scene).
     */
    static boolean referencePoint(PlaceRef r, Sentence s) {
        int of = SpanTokens.first(s, r) - 1;
        if (of < 1 || !SpanTokens.lower(s, of).equals("of")) {
            return false;
        }
        int direction = of - 1;
        if (!PlaceWords.isDirection(SpanTokens.lower(s, direction))) {
            return false;
        }
        // "south-west" split by the tokenizer: the compound's first word is where it begins
        if (SpanTokens.lower(s, direction - 1).equals("-") && PlaceWords.isDirection(SpanTokens.lower(s, direction - 2))) {
            direction -= 2;
        }
        return !SpanTokens.lower(s, direction - 1).equals("the");
    }

    /**
     * The span a place is written as part of: the one right after "of" (and an optional "the") when the place's span
     * ends in a settlement's or a region's kind word ("Shahpur area of Nagpur city", "Kalan village of Dera district"),
     * else null. Not after a part of a town, which may name the town first ("the Kabul suburb of Paghman").
     */
    static PlaceRef wholeAfter(PlaceRef r, Sentence s, java.util.List<PlaceRef> spans) {
        String text = r.text().strip();
        int sp = text.lastIndexOf(' ');
        PlaceWords.Kind kind = sp > 0 ? PlaceWords.kind(text.substring(sp + 1)) : null;
        int last = SpanTokens.last(s, r);
        if (kind != PlaceWords.Kind.PLACE && kind != PlaceWords.Kind.REGION || last < 0
                || !SpanTokens.lower(s, last + 1).equals("of")) {
            return null;
        }
        return spanAfterLink(r, s, last + 1, spans);
    }

    /**
     * The span written right after the place and "in" (an optional "the" between): "Kafr Nabl in Idlib", "infiltrated
     * into X in Y". Whether it holds the place is for the readings to say ({@link SceneOrder#withWholesOfParts}).
     */
    static PlaceRef afterIn(PlaceRef r, Sentence s, java.util.List<PlaceRef> spans) {
        int last = SpanTokens.last(s, r);
        if (last < 0 || !SpanTokens.lower(s, last + 1).equals("in")) {
            return null;
        }
        return spanAfterLink(r, s, last + 1, spans);
    }

    /** The span other than the place that starts right after the link word at {@code link}, an optional "the" between. */
    private static PlaceRef spanAfterLink(PlaceRef r, Sentence s, int link, java.util.List<PlaceRef> spans) {
        int next = SpanTokens.lower(s, link + 1).equals("the") ? link + 2 : link + 1;
        for (PlaceRef o : spans) {
            if (o != r && SpanTokens.first(s, o) == next) {
                return o;
            }
        }
        return null;
    }

    /**
     * Whether the span is written as the neighbour of the place an article is about: right after "neighbouring" or
     * "bordering", with an optional "the" between ({@code lexicon/neighbour-words.tsv}); "traders protested the closure
     * of the crossing into neighbouring X" is news of X's neighbour.
     */
    static boolean writtenAsNeighbour(PlaceRef r, Sentence s) {
        int before = SpanTokens.first(s, r) - 1;
        if (before >= 0 && SpanTokens.lower(s, before).equals("the")) {
            before--;
        }
        return before >= 0 && NEIGHBOUR_WORDS.contains(SpanTokens.lower(s, before));
    }

    /**
     * The words that write the span as a compass sector of the place it names, or null: a direction word, a zone noun
     * ({@code lexicon/zone-nouns.tsv}) and "of" right before it ("the West Zone of X", "the north-east zone of X"),
     * returned as written ("West Zone of", "north-east zone of"); the direction's English word is
     * {@link #sectorDirection}.
     */
    static String sectorWords(PlaceRef r, Sentence s) {
        int direction = sectorStart(r, s);
        if (direction < 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int of = SpanTokens.first(s, r) - 1;
        for (int k = direction; k <= of; k++) {
            String w = s.tokens().get(k).word();
            boolean joined = w.equals("-") || k > direction && s.tokens().get(k - 1).word().equals("-");
            if (b.length() > 0 && !joined) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    /** The English direction of {@link #sectorWords} ("west", "north-east", "central"), or null. */
    static String sectorDirection(PlaceRef r, Sentence s) {
        int direction = sectorStart(r, s);
        if (direction < 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int k = direction; k < SpanTokens.first(s, r) - 2; k++) {
            String w = SpanTokens.lower(s, k);
            String english = PlaceWords.englishDirection(w);
            b.append(english != null ? english : w);
        }
        return b.toString();
    }

    /**
     * Whether the span is written as the countryside of the place it names that lies one way from it ("the southern
     * countryside of X", {@code lexicon/countryside-nouns.tsv}); its direction is then {@link #sectorDirection} and its
     * words {@link #sectorWords}, as for a zone.
     */
    static boolean countryside(PlaceRef r, Sentence s) {
        int of = SpanTokens.first(s, r) - 1;
        return of >= 2 && sectorStart(r, s) >= 0 && COUNTRYSIDE_NOUNS.contains(SpanTokens.lower(s, of - 1));
    }

    /** The token the sector's direction word begins at, or -1. */
    private static int sectorStart(PlaceRef r, Sentence s) {
        int of = SpanTokens.first(s, r) - 1;
        if (of < 2 || !SpanTokens.lower(s, of).equals("of") || !ZONE_NOUNS.contains(SpanTokens.lower(s, of - 1))
                && !COUNTRYSIDE_NOUNS.contains(SpanTokens.lower(s, of - 1))) {
            return -1;
        }
        int direction = of - 2;
        String w = SpanTokens.lower(s, direction);
        if (!PlaceWords.isDirection(w) && PlaceWords.englishDirection(w) == null) {
            return -1;
        }
        // "north-east" split by the tokenizer: the compound's first word is where it begins
        if (SpanTokens.lower(s, direction - 1).equals("-") && PlaceWords.isDirection(SpanTokens.lower(s, direction - 2))) {
            direction -= 2;
        }
        return direction;
    }

    /** The same span's text before its first hyphen ("Athens-Central Athens": Athens), or null without one. */
    static String beforeHyphen(String text) {
        int dash = text.indexOf('-');
        return dash > 0 ? text.substring(0, dash).strip() : null;
    }

    /**
     * Whether the span names the police station whose area holds the scene: "under Y police station" (or "under the
     * Y police station", {@code lexicon/jurisdiction-marks.tsv}). The station stands in the town it is named after,
     * which is nearer to an unlisted village of its area than the district written after it.
     */
    static boolean jurisdiction(PlaceRef r, Sentence s) {
        int first = SpanTokens.first(s, r);
        int last = SpanTokens.last(s, r);
        if (first < 1 || last < 0) {
            return false;
        }
        int under = SpanTokens.lower(s, first - 1).equals("the") ? first - 2 : first - 1;
        if (under < 0 || !SpanTokens.lower(s, under).equals("under")) {
            return false;
        }
        for (PhraseMatcher.Match<Boolean> m : STATIONS.find(s)) {
            if (m.start() == last + 1) {
                return true;
            }
        }
        return false;
    }

    private static PhraseMatcher<Boolean> coded() {
        return phrases("/lexicon/coded-place-marks.tsv");
    }

    private static PhraseMatcher<Boolean> phrases(String lexicon) {
        PhraseMatcher<Boolean> m = new PhraseMatcher<>();
        Tsv.words(lexicon).forEach(w -> m.add(w, Boolean.TRUE));
        return m;
    }
}
