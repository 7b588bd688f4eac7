package org.sitrep.extract;

import java.util.Locale;

/** Context cues that refine a frame's reading (column cue of lexicon/cues.tsv, documented there). */
enum Cue {
    INTERVENTION, LETHAL_FORCE, VIOLENT_CROWD, PLANNED, ALLEGED, AGGREGATE, TOTAL_TO_DATE, NONVIOLENT, WITHDRAWAL, AID, SPORT, ACCIDENT, DIPLOMATIC, RESPONSIBILITY;

    static Cue fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
