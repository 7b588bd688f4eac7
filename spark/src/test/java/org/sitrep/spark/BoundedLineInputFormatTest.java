package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.JobConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSONL input format: one record per line, an over-long line as its length alone, splits that lose nothing. */
class BoundedLineInputFormatTest {
    @TempDir
    Path dir;

    private static JobConf conf(int maxBytes) {
        JobConf job = new JobConf();
        job.setInt(BoundedLineInputFormat.MAX_BYTES, maxBytes);
        return job;
    }

    /** Each line of the split as "offset:length:text" (text empty when the line carried no bytes). */
    private static List<String> read(Path file, long start, long length, JobConf job) throws Exception {
        List<String> out = new ArrayList<>();
        try (var reader = new BoundedLineInputFormat.Reader(
                new FileSplit(new org.apache.hadoop.fs.Path(file.toUri()), start, length, new String[0]), job)) {
            LongWritable key = reader.createKey();
            BoundedLineInputFormat.Line line = reader.createValue();
            while (reader.next(key, line)) {
                out.add(key.get() + ":" + line.length() + ":" + new String(line.bytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private Path file(String content) throws Exception {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void anOverLongLineComesAsItsLengthWithoutItsBytesAndTheOtherLinesFollow() throws Exception {
        String longLine = "{\"text\": \"" + "w".repeat(300) + "\"}";
        Path f = file("{\"id\": \"a\"}\n" + longLine + "\n\n{\"id\": \"b\"}\r\n{\"id\": \"c\"}");
        assertThat(read(f, 0, Files.size(f), conf(64))).containsExactly(
                "0:11:{\"id\": \"a\"}",
                "12:312:",
                "325:0:",
                "326:11:{\"id\": \"b\"}",
                "339:11:{\"id\": \"c\"}");
    }

    @Test
    void anySplitPointGivesEveryLineOnceInOrder() throws Exception {
        Path f = file("{\"id\": \"a\"}\n" + "x".repeat(150) + "\n\n{\"id\": \"b\"}\n\n{\"id\": \"c\"}\n");
        long size = Files.size(f);
        JobConf job = conf(64);
        List<String> whole = read(f, 0, size, job);
        assertThat(whole).hasSize(6);
        for (long p = 1; p < size; p++) {
            List<String> joined = new ArrayList<>(read(f, 0, p, job));
            joined.addAll(read(f, p, size - p, job));
            assertThat(joined).as("split at byte %d", p).isEqualTo(whole);
        }
    }
}
