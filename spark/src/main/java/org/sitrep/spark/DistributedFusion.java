package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.fuse.FusionBlock;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Correction;
import org.sitrep.model.CorrectionKind;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import scala.Tuple2;

/**
 * Cross-outlet fusion as Spark steps. {@link #events} fuses each block ({@link Fuser#blockKey}: class and
 * country, which fusion never crosses) with core's {@link Fuser#events}, blocks in parallel, so the
 * events equal the CLI's cluster-level ones (docs/fusion.md). The pair-and-component steps below
 * ({@link #pairEvents}) are the earlier single-link form, kept for comparison and not used by the job:
 * <ol>
 *   <li>each mention goes to the buckets it meets others in (event class × country × week, and its
 *       own week is a guest in the next, so events straddling a week boundary still meet; undated ones
 *       meet dated ones by admin1); pairs are compared within buckets, in parallel;</li>
 *   <li>the links between dated mentions form a graph whose connected components are found by
 *       min-label propagation, one shuffle per round, as many rounds as the longest chain of links;</li>
 *   <li>an undated mention joins the component of the dated mentions it links with, if they are all in
 *       one;</li>
 *   <li>each component becomes one event, its mentions in input order, and events come out in the order
 *       of their first mention, as the CLI's union-find gives them.</li>
 * </ol>
 * Keys are mention positions: article rank × {@link #PER_ARTICLE} + mention index.
 */
final class DistributedFusion {
    static final long PER_ARTICLE = 1 << 16;

    private DistributedFusion() {
    }

    /** Meeting-bucket member: position, mention, and whether it is at home in the bucket. */
    record Member(long key, EventMention mention, boolean home) implements java.io.Serializable {
    }

    static JavaPairRDD<Long, Event> events(JavaPairRDD<Long, EventMention> mentions, int partitions) {
        return events(mentions, partitions, List.of());
    }

    /**
     * As {@link #events(JavaPairRDD, int)}, honouring analysts' corrections as core's batch fusion does: each
     * block is fused with them, and the blocks of reports an analyst merged are fused as one, since a merge may
     * join events fusion would never compare.
     */
    static JavaPairRDD<Long, Event> events(JavaPairRDD<Long, EventMention> mentions, int partitions,
                                           List<Correction> corrections) {
        List<Correction> active = List.copyOf(corrections.stream().filter(Correction::active).toList());
        java.util.Map<FusionBlock, FusionBlock> fusedWith = mergedBlocks(mentions, active);
        return mentions.mapToPair(km -> {
                    FusionBlock block = Fuser.blockKey(km._2());
                    return new Tuple2<>(fusedWith.getOrDefault(block, block), km);
                })
                .groupByKey(partitions)
                .flatMapToPair(block -> {
                    List<Tuple2<Long, EventMention>> members = new ArrayList<>();
                    block._2().forEach(members::add);
                    members.sort((a, b) -> Long.compare(a._1(), b._1()));
                    java.util.Map<String, Long> keyOf = new java.util.HashMap<>();
                    members.forEach(m -> keyOf.putIfAbsent(m._2().id(), m._1()));
                    List<Tuple2<Long, Event>> out = new ArrayList<>();
                    // keyed by the first member, as the CLI orders its events
                    for (Event e : Models.pipeline().fuser().events(members.stream().map(Tuple2::_2).toList(), active)) {
                        out.add(new Tuple2<>(keyOf.get(e.mentionIds().get(0)), e));
                    }
                    return out.iterator();
                });
    }

    /**
     * For the blocks holding reports of one merge correction, the block they are fused in (the first of them
     * in order); blocks no merge touches are absent. Only the named reports are looked up, on the cluster.
     */
    static java.util.Map<FusionBlock, FusionBlock> mergedBlocks(JavaPairRDD<Long, EventMention> mentions, List<Correction> active) {
        java.util.Set<String> named = new java.util.HashSet<>();
        active.stream().filter(c -> c.kind() == CorrectionKind.MERGE).forEach(c -> named.addAll(c.mentionIds()));
        java.util.HashMap<FusionBlock, FusionBlock> fusedWith = new java.util.HashMap<>();
        if (named.isEmpty()) {
            return fusedWith;
        }
        java.util.Map<String, FusionBlock> blockOf = mentions.values().filter(m -> named.contains(m.id()))
                .mapToPair(m -> new Tuple2<>(m.id(), Fuser.blockKey(m))).collectAsMap();
        boolean changed = true;
        while (changed) { // join blocks until every merge's blocks share one representative
            changed = false;
            for (Correction c : active) {
                if (c.kind() != CorrectionKind.MERGE) {
                    continue;
                }
                List<FusionBlock> reps = c.mentionIds().stream().map(blockOf::get).filter(java.util.Objects::nonNull)
                        .map(b -> fusedWith.getOrDefault(b, b)).distinct().sorted().toList();
                for (FusionBlock b : reps.subList(Math.min(1, reps.size()), reps.size())) {
                    fusedWith.put(b, reps.get(0));
                    fusedWith.replaceAll((k, v) -> v.equals(b) ? reps.get(0) : v);
                    changed = true;
                }
            }
        }
        return fusedWith;
    }

