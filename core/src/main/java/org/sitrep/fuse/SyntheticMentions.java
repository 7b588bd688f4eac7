package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateReference;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/**
 * Article-level mentions for the fusion benchmark: a year of events in 40 countries, each reported by
 * one to four outlets whose dates differ by up to a day and whose counts differ by up to a fifth.
 */
public final class SyntheticMentions {
    private static final EventType[] TYPES = {
        new EventType("Explosions/Remote violence", "Air/drone strike"),
        new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        new EventType("Battles", "Armed clash"),
        new EventType("Violence against civilians", "Attack"),
        new EventType("Protests", "Peaceful protest"),
        new EventType("Humanitarian", "Evacuation"),
        new EventType("Strategic developments", "Agreement"),
    };

    private SyntheticMentions() {
    }

    public static List<EventMention> generate(int count, long seed) {
        Random rnd = new Random(seed);
        List<EventMention> out = new ArrayList<>(count);
        LocalDate start = LocalDate.of(2020, 1, 1);
        int event = 0;
        while (out.size() < count) {
            EventType type = TYPES[rnd.nextInt(TYPES.length)];
            int country = rnd.nextInt(40);
            int admin1 = rnd.nextInt(10);
            int town = rnd.nextInt(50);
            Place place = new Place("Town " + country + "-" + admin1 + "-" + town, "Country " + country, "C" + country,
                    "Region " + country + "-" + admin1, null, null, 0.0, 0.0, 1, List.of(), (long) (country * 1000 + admin1 * 50 + town),
                    null);
            LocalDate day = start.plusDays(rnd.nextInt(365));
            long fatalities = 1 + rnd.nextInt(50);
            int reports = 1 + rnd.nextInt(4);
            for (int r = 0; r < reports && out.size() < count; r++) {
                LocalDate reported = day.plusDays(rnd.nextInt(3) - 1);
                long value = Math.max(1, Math.round(fatalities * (0.8 + 0.4 * rnd.nextDouble())));
                String doc = "syn-" + event + "-" + r;
                out.add(new EventMention(doc + "-m", type, Status.OCCURRED, false,
                        new EventDate(reported, null, DatePrecision.DAY, "on Monday", DateBasis.TEXT,
                                DateReference.COUNTED), place, null, null,
                        null, null, Map.of(CountRole.FATALITIES, new Count(value, Qualifier.EXACT, value + " people")),
                        List.of(new Source(doc, "outlet" + r, null, "synthetic", 0, 9, List.of())), List.of(),
                        "attack", "ATTACK"));
            }
            event++;
        }
        return out;
    }
}
