package org.sitrep.resolve.actor;

import java.util.regex.Pattern;

/** A word or phrase of a lexicon file inside a regular expression. */
final class LexiconPhrase {
    private LexiconPhrase() {
    }

    /** The phrase matched literally, each space of it by any run of white space ("claimed  responsibility"). */
    static String regex(String phrase) {
        return Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
    }
}
