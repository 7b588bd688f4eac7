package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.spark.synth.SyntheticCorpus;

/**
 * A Spark run killed with SIGKILL in the middle resumes: the shards it finished are not processed again,
 * and the output has every event exactly once, equal to an uninterrupted run's.
 */
class SparkKillTest {
    @TempDir
    Path dir;

    @Test
    void aKilledRunResumesWithoutRedoingFinishedShards() throws Exception {
        List<String> lines = new ArrayList<>(TestCorpus.bundled());
        lines.addAll(SyntheticCorpus.jsonl(117, 11));
        Path input = TestCorpus.write(dir.resolve("articles.jsonl"), lines);
        Path work = dir.resolve("work");
        Path shards = work.resolve("processed");

        // the child commits three shards, then holds at the fourth commit until killed (HoldingFileSystem): the kill
        // comes after exactly three shards and before the end however loaded the machine is, so the only wait is a
        // safety net against a hung child
        Process child = childRun(input, dir.resolve("killed-out"), work, 3);
        Path log = dir.resolve("child.log");
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
            while (!(finished(shards).size() == 3 && holding(shards)) && child.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(child.isAlive()).as("the child holds at its fourth commit; its log:%n%s", tail(log)).isTrue();
            assertThat(holding(shards)).as("a shard waits for its commit; the child's log:%n%s", tail(log)).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        Map<String, FileTime> before = finished(shards);
        assertThat(before.size()).as("shards finished before the kill").isEqualTo(3);
        assertThat(Files.exists(dir.resolve("killed-out/events.jsonl"))).isFalse();

        Path out = dir.resolve("resumed-out");
        JobReport resumed = SparkJob.run(LocalSpark.get(), new JobConfig(List.of(input.toString()), out.toString(),
                work.toString(), 4));
        assertThat(resumed.shards()).as("120 articles in shards of 4").isEqualTo(30);
        assertThat(before.size()).as("the kill came before the end").isLessThan(resumed.shards());
        assertThat(resumed.shardsRun()).isEqualTo(resumed.shards() - before.size());
        Map<String, FileTime> after = finished(shards);
        before.forEach((name, time) -> assertThat(after.get(name)).as(name + " untouched").isEqualTo(time));
        assertThat(after).hasSize(resumed.shards());
        assertThat(holding(shards)).as("the killed task's unfinished shard is cleared").isFalse();

        Path clean = dir.resolve("clean-out");
        SparkJob.run(LocalSpark.get(), new JobConfig(List.of(input.toString()), clean.toString(),
                dir.resolve("clean-work").toString(), 4));
        for (String f : new String[] {"mentions.jsonl", "events.jsonl", "events.csv"}) {
            assertThat(Files.readString(out.resolve(f))).as(f).isEqualTo(Files.readString(clean.resolve(f)));
        }
        List<String> ids = Files.readAllLines(out.resolve("events.jsonl")).stream()
                .map(l -> l.substring(0, l.indexOf(',')))
                .toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    private static Process childRun(Path input, Path out, Path work, int commits) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx3g");
        cmd.add("-Dspark.hadoop.fs.file.impl=" + HoldingFileSystem.class.getName());
        cmd.add("-Dspark.hadoop.fs.file.impl.disable.cache=true");
        cmd.add("-D" + HoldingFileSystem.LIMIT + "=" + commits);
        for (String opt : System.getProperty("sitrep.sparkJavaOptions", "").split(" ")) {
            if (!opt.isBlank()) {
                cmd.add(opt);
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), SparkMain.class.getName(),
                "--input", input.toString(), "--out", out.toString(), "--work", work.toString(),
                "--shard-size", "4", "--master", "local[2]"));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(new File(out.getParent().toFile(), "child.log")).start();
    }

    /** Whether a finished shard's file waits under its temporary name (ShardStore writes it, then renames it). */
    private static boolean holding(Path shards) throws Exception {
        if (!Files.isDirectory(shards)) {
            return false;
        }
        try (Stream<Path> files = Files.list(shards)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("_tmp-shard-"));
        }
    }

    private static String tail(Path log) throws Exception {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Map<String, FileTime> finished(Path shards) throws Exception {
        Map<String, FileTime> out = new TreeMap<>();
        if (!Files.isDirectory(shards)) {
            return out;
        }
        try (Stream<Path> files = Files.list(shards)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("shard-")).toList()) {
                out.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
            }
        }
        return out;
    }
}
