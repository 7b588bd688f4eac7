package org.sitrep.resolve.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;

/** A word or phrase of a lexicon file inside a regular expression. */
final class LexiconPhrase {
    private LexiconPhrase() {
    }

    /** The phrase matched literally, each space of it by any run of white space ("claimed  responsibility"). */
    static String regex(String phrase) {
        return Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
    }

    /** Any word or phrase of a one-column list, on whole words, any case; a hyphen or space matches either. */
    static Pattern anyOf(String file) {
        List<String> words = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, 1)) {
            words.add(Pattern.quote(r.get(0).toLowerCase(Locale.ROOT)).replaceAll("[ -]", "\\\\E[\\\\s-]+\\\\Q"));
        }
        return Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", words) + ")(?![\\p{L}])");
    }
}
