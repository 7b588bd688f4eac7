package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/** Hand-made shelling reports for the clustering components' tests. */
final class ClusterMentions {
    static final Place HOMS = new Place("Homs", "Syria", "SY", "Homs", "SY.11", null, 34.73, 36.71, 1, List.of(),
            169577L, "Homs");
    static final Place HOMS_REGION = new Place("Homs", "Syria", "SY", "Homs", "SY.11", null, 34.5, 37.5, 3, List.of(),
            null, "Homs province");
    static final EventType SHELLING = new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack");

    private ClusterMentions() {
    }

    /** A report of article {@code doc}: shelling at {@code place}, dated by its words to {@code day}. */
    static EventMention shelling(String doc, LocalDate day, Place place, long killed) {
        return mention(doc, new EventDate(day, null, DatePrecision.DAY, "on Tuesday", DateBasis.TEXT), place, killed);
    }

    /** A report dated only by its publication day. */
    static EventMention published(String doc, LocalDate day, Place place, long killed) {
        return mention(doc, new EventDate(day, null, DatePrecision.DAY, null, DateBasis.PUBLICATION), place, killed);
    }

    static EventMention mention(String doc, EventDate date, Place place, long killed) {
        return told(doc, date, place, killed, "Artillery shells hit a market in Homs.");
    }

    /** As {@link #mention}, told in {@code sentence}. */
    static EventMention told(String doc, EventDate date, Place place, long killed, String sentence) {
        return new EventMention(doc + "-m", SHELLING, Status.OCCURRED, false, date, place, null, null, null, null,
                Map.of(CountRole.FATALITIES, new Count(killed, Qualifier.EXACT, killed + " civilians")),
                List.of(new Source(doc, "outlet-" + doc, null, sentence, 0, sentence.length(), List.of())), List.of(),
                "shells", "SHELL");
    }
}
