package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.pipeline.TestPipeline;

/** The output files on the bundled articles: every JSONL line valid against the schema, the CSV readable. */
class OutputSchemaTest {
    @TempDir
    static Path out;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void writeOutput() throws Exception {
        PipelineResult r = TestPipeline.get().run(List.of(Path.of("examples/articles")));
        OutputWriter.write(out, r);
    }

    private static JsonSchema schema() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(OutputSchemaTest.class.getResourceAsStream("/schema/event.schema.json"));
    }

    @Test
    void everyMentionAndEventLineMatchesTheSchema() throws Exception {
        JsonSchema schema = schema();
        for (String file : List.of("mentions.jsonl", "events.jsonl")) {
            List<String> lines = Files.readAllLines(out.resolve(file));
            assertThat(lines).as(file).isNotEmpty();
            for (String line : lines) {
                JsonNode node = JSON.readTree(line);
                Set<ValidationMessage> errors = schema.validate(node);
                assertThat(errors).as("%s: %s", file, line).isEmpty();
            }
        }
    }

    @Test
    void theSchemaRejectsAVagueCountWithAValue() throws Exception {
        JsonNode good = JSON.readTree(Files.readAllLines(out.resolve("mentions.jsonl")).get(0));
        var bad = (com.fasterxml.jackson.databind.node.ObjectNode) good.deepCopy();
        bad.putObject("counts").putObject("fatalities").put("value", 12).put("qualifier", "vague").put("text", "dozens");
        assertThat(schema().validate(bad)).isNotEmpty();
    }

    @Test
    void csvHasAcledColumnsAndConservativeVagueNumbers() throws Exception {
        try (CSVParser p = CSVParser.parse(out.resolve("events.csv"), java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertThat(p.getHeaderNames()).contains("event_date", "event_type", "sub_event_type", "actor1",
                    "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities", "status", "displaced");
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows).isNotEmpty();
            // the shelling of El Fasher: "several" in one article, "at least four" in another; the number is reported
            assertThat(rows).anyMatch(r -> r.get("sub_event_type").startsWith("Shelling") && r.get("fatalities").equals("4")
                    && "at_least".equals(r.get("fatalities_qualifier")) && r.get("status").equals("disputed"));
        }
    }

    @Test
    void errorsFileExistsEvenWhenEmpty() {
        assertThat(out.resolve("errors.jsonl")).exists();
    }
}
