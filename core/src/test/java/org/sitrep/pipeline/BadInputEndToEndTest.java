package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.OutputWriter;

/** A folder of good and bad files, run as `sitrep extract` runs it: errors are listed, the good files processed. */
class BadInputEndToEndTest {
    @TempDir
    Path in;
    @TempDir
    Path out;

    @Test
    void badFilesAreReportedByNameAndGoodOnesAreStillExtracted() throws Exception {
        Files.writeString(in.resolve("good.txt"), " date 2021-03-16 Gunmen killed 12 villagers in an attack on "
                + "Kajuru in Kaduna state on Monday, police said.");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0, 9});
        Files.write(in.resolve("latin1.txt"), "Des hommes armés ont tué 12 villageois près de Kaduna lundi."
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("french.txt"), "Des hommes armés ont tué douze villageois lors d'une attaque "
                + "contre le village de Kajuru, dans l'État de Kaduna, lundi, a indiqué la police locale dans un communiqué.");
        Files.writeString(in.resolve("feed.jsonl"),
                "{\"id\":\"w1\",\"url\":\"https://example-wire.org/a\",\"published\":\"2021-03-17\",\"text\":"
                        + "\"At least 17 people were killed when armed men attacked Kajuru on Monday, residents said.\"}\n"
                        + "{not json at all\n");
        Files.writeString(in.resolve("nav.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");

        PipelineResult r = TestPipeline.get().run(List.of(in));
        OutputWriter.write(out, r);

        List<JsonNode> errors = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("errors.jsonl"))) {
            errors.add(json.readTree(line));
        }
        List<String> inputs = errors.stream().map(e -> e.get("input").asText()).toList();
        assertThat(inputs).anyMatch(s -> s.endsWith("empty.txt"));
        assertThat(inputs).anyMatch(s -> s.endsWith("binary.txt"));
        assertThat(inputs).anyMatch(s -> s.endsWith("latin1.txt"));
        assertThat(inputs).anyMatch(s -> s.endsWith("french.txt"));
        assertThat(inputs).anyMatch(s -> s.contains("feed.jsonl:2"));
        assertThat(inputs).anyMatch(s -> s.endsWith("nav.html"));
        assertThat(errors).allMatch(e -> !e.get("reason").asText().isBlank());

        // both good reports were read, and fused into one event with two accounts
        assertThat(r.articles()).extracting(a -> a.docId()).containsExactlyInAnyOrder("good", "w1");
        assertThat(r.events()).anyMatch(e -> e.type().subEventType().equals("Attack") && e.accounts().size() == 2);
        assertThat(Files.readAllLines(out.resolve("events.jsonl"))).isNotEmpty();
        assertThat(r.articles()).filteredOn(a -> a.docId().equals("w1")).allMatch(a -> "example-wire.org".equals(a.outlet()));
    }
}
