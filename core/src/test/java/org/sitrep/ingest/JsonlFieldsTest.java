// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/** A JSONL record's fields that are not article fields: read without them, and said so. */
class JsonlFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FLOOD = "Floodwater cut the only road into the valley town of Marrowby on Sunday, "
            + "and two bridges on the river were closed, the district office said.";
    private static final String CLASH = "Two herding groups clashed over a well near the hamlet of Quennet on "
            + "Friday; four men were wounded, a local elder said.";
    private static final String FIELDS = " (the fields read are id, url, outlet, published, title, text)";

    @TempDir
    Path dir;

    private final Ingest ingest = new Ingest();

    @Test
    void anUnknownFieldIsAWarningOncePerFileNamingItsFirstLineAndTheArticlesStillCount() throws IOException {
        Path feed = write("feed.jsonl", line("a1", FLOOD, "titel", "Road cut", "lang", "en"),
                line("a2", CLASH, "lang", "en"), line("a3", FLOOD + " More rain is due.", "lang", "en"));

        IngestResult r = ingest.read(List.of(feed));

        assertThat(r.errors()).isEmpty();
        assertThat(r.articles()).extracting(Article::docId, Article::title).containsExactly(
                tuple("a1", null), tuple("a2", null), tuple("a3", null));
        assertThat(r.warnings()).extracting(IngestWarning::input, IngestWarning::reason).containsExactly(
                tuple(feed + ":1", "unknown field 'titel' ignored" + FIELDS),
                tuple(feed + ":1", "unknown field 'lang' ignored, here and on 2 later lines" + FIELDS));
    }

    @Test
    void aFieldSeenOnlyLaterInTheFileNamesThatLine() throws IOException {
        Path feed = write("late.jsonl", line("b1", FLOOD), line("b2", CLASH, "source_rank", "3"));

        assertThat(ingest.read(List.of(feed)).warnings()).extracting(IngestWarning::input, IngestWarning::reason)
                .containsExactly(tuple(feed + ":2", "unknown field 'source_rank' ignored" + FIELDS));
    }

    @Test
    void aRecordWithOnlyArticleFieldsWarnsOfNothing() throws IOException {
        ObjectNode full = JSON.createObjectNode().put("id", "c1").put("url", "https://news.example/c1")
                .put("outlet", "Valley Post").put("published", "2026-05-03").put("title", "Road cut").put("text", FLOOD);
        Path feed = write("full.jsonl", full.toString());

        IngestResult r = ingest.read(List.of(feed));

        assertThat(r.warnings()).isEmpty();
        assertThat(r.articles()).hasSize(1);
    }

    @Test
    void manyUnknownFieldsAreCappedWithOneLineForTheRest() throws IOException {
        String[] extra = IntStream.range(0, JsonlReader.MAX_UNKNOWN_FIELDS + 5)
                .mapToObj(i -> List.of("x" + i, "v")).flatMap(List::stream).toArray(String[]::new);
        Path feed = write("wide.jsonl", line("d1", CLASH, extra));

        List<IngestWarning> w = ingest.read(List.of(feed)).warnings();

        assertThat(w).hasSize(JsonlReader.MAX_UNKNOWN_FIELDS + 1);
        assertThat(w.get(w.size() - 1)).isEqualTo(new IngestWarning(feed.toString(), "5 more unknown fields ignored"));
    }

    @Test
    void anUnknownFieldNameIsQuotedWithoutItsControlCharacters() throws IOException {
        Path feed = write("ctl.jsonl", line("e1", FLOOD, "bad\nname", "v"));

        assertThat(ingest.read(List.of(feed)).warnings()).extracting(IngestWarning::reason)
                .containsExactly("unknown field 'bad?name' ignored" + FIELDS);
    }

    @Test
    void textSpeltInAnotherCaseIsAnErrorThatSaysSo() throws IOException {
        ObjectNode o = JSON.createObjectNode().put("id", "f1").put("Text", FLOOD);
        Path feed = write("case.jsonl", o.toString());

        IngestResult r = ingest.read(List.of(feed));

        assertThat(r.errors()).extracting(InputError::input, InputError::reason).containsExactly(
                tuple(feed + ":1", "missing text (the record has 'Text'; field names are lower-case)"));
    }

    @Test
    void aSingleLineReadAloneWarnsForThatLine() {
        byte[] b = line("g1", CLASH, "score", "0.5").getBytes(StandardCharsets.UTF_8);

        IngestResult r = ingest.jsonlLine(b, b.length, true, "part.jsonl:7", "part#7");

        assertThat(r.articles()).hasSize(1);
        assertThat(r.warnings()).containsExactly(new IngestWarning("part.jsonl:7", "unknown field 'score' ignored" + FIELDS));
    }

    /** One JSONL line: the id, the text, then pairs of extra field names and values. */
    private static String line(String id, String text, String... extra) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("text", text);
        for (int i = 0; i < extra.length; i += 2) {
            o.put(extra[i], extra[i + 1]);
        }
        return o.toString();
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), IntStream.range(0, lines.length).mapToObj(i -> lines[i])
                .collect(Collectors.joining("\n", "", "\n")));
    }
}
