package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateReference;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import scala.Tuple2;

/**
 * The distributed forms of fusion against core's on the same hand-made reports: the pair-and-component form
 * ({@link DistributedFusion#pairEvents}) decides each pair by core's rules, so on two reports it makes the events
 * core makes, including where the days are named, counted or only the publication day's.
 */
class DistributedFusionTest {
    private static final LocalDate DAY = LocalDate.of(2016, 3, 8);
    private static final Place HOMS = new Place("Homs", "Syria", "SY", "Homs", "SY.11", null, 34.73, 36.71, 1,
            List.of(), 169577L, "Homs");
    private static final EventType SHELLING = new EventType("Explosions/Remote violence",
            "Shelling/artillery/missile attack");

    private static EventMention report(String doc, EventDate date) {
        return new EventMention(doc + "-m", SHELLING, Status.OCCURRED, false, date, HOMS, null, null, null, null,
                Map.of(CountRole.FATALITIES, new Count(4L, Qualifier.EXACT, "four civilians")),
                List.of(new Source(doc, "outlet-" + doc, null, "Shells hit " + doc + ".", 0, 12, List.of())),
                List.of(), "shells", "SHELL");
    }

    private static EventMention named(String doc, LocalDate day) {
        return report(doc, new EventDate(day, null, DatePrecision.DAY, "on 8 March", DateBasis.TEXT, DateReference.CALENDAR));
    }

    private static EventMention counted(String doc, LocalDate day) {
        return report(doc, new EventDate(day, null, DatePrecision.DAY, "on Tuesday", DateBasis.TEXT, DateReference.COUNTED));
    }

    private static EventMention published(String doc, LocalDate day) {
        return report(doc, new EventDate(day, null, DatePrecision.DAY, null, DateBasis.PUBLICATION));
    }

    /** Each event's mention ids, the events in the order of their first mention. */
    private static List<List<String>> groups(List<Event> events) {
        return events.stream().map(Event::mentionIds).toList();
    }

    private static List<List<String>> pairForm(List<EventMention> ms) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
        List<Tuple2<Long, EventMention>> keyed = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            keyed.add(new Tuple2<>(i * DistributedFusion.PER_ARTICLE, ms.get(i)));
        }
        JavaPairRDD<Long, EventMention> rdd = sc.parallelizePairs(keyed, 2);
        return DistributedFusion.pairEvents(rdd, 2).sortByKey().values().collect().stream().map(Event::mentionIds)
                .collect(Collectors.toList());
    }

    @Test
    void thePairFormJoinsTwoReportsExactlyWhenCoreFusionDoes() {
        List<List<EventMention>> pairs = List.of(
                List.of(named("a", DAY), named("b", DAY)),
                List.of(named("a", DAY), named("b", DAY.plusDays(1))),                 // two named days
                List.of(named("a", DAY), counted("b", DAY.plusDays(1))),               // a counted day's slack
                List.of(named("a", DAY), published("b", DAY.plusDays(1))),             // published the day after
                List.of(named("a", DAY), published("b", DAY.plusDays(5))),             // five days after: not told
                List.of(published("a", DAY), published("b", DAY.plusDays(1))));        // two days' news
        List<Integer> expected = List.of(1, 2, 1, 1, 2, 2);
        for (int i = 0; i < pairs.size(); i++) {
            List<EventMention> ms = pairs.get(i);
            List<List<String>> core = groups(Models.pipeline().fuser().events(ms));
            assertThat(core).as("core, pair %d", i).hasSize(expected.get(i));
            assertThat(pairForm(ms)).as("pair form, pair %d", i).isEqualTo(core);
        }
    }
}
