package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/** The read step: a file that cannot be read is an error naming it, and the other files are still read. */
class ArticleInputTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotParquetIsRefusedAloneAndTheJsonlBesideItIsRead() throws Exception {
        Path broken = dir.resolve("broken.parquet");
        Files.write(broken, "this is not a parquet file, only some words in it".getBytes(StandardCharsets.UTF_8));
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"id\": \"w1\", \"text\": \"Gunmen fired on a bus near the river crossing at dawn on "
                + "Sunday, wounding six passengers, the district police chief said.\"}\n");
        List<InputError> errors = new ArrayList<>();

        List<String> read = ArticleInput.read(LocalSpark.get(), List.of(broken.toString(), feed.toString()), errors)
                .values().flatMap(r -> r.articles().stream().map(Article::docId).iterator()).collect();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.input()).isEqualTo(broken.toString());
            assertThat(e.reason()).startsWith("not a readable Parquet file (");
        });
        assertThat(read).containsExactly("w1");
    }

    @Test
    void anOverLongLineIsAnErrorNamingItsLineAndTheOtherLinesAreRead() throws Exception {
        Path feed = dir.resolve("long.jsonl");
        String text = "Gunmen fired on a bus near the river crossing at dawn on Sunday, wounding six passengers.";
        String huge = "{\"id\": \"w2\", \"text\": \"" + "word ".repeat(250_000) + "\"}";
        Files.writeString(feed, "{\"id\": \"w1\", \"text\": \"" + text + "\"}\n" + huge + "\n"
                + "{\"id\": \"w3\", \"text\": \"" + text + " Police closed the road.\"}\n");
        List<InputError> errors = new ArrayList<>();

        List<ArticleInput.Checked> checked = new ArrayList<>(ArticleInput.read(LocalSpark.get(), List.of(feed.toString()),
                errors).flatMap(r -> Admission.summaries(r._1(), r._2()).iterator()).collect());
        checked.sort(java.util.Comparator.comparingLong(ArticleInput.Checked::position));

        assertThat(errors).isEmpty();
        assertThat(checked.stream().filter(c -> c.error() == null).map(ArticleInput.Checked::docId))
                .containsExactly("w1", "w3");
        assertThat(checked.stream().map(ArticleInput.Checked::error).filter(java.util.Objects::nonNull))
                .singleElement().satisfies(e -> {
            assertThat(e.input()).isEqualTo(feed + ":2");
            assertThat(e.reason()).isEqualTo("record is " + huge.length()
                    + " bytes, larger than the limit of 1048576 bytes (maxRecordBytes)");
        });
    }
}
