package org.sitrep.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.sitrep.model.Correction;
import org.sitrep.store.CorrectionJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command spark-submit runs (docs/spark.md); also runs locally with {@code --master local[N]}. */
@Command(name = "sitrep-spark", mixinStandardHelpOptions = true,
        description = "Extract and fuse events from JSONL or Parquet articles on Apache Spark.")
public final class SparkMain implements Callable<Integer> {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "JSONL or Parquet files or folders, on any Hadoop-compatible file system")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "output folder")
    String out;

    @Option(names = "--work", paramLabel = "PATH",
            description = "checkpoint folder; rerun with the same one to resume a killed run (default: OUT/_work)")
    String work;

    @Option(names = "--shard-size", paramLabel = "N", description = "articles per checkpointed shard (default: ${DEFAULT-VALUE})")
    int shardSize = JobConfig.DEFAULT_ARTICLES_PER_SHARD;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "analysts' corrections to fuse with: a 'sitrep correct list --json' export (docs/corrections.md)")
    java.nio.file.Path corrections;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit, e.g. local[2] (default: local[*])")
    String master;

    /**
     * The session's settings: {@code master}, else spark-submit's, else {@code local[*]}. In local mode the
     * driver binds to loopback and the web UI is off, unless set otherwise ({@code -Dspark.ui.enabled=true}):
     * Spark's UI listens on every interface, without authentication, and shows the job's settings and inputs.
     * A cluster's settings (spark-submit with a cluster master) are left to its operator.
     */
    static SparkConf conf(String master) {
        SparkConf conf = new SparkConf().setAppName("sitrep");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Correction> cs = List.of();
        if (corrections != null) {
            try {
                cs = CorrectionJson.readAll(java.nio.file.Files.readString(corrections));
            } catch (java.io.IOException | IllegalArgumentException e) {
                System.err.println("sitrep-spark: --corrections " + corrections + ": " + e.getMessage());
                return 2;
            }
        }
        SparkSession spark = SparkSession.builder().config(conf(master)).getOrCreate();
        try {
            JobReport r = SparkJob.run(spark, new JobConfig(inputs, out, work != null ? work : out + "/_work", shardSize, cs));
            System.out.printf("sitrep-spark: %d articles (%d copies of an earlier article's text), %d mentions, %d events, %d errors%n",
                    r.articles(), r.copies(), r.mentions(), r.events(), r.errors());
            System.out.printf("shards: %d, processed now: %d, resumed from checkpoint: %d%n", r.shards(), r.shardsRun(),
                    r.shards() - r.shardsRun());
            System.out.println("phases (ms): " + r.phaseMillis());
            System.out.println("output: " + out);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
