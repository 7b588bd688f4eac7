package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import picocli.CommandLine;

/** The Spark job against the single-machine CLI, on the same JSONL input, in local[2] mode. */
class SparkJobTest {
    private static final String[] FILES = {"mentions.jsonl", "events.jsonl", "events.csv", "errors.jsonl"};

    @TempDir
    static Path dir;
    static Path input;
    static Path cliOut;
    static Path sparkOut;
    static JobReport report;

    @BeforeAll
    static void runBoth() throws Exception {
        List<String> lines = new ArrayList<>(TestCorpus.bundled());
        lines.addAll(org.sitrep.spark.synth.SyntheticCorpus.jsonl(300, 7));
        // copies of bundled articles under other ids: one with the same date (read once), one with another date
        // (read on its own), one of the undated article (placed with it)
        lines.addAll(TestCorpus.copies());
        input = TestCorpus.write(dir.resolve("articles.jsonl"), lines);
        cliOut = dir.resolve("cli");
        assertThat(new CommandLine(new Main()).execute("extract", input.toString(), "--out", cliOut.toString())).isZero();
        sparkOut = dir.resolve("spark");
        report = SparkJob.run(LocalSpark.get(), new JobConfig(List.of(input.toString()), sparkOut.toString(),
                dir.resolve("work").toString(), 40));
    }

    @Test
    void sparkWritesExactlyTheCliFiles() throws Exception {
        for (String f : FILES) {
            assertThat(Files.readString(sparkOut.resolve(f))).as(f).isEqualTo(Files.readString(cliOut.resolve(f)));
        }
        assertThat(report.articles()).isEqualTo(306);
        assertThat(report.copies()).isEqualTo(3);
        assertThat(report.events()).isPositive().isLessThan(report.mentions());
        assertThat(report.shards()).isEqualTo(8);
        assertThat(report.shardsRun()).isEqualTo(8);
    }

    @Test
    void fusedEventsCarryAccountsFromSeveralOutlets() throws Exception {
        assertThat(Files.readAllLines(sparkOut.resolve("events.jsonl")))
                .anySatisfy(l -> assertThat(l).contains("\"mention_ids\":[\"").matches(".*\"mention_ids\":\\[\"[^\\]]*\",\"[^\\]]*\\].*"));
        // the undated bundled article is placed by the others, as on one machine
        assertThat(Files.readString(sparkOut.resolve("mentions.jsonl"))).contains("\"date_basis\":\"inferred\"");
    }

    @Test
    void copiesAreReportedUnderTheirOwnIdsAsOnOneMachine() throws Exception {
        String mentions = Files.readString(sparkOut.resolve("mentions.jsonl"));
        assertThat(mentions).contains("\"doc_id\":\"copy-same-day\"", "\"doc_id\":\"copy-other-day\"",
                "\"doc_id\":\"copy-undated\"", "\"copy_of\":\"");
    }

    @Test
    void parquetTablesHoldEveryEventAndMention() {
        var spark = LocalSpark.get();
        assertThat(spark.read().parquet(sparkOut.resolve("parquet/events").toString()).count()).isEqualTo(report.events());
        assertThat(spark.read().parquet(sparkOut.resolve("parquet/mentions").toString()).count()).isEqualTo(report.mentions());
        assertThat(spark.read().parquet(sparkOut.resolve("parquet/events").toString())
                .filter("event_type = 'Battles' or event_type = 'Explosions/Remote violence'").count()).isPositive();
    }

    @Test
    void parquetArticlesGiveTheSameEvents() throws Exception {
        var spark = LocalSpark.get();
        Path parquet = dir.resolve("articles.parquet");
        spark.read().json(input.toString()).coalesce(1).write().parquet(parquet.toString());
        Path out = dir.resolve("spark-parquet");
        SparkJob.run(spark, new JobConfig(List.of(parquet.toString()), out.toString(), dir.resolve("work-pq").toString(), 200));
        assertThat(Files.readString(out.resolve("events.jsonl"))).isEqualTo(Files.readString(cliOut.resolve("events.jsonl")));
    }

    @Test
    void aSecondRunResumesFromTheCheckpointWithoutRedoingShards() throws Exception {
        Path again = dir.resolve("spark-again");
        JobReport second = SparkJob.run(LocalSpark.get(), new JobConfig(List.of(input.toString()), again.toString(),
                dir.resolve("work").toString(), 40));
        assertThat(second.shardsRun()).isZero();
        assertThat(second.tokens()).isZero();
        for (String f : FILES) {
            assertThat(Files.readString(again.resolve(f))).as(f).isEqualTo(Files.readString(cliOut.resolve(f)));
        }
    }

    @Test
    void aCheckpointOfAnotherInputIsRefused() {
        assertThatThrownBy(() -> SparkJob.run(LocalSpark.get(), new JobConfig(List.of(input.toString()),
                dir.resolve("other").toString(), dir.resolve("work").toString(), 10)))
                .hasMessageContaining("different input or shard size");
    }
}
