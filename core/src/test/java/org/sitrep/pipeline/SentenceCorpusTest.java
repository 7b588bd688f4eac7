package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Count;
import org.sitrep.model.EventMention;
import org.sitrep.resolve.place.Gazetteer;

/**
 * The regression corpus (src/test/resources/cases/sentences.jsonl): sentences written for this project,
 * at least three phrasings of every ACLED and Humanitarian sub-event type. Each must yield a mention
 * with the expected type, date, place and counts; sentences that report no event must yield none.
 */
class SentenceCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<JsonNode> cases() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SentenceCorpusTest.class.getResourceAsStream("/cases/sentences.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void findsTheEvent(JsonNode c) {
        String id = c.get("id").asText();
        LocalDate published = c.hasNonNull("published") ? LocalDate.parse(c.get("published").asText()) : null;
        PipelineResult r = TestPipeline.runText(id, c.get("text").asText(), published);
        JsonNode expect = c.get("expect");
        if (expect == null || expect.isNull()) {
            assertThat(r.mentions()).as("no event in: %s", c.get("text").asText())
                    .noneMatch(m -> m.status() == org.sitrep.model.Status.OCCURRED);
            return;
        }
        String subType = expect.get("sub_event_type").asText();
        List<EventMention> ofType = r.mentions().stream()
                .filter(m -> m.type().subEventType().equals(subType)
                        && m.type().eventType().equals(expect.get("event_type").asText()))
                .toList();
        assertThat(ofType).as("%s: a %s mention in %s; got %s", id, subType, c.get("text").asText(), describe(r))
                .isNotEmpty();
        EventMention m = ofType.get(0);
        if (expect.hasNonNull("date")) {
            assertThat(m.date().date()).as("%s date", id).isNotNull();
            LocalDate want = LocalDate.parse(expect.get("date").asText());
            LocalDate end = m.date().dateEnd() != null ? m.date().dateEnd() : m.date().date();
            assertThat(!want.isBefore(m.date().date()) && !want.isAfter(end))
                    .as("%s date %s within %s..%s", id, want, m.date().date(), end).isTrue();
        }
        if (expect.hasNonNull("location")) {
            assertThat(m.location()).as("%s location", id).isNotNull();
            String want = Gazetteer.fold(expect.get("location").asText());
            List<String> names = new ArrayList<>();
            names.add(Gazetteer.fold(m.location().name()));
            m.location().aliases().forEach(a -> names.add(Gazetteer.fold(a)));
            assertThat(names).as("%s location %s", id, m.location()).contains(want);
        }
        if (expect.hasNonNull("country_code") && m.location() != null) {
            assertThat(m.location().countryCode()).as("%s country", id).isEqualTo(expect.get("country_code").asText());
        }
        for (String key : List.of("fatalities", "injured", "displaced")) {
            if (expect.has(key)) {
                Count got = m.counts().get(key);
                assertThat(got).as("%s %s in %s", id, key, m.counts()).isNotNull();
                if (expect.get(key).isNull()) {
                    assertThat(got.value()).as("%s %s vague", id, key).isNull();
                } else {
                    assertThat(got.value()).as("%s %s", id, key).isEqualTo(expect.get(key).asLong());
                }
                if (expect.hasNonNull(key + "_qualifier")) {
                    assertThat(got.qualifier().code()).as("%s %s qualifier", id, key)
                            .isEqualTo(expect.get(key + "_qualifier").asText());
                }
            }
        }
        if (expect.hasNonNull("status")) {
            assertThat(m.status().code()).as("%s status", id).isEqualTo(expect.get("status").asText());
        }
        if (expect.hasNonNull("aggregate")) {
            assertThat(m.aggregate()).as("%s aggregate", id).isEqualTo(expect.get("aggregate").asBoolean());
        }
    }

    private static String describe(PipelineResult r) {
        StringBuilder sb = new StringBuilder();
        for (EventMention m : r.mentions()) {
            sb.append(String.format(Locale.ROOT, "[%s/%s %s %s] ", m.type().eventType(), m.type().subEventType(),
                    m.status().code(), m.location() == null ? null : m.location().name()));
        }
        return sb.toString();
    }
}
