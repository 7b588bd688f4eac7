package org.sitrep.spark;

import org.sitrep.common.StageClock;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.fuse.Fuser;
import org.sitrep.ingest.Deduplicator;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.InputError;
import org.sitrep.pipeline.Copies;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Pipeline.Processed;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.store.OutputWriter;
import scala.Tuple2;

/**
 * The Sitrep pipeline as a Spark job: the entry point of this module. The stages are core's, run per
 * partition with the models loaded once per executor ({@link Models}):
 * <ol>
 *   <li>read: every JSONL line or Parquet row checked in parallel; copies told apart in input order, those
 *       with an earlier article's text and date not read again ({@link Copies});</li>
 *   <li>process: annotate, extract, resolve per shard of articles, each finished shard checkpointed;</li>
 *   <li>infer: undated articles placed by the dated events they share with other articles;</li>
 *   <li>fuse: {@link DistributedFusion};</li>
 *   <li>write: Parquet tables, and mentions.jsonl, events.jsonl, events.csv, errors.jsonl as the CLI
 *       writes them.</li>
 * </ol>
 * On the same input the files equal the CLI's, byte for byte.
 */
public final class SparkJob {
    private SparkJob() {
    }

    /**
     * An article to read: its final docId, its rank among all admitted articles in input order (which orders the
     * output), its slot among the articles read (which places it in a shard), and the article it copies or null.
     */
    record Kept(String docId, long rank, long slot, String copyOf) implements Serializable {
    }

    /**
     * A copy that shares the reading of an earlier article (same text and publication date, {@link Copies}): it is
     * not read, and reports that article's mentions under its own docId, outlet and url.
     */
    record SharedCopy(String docId, String outlet, String url, String copyOf, String input, long rank)
            implements Serializable {
    }

    /** An article waiting in its shard, with its rank in input order. */
    record Queued(long rank, Article article) implements Serializable {
    }

    /** One finished shard's figures. */
    record ShardRun(int shard, long articles, long tokens, long annotate, long extract, long resolve)
            implements Serializable {
    }

    /** A re-resolved undated article. */
    record Inferred(List<EventMention> mentions, String docId, String text) implements Serializable {
    }

    public static JobReport run(SparkSession spark, JobConfig config) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = sc.hadoopConfiguration();
        Map<String, Long> phases = new LinkedHashMap<>();
        long t = System.nanoTime();

