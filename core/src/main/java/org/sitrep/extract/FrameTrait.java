package org.sitrep.extract;

import java.util.Locale;
import java.util.Optional;

/** What the traits column of lexicon/frames.tsv may say of a frame (its header explains each). */
enum FrameTrait {
    /** An explosive event that a disrupted-weapons report in the same sentence explains away. */
    DISRUPTABLE,
    /** Read as a metaphor in a sports report. */
    SPORT_METAPHOR,
    /** Present in a sentence, it makes all the sentence's violence one event. */
    DEFINING;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The trait a cell names, or empty for a word that names none. */
    static Optional<FrameTrait> fromCode(String code) {
        for (FrameTrait t : values()) {
            if (t.code().equals(code.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