    /** Single-link fusion by pairs in buckets and connected components (the earlier distributed form). */
    static JavaPairRDD<Long, Event> pairEvents(JavaPairRDD<Long, EventMention> mentions, int partitions) {
        JavaPairRDD<Tuple2<FusionBlock.Bucket, Boolean>, Iterable<Member>> buckets = mentions
                .flatMapToPair(km -> Fuser.meetings(km._2()).stream()
                        .map(m -> new Tuple2<>(new Tuple2<>(m.bucket(), m.byWeek()), new Member(km._1(), km._2(), m.home())))
                        .iterator())
                .groupByKey(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> edges = buckets.filter(b -> b._1()._2())
                .flatMapToPair(bucket -> links(bucket._2()).iterator())
                .distinct(partitions);
        JavaPairRDD<Long, Long> dated = components(edges, partitions);
        // an undated mention joins the one event its linked dated mentions belong to, if there is one
        JavaPairRDD<Long, Long> attached = buckets.filter(b -> !b._1()._2())
                .flatMapToPair(bucket -> undatedLinks(bucket._2()).iterator())       // (dated, undated)
                .leftOuterJoin(dated, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().orElse(t._1())))  // (undated, event label)
                .groupByKey(partitions)
                .flatMapToPair(u -> {
                    java.util.Set<Long> labels = new java.util.HashSet<>();
                    u._2().forEach(labels::add);
                    return labels.size() == 1 ? List.of(new Tuple2<>(u._1(), labels.iterator().next())).iterator()
                            : java.util.Collections.<Tuple2<Long, Long>>emptyIterator();
                });
        JavaPairRDD<Long, Event> events = mentions
                .leftOuterJoin(dated.union(attached), partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), new Tuple2<>(t._1(), t._2()._1())))
                .groupByKey(partitions)
                .mapToPair(group -> {
                    List<Tuple2<Long, EventMention>> members = new ArrayList<>();
                    group._2().forEach(members::add);
                    members.sort((a, b) -> Long.compare(a._1(), b._1()));
                    // keyed by the first member, as the CLI orders its events
                    return new Tuple2<>(members.get(0)._1(), Models.pipeline().fuser()
                            .event(members.stream().map(Tuple2::_2).toList()));
                });
        buckets.unpersist(false);
        return events;
    }

    /** In a place bucket: the (dated, undated) pairs that link, for attaching undated mentions. */
    private static List<Tuple2<Long, Long>> undatedLinks(Iterable<Member> bucket) {
        Split s = split(bucket);
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        for (Member undated : s.home()) {
            for (Member dated : s.guests()) {
                if (linked(s.fuser(), undated, dated)) {
                    out.add(new Tuple2<>(dated.key(), undated.key()));
                }
            }
        }
        return out;
    }

    /** In a week bucket: the linked pairs with at least one member at home, as (earlier, later) positions. */
    private static List<Tuple2<Long, Long>> links(Iterable<Member> bucket) {
        Split s = split(bucket);
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        for (int a = 0; a < s.home().size(); a++) {
            List<Member> others = new ArrayList<>(s.home().subList(a + 1, s.home().size()));
            others.addAll(s.guests());
            for (Member other : others) {
                Member x = s.home().get(a);
                if (linked(s.fuser(), x, other)) {
                    out.add(new Tuple2<>(Math.min(x.key(), other.key()), Math.max(x.key(), other.key())));
                }
            }
        }
        return out;
    }

    private record Split(List<Member> home, List<Member> guests, Fuser fuser) {
    }

    private static Split split(Iterable<Member> bucket) {
        Split s = new Split(new ArrayList<>(), new ArrayList<>(), Models.pipeline().fuser());
        bucket.forEach(m -> (m.home() ? s.home() : s.guests()).add(m));
        return s;
    }

    /** Core's pair rule, the earlier mention in input order first. */
    private static boolean linked(Fuser fuser, Member x, Member y) {
        return x.key() < y.key() ? fuser.links(x.mention(), y.mention()) : fuser.links(y.mention(), x.mention());
    }

    /**
     * Each linked vertex's component label: the smallest position in its component, which is also the
     * root the CLI's union-find keeps. Unlinked vertices have no entry.
     */
    static JavaPairRDD<Long, Long> components(JavaPairRDD<Long, Long> edges, int partitions) {
        JavaPairRDD<Long, Long> both = edges.union(edges.mapToPair(Tuple2::swap)).distinct(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> labels = both.mapToPair(e -> new Tuple2<>(e._1(), Math.min(e._1(), e._2())))
                .reduceByKey(Math::min, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<Long, Long> next = both.join(labels, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(labels)
                    .reduceByKey(Math::min, partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels, partitions).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                both.unpersist(false);
                return labels;
            }
        }
    }
}
