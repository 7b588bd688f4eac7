package org.sitrep.spark.synth;

import java.time.LocalDate;

/** A planned event: every report of it shares place, date, actors and true count. */
record Planned(long no, SynthData.Kind kind, SynthData.Place place, SynthData.Place dest, LocalDate date,
               int count, String state, String armed, String police) {
}
