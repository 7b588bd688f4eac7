package org.sitrep.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisagreementWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesOnlyRowsThatDisagreeWithTheFieldsRowNotesAndSitrepsValues() throws Exception {
        RowScorer scorer = new RowScorer();
        AcledRow r = RowScorerTest.row("Battles", "Armed clash", "1", "2", "Idleb", 35.86, 36.80, "Troops clashed with rebels.", 0);
        RowScore agrees = scorer.score(r, List.of(RowScorerTest.mention("Battles", "Armed clash", "Idleb", 35.86, 36.80,
                "state forces", "rebel group", null, LocalDate.of(2021, 6, 3))));
        RowScore late = scorer.score(r, List.of(RowScorerTest.mention("Battles", "Armed clash", "Idleb", 35.86, 36.80,
                "state forces", "rebel group", null, LocalDate.of(2021, 6, 5))));
        RowScore missed = scorer.score(r, List.of());
        Path file = dir.resolve("sub/disagreements.jsonl");
        try (DisagreementWriter w = new DisagreementWriter(file)) {
            assertThat(w.write(agrees, null)).isFalse();
            assertThat(w.write(late, null)).isTrue();
            assertThat(w.write(missed, "text is too short")).isTrue();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("TST9");
        assertThat(first.get("disagree").toString()).isEqualTo("[\"date\"]");
        assertThat(first.get("notes").asText()).isEqualTo("Troops clashed with rebels.");
        assertThat(first.get("coded").get("event_date").asText()).isEqualTo("2021-06-03");
        assertThat(first.get("sitrep").get("date").asText()).isEqualTo("2021-06-05");
        assertThat(first.get("sitrep").get("sub_event_type").asText()).isEqualTo("Armed clash");
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("sitrep").isNull()).isTrue();
        assertThat(second.get("not_read").asText()).isEqualTo("text is too short");
        assertThat(second.get("disagree").toString()).contains("\"detected\"", "\"date\"", "\"actor_type\"");
    }
}
