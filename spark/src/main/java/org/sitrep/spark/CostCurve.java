package org.sitrep.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.SyntheticMentions;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.spark.synth.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * The cost curve (docs/scaling.md): the Spark job at 1 and 2 executor cores on generated corpora of
 * growing size, against the single-machine pipeline on the smallest corpus, measured in the same JVM
 * and run (the machines are shared, so speeds are reported as ratios to that baseline).
 */
@Command(name = "cost-curve", mixinStandardHelpOptions = true,
        description = "Throughput and per-stage time of the Spark job by corpus size and executor cores.")
public final class CostCurve implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", description = "corpus sizes in articles (default: ${DEFAULT-VALUE})")
    List<Integer> sizes = List.of(1000, 10000, 100000);

    @Option(names = "--cores", split = ",", description = "executor cores, as local[N] (default: ${DEFAULT-VALUE})")
    List<Integer> cores = List.of(1, 2);

    @Option(names = "--baseline", description = "articles for the single-machine baseline (default: ${DEFAULT-VALUE})")
    int baseline = 1000;

    @Option(names = "--dir", description = "scratch folder for corpora and outputs (default: ${DEFAULT-VALUE})")
    Path dir = Path.of("target/cost-curve");

    @Option(names = "--fusion-sizes", paramLabel = "N,N,...",
            description = "mentions for the fusion-only curve, local union-find vs distributed; empty for none "
                    + "(default: ${DEFAULT-VALUE})")
    String fusionSizes = "1000,10000,100000";

    @Option(names = "--skip-pipeline", description = "only the fusion curve")
    boolean skipPipeline;

    @Option(names = "--seed", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed = 2026;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CostCurve()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        Pipeline pipeline = Models.pipeline();   // the instance the local executors share
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "model load: %.1f s%n", loadSeconds);
        List<Integer> fusion = java.util.Arrays.stream(fusionSizes.split(",")).map(String::trim)
                .filter(x -> !x.isEmpty()).map(Integer::parseInt).toList();
        if (!fusion.isEmpty()) {
            fusionCurve(fusion);
        }
        if (skipPipeline) {
            return 0;
        }

        Path base = corpus(baseline);
        pipeline.run(List.of(corpus(Math.min(50, baseline))));   // warm-up: JIT and lazy tables
        t0 = System.nanoTime();
        PipelineResult b = pipeline.run(List.of(base));
        double baseSeconds = (System.nanoTime() - t0) / 1e9;
        double baseRate = b.articles().size() / baseSeconds;
        System.out.printf(Locale.ROOT, "baseline (CLI pipeline, 1 thread, %d articles): %.1f s, %.2f articles/s, %.0f tokens/s%n",
                b.articles().size(), baseSeconds, baseRate, b.tokens() / baseSeconds);

        // warm-up of the Spark path: JIT-compiles the job
        Path warm = dir.resolve("out-warmup");
        SparkSession first = session(2);
        SparkJob.run(first, new JobConfig(List.of(corpus(50).toString()), warm.toString(), warm.resolve("_work").toString(),
                JobConfig.DEFAULT_ARTICLES_PER_SHARD));
        first.stop();
        deleteWork(warm.resolve("_work"));

        List<String> rows = new ArrayList<>();
        rows.add("| articles | cores | wall s | articles/s | tokens/s | ratio to baseline | read s | process s | infer s | fuse s | write s "
                + "| annotate cpu s | extract cpu s | resolve cpu s | mentions | events | peak heap GB |");
        rows.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int size : sizes) {
            Path corpus = corpus(size);
            for (int c : cores) {
                SparkSession spark = session(c);
                resetPeaks();
                Path out = dir.resolve("out-" + size + "-" + c);
                long s0 = System.nanoTime();
                JobReport r = SparkJob.run(spark, new JobConfig(List.of(corpus.toString()), out.toString(),
                        out.resolve("_work").toString(), JobConfig.DEFAULT_ARTICLES_PER_SHARD));
                double wall = (System.nanoTime() - s0) / 1e9;
                spark.stop();
                deleteWork(out.resolve("_work"));
                Map<String, Long> p = r.phaseMillis();
                Map<String, Long> st = r.stageNanos();
                String row = String.format(Locale.ROOT,
                        "| %d | %d | %.1f | %.2f | %.0f | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d | %.2f |",
                        size, c, wall, r.articles() / wall, r.tokens() / wall, r.articles() / wall / baseRate,
                        p.get("read") / 1e3, p.get("process") / 1e3, p.get("infer") / 1e3, p.get("fuse") / 1e3,
                        p.get("write") / 1e3, st.get("annotate") / 1e9, st.get("extract") / 1e9, st.get("resolve") / 1e9,
                        r.mentions(), r.events(), peakHeapGb());
                rows.add(row);
                System.out.println(row);
                Files.write(dir.resolve("cost-curve.md"), rows);
            }
        }
        System.out.println();
        rows.forEach(System.out::println);
        return 0;
    }

    /**
     * Fusion alone, on core's synthetic mentions (many outlets reporting events across countries and
     * weeks): the CLI's union-find in one thread, and the distributed steps at each core count.
     */
    private void fusionCurve(List<Integer> fusionSizes) {
        Fuser fuser = Models.pipeline().fuser();
        fuser.events(SyntheticMentions.generate(2000, 1));   // warm-up
        List<String> rows = new ArrayList<>();
        rows.add("| mentions | events | local union-find s | " + String.join(" | ",
                cores.stream().map(c -> "distributed, " + c + " core" + (c > 1 ? "s" : "") + " s").toList()) + " |");
        rows.add("|---|---|---|" + "---|".repeat(cores.size()));
        for (int n : fusionSizes) {
            List<EventMention> mentions = SyntheticMentions.generate(n, 42);
            long t0 = System.nanoTime();
            int events = fuser.events(mentions).size();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %d | %d | %.2f |", n, events,
                    (System.nanoTime() - t0) / 1e9));
            for (int c : cores) {
                SparkSession spark = session(c);
                JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
                List<Tuple2<Long, EventMention>> keyed = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    keyed.add(new Tuple2<>((long) i * DistributedFusion.PER_ARTICLE, mentions.get(i)));
                }
                JavaPairRDD<Long, EventMention> rdd = sc.parallelizePairs(keyed, c * 4).cache();
                rdd.count();
                DistributedFusion.events(rdd, c * 2).count();   // warm-up of this session
                long s0 = System.nanoTime();
                long distributed = DistributedFusion.events(rdd, c * 2).count();
                double seconds = (System.nanoTime() - s0) / 1e9;
                spark.stop();
                if (distributed != events) {
                    throw new IllegalStateException("distributed fusion gave " + distributed + " events, local " + events);
                }
                row.append(String.format(Locale.ROOT, " %.2f |", seconds));
            }
            rows.add(row.toString());
            System.out.println(row);
        }
        try {
            Files.write(dir.resolve("fusion-curve.md"), rows);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        rows.forEach(System.out::println);
    }

    private static SparkSession session(int cores) {
        return SparkSession.builder().master("local[" + cores + "]").appName("sitrep-cost-curve")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    }

    private Path corpus(int size) throws Exception {
        Path f = dir.resolve("corpus-" + size + "-" + seed + ".jsonl");
        if (!Files.exists(f)) {
            SyntheticCorpus.write(f, size, seed);
        }
        return f;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the peak heap. */
    private static double peakHeapGb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e9;
    }

    private static void deleteWork(Path work) throws Exception {
        if (Files.exists(work)) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
