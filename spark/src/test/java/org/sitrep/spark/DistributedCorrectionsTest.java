package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.SyntheticMentions;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import scala.Tuple2;

/** Analysts' corrections on Spark: each block fused with them gives the events core's batch fusion gives. */
class DistributedCorrectionsTest {
    private static final Instant AT = Instant.parse("2026-11-29T07:00:00Z");

    private static Correction correction(String id, CorrectionKind kind, List<String> mentions, String field, String value) {
        return new Correction(id, kind, mentions, field, value, "test", "tester", AT, null, null);
    }

    private static Set<String> groups(List<Event> events) {
        Set<String> out = new TreeSet<>();
        events.forEach(e -> out.add(String.join(",", new TreeSet<>(e.mentionIds())) + " " + e.counts()));
        return out;
    }

    @Test
    void splitMergeAndValueGiveTheEventsOfCoreFusion() {
        List<EventMention> mentions = SyntheticMentions.generate(600, 5);
        Fuser fuser = Models.pipeline().fuser();
        List<Event> machine = fuser.events(mentions);
        Event big = machine.stream().filter(e -> e.mentionIds().size() >= 3).findFirst().orElseThrow();
        Event other = machine.stream().filter(e -> e != big).findFirst().orElseThrow();
        Event far = machine.stream().filter(e -> !blockOf(e, mentions).equals(blockOf(other, mentions)))
                .filter(e -> e != big).findFirst().orElseThrow();
        List<String> both = new ArrayList<>(other.mentionIds());
        both.addAll(far.mentionIds());
        List<Correction> corrections = List.of(
                correction("cor-0001", CorrectionKind.SPLIT, big.mentionIds(), null, null),
                correction("cor-0002", CorrectionKind.MERGE, both, null, null),
                correction("cor-0003", CorrectionKind.SET_VALUE, far.mentionIds(), "fatalities", "9"),
                correction("cor-0004", CorrectionKind.SET_VALUE, other.mentionIds(), "fatalities", "4").undo("tester", AT));
        List<Event> expected = fuser.events(mentions, corrections);
        assertThat(groups(expected)).as("the corrections change core's events").isNotEqualTo(groups(machine));

        JavaSparkContext sc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
        List<Tuple2<Long, EventMention>> keyed = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            keyed.add(new Tuple2<>((long) i, mentions.get(i)));
        }
        JavaPairRDD<Long, EventMention> rdd = sc.parallelizePairs(keyed, 4);
        List<Event> spark = DistributedFusion.events(rdd, 4, corrections).values().collect();
        assertThat(groups(spark)).isEqualTo(groups(expected));
        assertThat(spark).anyMatch(e -> e.mentionIds().containsAll(both));
        assertThat(spark).filteredOn(e -> e.mentionIds().contains(big.mentionIds().get(0)))
                .singleElement().satisfies(e -> assertThat(e.mentionIds()).hasSize(1));
    }

    private static org.sitrep.fuse.FusionBlock blockOf(Event e, List<EventMention> mentions) {
        return mentions.stream().filter(m -> m.id().equals(e.mentionIds().get(0))).map(Fuser::blockKey).findFirst().orElseThrow();
    }
}
