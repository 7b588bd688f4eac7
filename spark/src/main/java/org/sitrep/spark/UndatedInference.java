package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipeline.Processed;
import scala.Tuple2;

/**
 * The infer step: undated articles, placed by the dated mentions they share class and place with. Dated mentions
 * are first reduced to each evidence group's latest day ({@link Fuser#evidenceGroup}), which is all that core's
 * {@code inferPublication} can use, so the cost stays linear however many dated reports a place has; the reduced
 * list, in input order, goes to every undated article.
 */
final class UndatedInference {
    /** A re-resolved undated article. */
    record Inferred(List<EventMention> mentions, String docId, String text) implements Serializable {
    }

    private UndatedInference() {
    }

    /** Per rank, the undated articles a date was inferred for. */
    static Map<Long, Inferred> infer(JavaSparkContext sc, JavaPairRDD<Long, Processed> processed) {
        JavaPairRDD<Long, Processed> undated = processed
                .filter(p -> p._2().error() == null && p._2().article().published() == null);
        Set<String> names = new HashSet<>(undated.flatMap(p -> placeNames(p._2().mentions()).iterator()).distinct().collect());
        if (names.isEmpty()) {
            return Map.of();
        }
        Broadcast<Set<String>> namesB = sc.broadcast(names);
        List<Tuple2<Long, EventMention>> latest = new ArrayList<>(processed
                .filter(p -> p._2().error() == null && p._2().article().published() != null)
                .flatMapToPair(p -> {
                    Fuser fuser = Models.pipeline().fuser();
                    List<Tuple2<Fuser.EvidenceGroup, List<Tuple2<Long, EventMention>>>> out = new ArrayList<>();
                    List<EventMention> ms = p._2().mentions();
                    for (int i = 0; i < ms.size(); i++) {
                        EventMention m = ms.get(i);
                        Optional<Fuser.EvidenceGroup> group = fuser.evidenceGroup(m);
                        if (group.isPresent() && namesB.value().contains(m.location().name())) {
                            out.add(new Tuple2<>(group.get(),
                                    List.of(new Tuple2<>(p._1() * DistributedFusion.PER_ARTICLE + i, m))));
                        }
                    }
                    return out.iterator();
                })
                .reduceByKey(UndatedInference::latestDay)
                .values()
                .flatMap(List::iterator)
                .collect());
        latest.sort(Comparator.comparingLong(Tuple2::_1));
        Broadcast<List<EventMention>> datedB = sc.broadcast(new ArrayList<>(latest.stream().map(Tuple2::_2).toList()));
        return undated
                .flatMapToPair(u -> {
                    Pipeline pipeline = Models.pipeline();
                    Processed p = u._2();
                    Optional<Fuser.InferredDate> date = pipeline.inferPublication(p, datedB.value());
                    return date.map(d -> List.of(new Tuple2<>(u._1(), new Inferred(pipeline.reresolve(p, d),
                            p.article().docId(), Pipeline.describe(d))))).orElse(List.of()).iterator();
                })
                .collectAsMap();
    }

    /** Of two lists of one evidence group, the mentions on the later day (both when the days are equal). */
    static List<Tuple2<Long, EventMention>> latestDay(List<Tuple2<Long, EventMention>> a,
                                                      List<Tuple2<Long, EventMention>> b) {
        int c = Fuser.evidenceDay(a.get(0)._2()).compareTo(Fuser.evidenceDay(b.get(0)._2()));
        if (c != 0) {
            return c > 0 ? a : b;
        }
        List<Tuple2<Long, EventMention>> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static List<String> placeNames(List<EventMention> mentions) {
        return mentions.stream().filter(m -> m.location() != null).map(m -> m.location().name()).distinct().toList();
    }
}
