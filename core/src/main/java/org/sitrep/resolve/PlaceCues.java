// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.resolve;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.PlaceRef;
import org.sitrep.resolve.place.PlaceWords;

/**
 * What the words just before a place span say about its part in the event: the place a coding note says the event is
 * coded to ("the square [coded to X]", {@code lexicon/coded-place-marks.tsv}), or a reference point the scene is placed
 * from ("Y district west of X", "10 km north of X"), which is not the scene itself. Stateless.
 */
final class PlaceCues {
    private static final List<String> CODED = Tsv.words("/lexicon/coded-place-marks.tsv").stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    /** The last two words before a span, lower case: "west of", "the north of". */
    private static final Pattern LAST_WORDS = Pattern.compile("(?:^|\\s)(?:(\\S+)\\s+)?(\\S+)\\s+of\\s*$");

    private PlaceCues() {
    }

    /** Whether a coding note names this span as the place the event is coded to: "[coded to X]". */
    static boolean codedTo(PlaceRef r, String sentence, int sentenceBegin) {
        String before = before(r, sentence, sentenceBegin);
        if (before == null) {
            return false;
        }
        String b = before.stripTrailing().toLowerCase(Locale.ROOT);
        for (String mark : CODED) {
            if (b.endsWith(mark)) {
                String open = b.substring(0, b.length() - mark.length()).stripTrailing();
                return open.endsWith("[") || open.endsWith("(");
            }
        }
        return false;
    }

    /**
     * Whether the span is a reference point another place is placed from: a direction word and "of" right before it
     * ("west of X"), not after "the" ("in the west of X" is a part of X, so X is the scene).
     */
    static boolean referencePoint(PlaceRef r, String sentence, int sentenceBegin) {
        String before = before(r, sentence, sentenceBegin);
        if (before == null) {
            return false;
        }
        Matcher m = LAST_WORDS.matcher(before.toLowerCase(Locale.ROOT));
        return m.find() && PlaceWords.isDirection(m.group(2)) && !"the".equals(m.group(1));
    }

    /** The same span's text before its first hyphen ("Athens-Central Athens": Athens), or null without one. */
    static String beforeHyphen(String text) {
        int dash = text.indexOf('-');
        return dash > 0 ? text.substring(0, dash).strip() : null;
    }

    private static String before(PlaceRef r, String sentence, int sentenceBegin) {
        int at = r.start() - sentenceBegin;
        return at <= 0 || at > sentence.length() ? null : sentence.substring(Math.max(0, at - 40), at);
    }
}