        // read
        List<InputError> errors = new ArrayList<>();
        List<String> files = ArticleInput.files(config.inputs(), conf, errors);
        JavaPairRDD<Long, IngestResult> checked = ArticleInput.read(spark, files, errors)
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<ArticleInput.Checked> records = new ArrayList<>(checked.flatMap(r -> summaries(r._1(), r._2()).iterator()).collect());
        records.sort(Comparator.comparingLong(ArticleInput.Checked::position));
        Set<Long> filesWithRecords = new HashSet<>();
        records.forEach(c -> filesWithRecords.add(c.position() >>> ArticleInput.RECORD_BITS));
        for (int i = 0; i < files.size(); i++) {
            String ext = ArticleInput.extension(files.get(i));
            if ((ext.equals("jsonl") || ext.equals("parquet")) && !filesWithRecords.contains((long) i)) {
                errors.add(new InputError(files.get(i), "ingest", "no records (empty or whitespace-only file)"));
            }
        }
        Deduplicator dedup = new Deduplicator();
        HashMap<Long, Kept> kept = new HashMap<>();
        // per reader rank, the copies that share its reading; per reading key, the rank of the article read
        HashMap<Long, List<SharedCopy>> copiesOf = new HashMap<>();
        Map<String, Long> readerOf = new HashMap<>();
        long admitted = 0;
        MessageDigest fingerprint = sha256();
        for (ArticleInput.Checked c : records) {
            if (c.error() != null) {
                errors.add(c.error());
                continue;
            }
            Deduplicator.Admitted in = dedup.accept(c.contentHash(), c.docId());
            long rank = admitted++;
            String key = Copies.readingKey(c.contentHash(), c.published());
            Long reader = in.copy() ? readerOf.get(key) : null;
            if (reader != null) {
                copiesOf.computeIfAbsent(reader, k -> new ArrayList<>())
                        .add(new SharedCopy(in.docId(), c.outlet(), c.url(), in.copyOf(), c.input(), rank));
            } else {
                readerOf.putIfAbsent(key, rank);
                kept.put(c.position(), new Kept(in.docId(), rank, kept.size(), in.copyOf()));
                fingerprint.update((in.docId() + "\t" + c.contentHash() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        int shards = (int) Math.max(1, (kept.size() + config.articlesPerShard() - 1) / config.articlesPerShard());
        checkManifest(config, conf, kept.size(), HexFormat.of().formatHex(fingerprint.digest()));
        TreeSet<Integer> done = ShardStore.finished(config.work(), conf);
        phases.put("read", millisSince(t));

        // process: only the shards no earlier run finished
        t = System.nanoTime();
        Broadcast<HashMap<Long, Kept>> keptB = sc.broadcast(kept);
        Broadcast<TreeSet<Integer>> doneB = sc.broadcast(done);
        int perShard = config.articlesPerShard();
        String work = config.work();
        Broadcast<HashMap<String, String>> confB = sc.broadcast(settings(conf));
        List<ShardRun> runs = checked
                .flatMapToPair(r -> {
                    Kept k = keptB.value().get(r._1());
                    int shard = k == null ? -1 : (int) (k.slot() / perShard);
                    if (k == null || doneB.value().contains(shard)) {
                        return Collections.emptyIterator();
                    }
                    Article a = r._2().articles().get(0);
                    Article named = new Article(k.docId(), a.outlet(), a.url(), a.published(), a.title(), a.text(),
                            a.contentHash(), a.input(), k.copyOf());
                    return List.of(new Tuple2<>(shard, new Queued(k.rank(), named))).iterator();
                })
                .partitionBy(new HashPartitioner(shards))
                .mapPartitions(part -> processShard(part, work, hadoop(confB.value())))
                .collect();
        checked.unpersist(false);
        phases.put("process", millisSince(t));

        // infer
        t = System.nanoTime();
        JavaPairRDD<Long, Processed> processed = sc
                .binaryFiles(ShardStore.dir(work) + "/shard-*.ser.gz", Math.max(1, Math.min(shards, sc.defaultParallelism() * 4)))
                .flatMapToPair(f -> {
                    try (var in = f._2().open()) {
                        return ShardStore.read(in).stream().map(r -> new Tuple2<>(r.rank(), r.processed())).iterator();
                    }
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<HashMap<Long, List<SharedCopy>>> copiesB = sc.broadcast(copiesOf);
        processed.filter(p -> p._2().error() != null)
                .flatMapToPair(p -> {
                    // a copy of an article that could not be processed fails with it, as core's run reports it
                    List<Tuple2<Long, InputError>> out = new ArrayList<>(List.of(new Tuple2<>(p._1(), p._2().error())));
                    for (SharedCopy c : copiesB.value().getOrDefault(p._1(), List.of())) {
                        out.add(new Tuple2<>(c.rank(), new InputError(c.input(), "annotate", "could not process article "
                                + c.docId() + ": its text is that of " + p._2().article().docId()
                                + ", which could not be processed")));
                    }
                    return out.iterator();
                })
                .sortByKey().values().collect().forEach(errors::add);
        Map<Long, Inferred> inferred = new HashMap<>(infer(sc, processed));
        Broadcast<Map<Long, Inferred>> inferredB = sc.broadcast(inferred);
        JavaPairRDD<Long, EventMention> mentions = processed
                .filter(p -> p._2().error() == null)
                .flatMapToPair(p -> {
                    Inferred inf = inferredB.value().get(p._1());
                    Article a = p._2().article();
                    List<EventMention> ms = Copies.marked(a, inf != null ? inf.mentions() : p._2().mentions());
                    if (ms.size() >= DistributedFusion.PER_ARTICLE) {
                        throw new IllegalStateException("article " + a.docId() + " has " + ms.size() + " mentions");
                    }
                    List<Tuple2<Long, EventMention>> out = new ArrayList<>(ms.size());
                    for (int i = 0; i < ms.size(); i++) {
                        out.add(new Tuple2<>(p._1() * DistributedFusion.PER_ARTICLE + i, ms.get(i)));
                    }
                    for (SharedCopy c : copiesB.value().getOrDefault(p._1(), List.of())) {
                        List<EventMention> copied = Copies.reportedBy(c.docId(), c.outlet(), c.url(), c.copyOf(), ms);
                        for (int i = 0; i < copied.size(); i++) {
                            out.add(new Tuple2<>(c.rank() * DistributedFusion.PER_ARTICLE + i, copied.get(i)));
                        }
                    }
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        long tokens = runs.stream().mapToLong(ShardRun::tokens).sum();
        phases.put("infer", millisSince(t));

        // fuse
        t = System.nanoTime();
        int partitions = Math.max(2, sc.defaultParallelism() * 2);
        JavaPairRDD<Long, Event> events = DistributedFusion.events(mentions, partitions, config.corrections()).sortByKey()
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Event> eventList = events.values().collect();
        phases.put("fuse", millisSince(t));

        // write
        t = System.nanoTime();
        List<EventMention> mentionList = mentions.sortByKey().values().collect();
        ParquetOutput.write(spark, events.values(), mentions.values(), config.output() + "/parquet");
        // an undated article's copies are placed with it
        TreeMap<Long, String[]> inferredByRank = new TreeMap<>();
        inferred.forEach((rank, inf) -> {
            inferredByRank.put(rank, new String[] {inf.docId(), inf.text()});
            copiesOf.getOrDefault(rank, List.of()).forEach(c -> inferredByRank.put(c.rank(), new String[] {c.docId(), inf.text()}));
        });
        Map<String, String> inferredText = new LinkedHashMap<>();
        inferredByRank.values().forEach(d -> inferredText.put(d[0], d[1]));
        writeFiles(config.output(), conf, new PipelineResult(List.of(), mentionList, eventList, errors,
                dedup.copies(), inferredText, tokens, List.of()));
        phases.put("write", millisSince(t));
        processed.unpersist(false);
        mentions.unpersist(false);
        events.unpersist(false);

        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("annotate", runs.stream().mapToLong(ShardRun::annotate).sum());
        stages.put("extract", runs.stream().mapToLong(ShardRun::extract).sum());
        stages.put("resolve", runs.stream().mapToLong(ShardRun::resolve).sum());
        return new JobReport(admitted, dedup.copies(), errors.size(), mentionList.size(), eventList.size(),
                shards, runs.size(), tokens, stages, phases);
    }

    private static List<ArticleInput.Checked> summaries(long position, IngestResult r) {
        List<ArticleInput.Checked> out = new ArrayList<>();
        r.errors().forEach(e -> out.add(new ArticleInput.Checked(position, null, null, null, null, null, null, e)));
        r.articles().forEach(a -> out.add(new ArticleInput.Checked(position, a.contentHash(), a.docId(), a.published(),
                a.outlet(), a.url(), a.input(), null)));
        return out;
    }

    /** Runs one shard's articles through the pipeline and commits the shard. */
    private static Iterator<ShardRun> processShard(Iterator<Tuple2<Integer, Queued>> part,
                                                             String work, Configuration conf) throws IOException {
        if (!part.hasNext()) {
            return Collections.emptyIterator();
        }
        List<Tuple2<Integer, Queued>> items = new ArrayList<>();
        part.forEachRemaining(items::add);
        items.sort(Comparator.comparingLong(i -> i._2().rank()));
        int shard = items.get(0)._1();
        Pipeline pipeline = Models.pipeline();
        long[] nanos = new long[3];
        StageClock clock = (stage, n) -> nanos[switch (stage) {
            case "annotate" -> 0;
            case "extract" -> 1;
            default -> 2;
        }] += n;
        List<ShardStore.Ranked> out = new ArrayList<>(items.size());
        long tokens = 0;
        for (Tuple2<Integer, Queued> i : items) {
            Processed p = pipeline.process(i._2().article(), clock);
            tokens += p.tokens();
            out.add(new ShardStore.Ranked(i._2().rank(), p));
        }
        ShardStore.commit(work, shard, out, conf);
        return List.of(new ShardRun(shard, items.size(), tokens, nanos[0], nanos[1], nanos[2])).iterator();
    }

    /**
     * Undated articles, placed by the dated mentions they share class and place with. Dated mentions are
     * first reduced to each evidence group's latest day ({@link Fuser#evidenceGroup}), which is all that
     * core's {@code inferPublication} can use, so the cost stays linear however many dated reports a
     * place has; the reduced list, in input order, goes to every undated article.
     */
    private static Map<Long, Inferred> infer(JavaSparkContext sc, JavaPairRDD<Long, Processed> processed) {
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
                    List<Tuple2<String, List<Tuple2<Long, EventMention>>>> out = new ArrayList<>();
                    List<EventMention> ms = p._2().mentions();
                    for (int i = 0; i < ms.size(); i++) {
                        EventMention m = ms.get(i);
                        Optional<String> group = fuser.evidenceGroup(m);
                        if (group.isPresent() && namesB.value().contains(m.location().name())) {
                            out.add(new Tuple2<>(group.get(),
                                    List.of(new Tuple2<>(p._1() * DistributedFusion.PER_ARTICLE + i, m))));
                        }
                    }
                    return out.iterator();
                })
                .reduceByKey(SparkJob::latestDay)
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
    private static List<Tuple2<Long, EventMention>> latestDay(List<Tuple2<Long, EventMention>> a,
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

    /** The work folder belongs to one input and shard size; resuming another run's checkpoint would mix outputs. */
    private static void checkManifest(JobConfig config, Configuration conf, int articles, String fingerprint)
            throws IOException {
        String manifest = "articles\t" + articles + "\narticlesPerShard\t" + config.articlesPerShard()
                + "\nfingerprint\t" + fingerprint + "\n";
        Path path = new Path(config.work(), "manifest.tsv");
        FileSystem fs = path.getFileSystem(conf);
        if (fs.exists(path)) {
            try (FSDataInputStream in = fs.open(path)) {
                String old = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!old.equals(manifest)) {
                    throw new IllegalStateException("work folder " + config.work() + " holds the checkpoint of a "
                            + "different input or shard size; give a new --work folder or delete this one");
                }
            }
        } else {
            fs.mkdirs(path.getParent());
            try (OutputStream out = fs.create(path, true)) {
                out.write(manifest.getBytes(StandardCharsets.UTF_8));
            }
        }
        for (FileStatus f : fs.exists(ShardStore.dir(config.work())) ? fs.listStatus(ShardStore.dir(config.work()))
                : new FileStatus[0]) {
            if (f.getPath().getName().startsWith("_tmp-")) {
                fs.delete(f.getPath(), false);   // a killed task's unfinished shard
            }
        }
    }

    /** The CLI's writer, into a local folder, then copied to the output path's file system. */
    private static void writeFiles(String output, Configuration conf, PipelineResult result) throws IOException {
        java.nio.file.Path local = Files.createTempDirectory("sitrep-spark-out");
        OutputWriter.write(local, result);
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(conf);
        fs.mkdirs(out);
        try (var list = Files.list(local)) {
            for (java.nio.file.Path f : list.toList()) {
                fs.copyFromLocalFile(true, true, new Path(f.toUri()), new Path(out, f.getFileName().toString()));
            }
        }
        Files.deleteIfExists(local);
    }

    /** The job's Hadoop settings (file systems, credentials) for the executors, which need them to write shards. */
    private static HashMap<String, String> settings(Configuration conf) {
        HashMap<String, String> out = new HashMap<>();
        conf.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Configuration hadoop(Map<String, String> settings) {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
