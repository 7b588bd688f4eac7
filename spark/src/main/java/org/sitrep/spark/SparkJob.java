package org.sitrep.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.InputError;
import org.sitrep.pipeline.Copies;
import org.sitrep.pipeline.Pipeline.Processed;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.spark.Admission.Kept;
import org.sitrep.spark.Admission.SharedCopy;
import org.sitrep.spark.ShardWork.Queued;
import org.sitrep.spark.ShardWork.ShardRun;
import org.sitrep.spark.UndatedInference.Inferred;
import org.sitrep.store.OutputWriter;
import scala.Tuple2;

/**
 * The Sitrep pipeline as a Spark job: the entry point of this module. The stages are core's, run per
 * partition with the models loaded once per executor ({@link Models}):
 * <ol>
 *   <li>read: every JSONL line or Parquet row checked in parallel; copies told apart in input order, those
 *       with an earlier article's text and date not read again ({@link Admission}, {@link Copies});</li>
 *   <li>process: annotate, extract, resolve per shard of articles, each finished shard checkpointed
 *       ({@link ShardWork}, {@link WorkFolder});</li>
 *   <li>infer: undated articles placed by the dated events they share with other articles
 *       ({@link UndatedInference});</li>
 *   <li>fuse: {@link DistributedFusion};</li>
 *   <li>write: Parquet tables, and mentions.jsonl, events.jsonl, events.csv, errors.jsonl as the CLI
 *       writes them.</li>
 * </ol>
 * On the same input the files equal the CLI's, byte for byte.
 */
public final class SparkJob {
    private SparkJob() {
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
        List<ArticleInput.Checked> records = new ArrayList<>(checked.flatMap(r -> Admission.summaries(r._1(), r._2())
                .iterator()).collect());
        records.sort(Comparator.comparingLong(ArticleInput.Checked::position));
        Admission.emptyFiles(files, records, errors);
        Admission admission = Admission.of(records, errors);
        HashMap<Long, Kept> kept = admission.kept();
        HashMap<Long, List<SharedCopy>> copiesOf = admission.copiesOf();
        int shards = (int) Math.max(1, (kept.size() + config.articlesPerShard() - 1) / config.articlesPerShard());
        WorkFolder.check(config, conf, kept.size(), admission.fingerprint());
        TreeSet<Integer> done = ShardStore.finished(config.work(), conf);
        phases.put("read", millisSince(t));

        // process: only the shards no earlier run finished
        t = System.nanoTime();
        Broadcast<HashMap<Long, Kept>> keptB = sc.broadcast(kept);
        Broadcast<TreeSet<Integer>> doneB = sc.broadcast(done);
        int perShard = config.articlesPerShard();
        String work = config.work();
        Broadcast<HashMap<String, String>> confB = sc.broadcast(ShardWork.settings(conf));
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
                .mapPartitions(part -> ShardWork.process(part, work, ShardWork.hadoop(confB.value())))
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
        Map<Long, Inferred> inferred = new HashMap<>(UndatedInference.infer(sc, processed));
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
                admission.copies(), inferredText, tokens, List.of()));
        phases.put("write", millisSince(t));
        processed.unpersist(false);
        mentions.unpersist(false);
        events.unpersist(false);

        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("annotate", runs.stream().mapToLong(ShardRun::annotate).sum());
        stages.put("extract", runs.stream().mapToLong(ShardRun::extract).sum());
        stages.put("resolve", runs.stream().mapToLong(ShardRun::resolve).sum());
        return new JobReport(admission.admitted(), admission.copies(), errors.size(), mentionList.size(), eventList.size(),
                shards, runs.size(), tokens, stages, phases);
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

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
