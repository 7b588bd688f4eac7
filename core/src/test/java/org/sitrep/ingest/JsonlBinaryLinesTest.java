// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/**
 * A JSONL file with one binary line costs that line alone, wherever it falls; a file that is binary from its start
 * (compressed, an image) is one error for the whole file.
 */
class JsonlBinaryLinesTest {
    private static final String FERRY = "A ferry carrying grain sank off the headland on Tuesday; "
            + "the crew of nine was rescued, the port authority said.";
    private static final String CURFEW = "The provincial governor ordered a night curfew in three districts on "
            + "Wednesday after a night of looting, a spokesman said.";

    @TempDir
    Path dir;

    @Test
    void aBinaryLineNearTheStartIsThatLinesErrorAndTheOtherRecordsAreRead() throws IOException {
        byte[] feed = concat(record("f1", FERRY), "\u0000\u0001\u0002 torn record\n".getBytes(StandardCharsets.UTF_8),
                record("f3", CURFEW));
        Path file = Files.write(dir.resolve("feed.jsonl"), feed);

        IngestResult r = new Ingest().read(List.of(file));

        assertThat(r.articles()).extracting(Article::docId, Article::text)
                .containsExactly(tuple("f1", FERRY), tuple("f3", CURFEW));
        assertThat(r.errors()).extracting(InputError::input).containsExactly(file + ":2");
        // the JSON reader names the control character and the column it stopped at
        assertThat(r.errors().get(0).reason()).startsWith("invalid JSON: Illegal character ((CTRL-CHAR, code 0))")
                .contains(" at column ");
    }

    @Test
    void aCompressedFileIsOneErrorForTheWholeFile() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(concat(record("f1", FERRY), record("f2", CURFEW)));
        }
        Path file = Files.write(dir.resolve("feed.jsonl"), gz.toByteArray());

        IngestResult r = new Ingest().read(List.of(file));

        assertThat(r.articles()).isEmpty();
        assertThat(r.errors()).extracting(InputError::input).containsExactly(file.toString());
        assertThat(r.errors().get(0).reason()).startsWith("binary file (NUL byte at byte offset ");
    }

    @Test
    void onlyAFirstLineOpeningAJsonObjectIsJudgedAlone() {
        byte[] object = "\uFEFF  {\"id\":\"a\"}\n\u0000".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonlReader.sniffed(object)).isEqualTo(object.length - 2);
        byte[] other = "PK\u0003\u0004\n{\"id\":\"a\"}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonlReader.sniffed(other)).isEqualTo(other.length);
        byte[] oneLongLine = "{\"id\":\"a\",\"text\":\"no line break yet".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonlReader.sniffed(oneLongLine)).isEqualTo(oneLongLine.length);
    }

    private static byte[] record(String id, String text) {
        return ("{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
