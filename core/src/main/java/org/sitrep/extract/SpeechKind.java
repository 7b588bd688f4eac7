package org.sitrep.extract;

import java.util.Locale;

/** How a speech word names its source (column kind of lexicon/speech.tsv). */
enum SpeechKind {
    /** The source is the subject: "the army said". */
    SAY,
    /** The source follows: "according to the ministry". */
    ACCORDING,
    /** The subject denies the claim and is no source of it. */
    DENY;

    static SpeechKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
