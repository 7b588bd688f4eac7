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
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
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
            assertThat(r.mentions()).as("no event in: %s; got %s", c.get("text").asText(), describe(r)).isEmpty();
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
        for (String key : COUNTS) {
            if (expect.has(key)) {
                Count got = m.counts().get(CountRole.fromCode(key));
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
        // absent status and aggregate are checked at their defaults
        String status = expect.hasNonNull("status") ? expect.get("status").asText() : "occurred";
        assertThat(m.status().code()).as("%s status", id).isEqualTo(status);
        boolean aggregate = expect.hasNonNull("aggregate") && expect.get("aggregate").asBoolean();
        assertThat(m.aggregate()).as("%s aggregate", id).isEqualTo(aggregate);
        if (expect.hasNonNull("admin1")) {
            assertThat(m.location()).as("%s location for admin1", id).isNotNull();
            assertThat(Gazetteer.fold(String.valueOf(m.location().admin1()))).as("%s admin1 of %s", id, m.location())
                    .isEqualTo(Gazetteer.fold(expect.get("admin1").asText()));
        }
        for (String role : List.of("origin", "destination")) {
            if (expect.hasNonNull(role)) {
                Place p = role.equals("origin") ? m.origin() : m.destination();
                assertThat(p).as("%s %s (location %s)", id, role, m.location()).isNotNull();
                List<String> names = new ArrayList<>();
                names.add(Gazetteer.fold(p.name()));
                p.aliases().forEach(a -> names.add(Gazetteer.fold(a)));
                assertThat(names).as("%s %s %s", id, role, p).contains(Gazetteer.fold(expect.get(role).asText()));
            }
        }
        if (expect.hasNonNull("actor1")) {
            assertThat(m.actor1()).as("%s actor1", id).isNotNull();
            String name = m.actor1().name().replaceFirst("\\s*\\(\\d{4}-(\\d{4})?\\)$", "");
            assertThat(name).as("%s actor1 %s", id, m.actor1()).isEqualToIgnoringCase(expect.get("actor1").asText());
        }
        if (expect.hasNonNull("attributed_to")) {
            // the corpus gives the source in the text's own words: compare with the words Sitrep kept
            // (Source.attributedWords), not with the normalised names beside them
            List<String> said = m.sources().stream().flatMap(src -> src.attributedWords().stream())
                    .map(a -> a.toLowerCase(Locale.ROOT)).toList();
            for (JsonNode want : expect.get("attributed_to")) {
                String w = want.asText().toLowerCase(Locale.ROOT);
                assertThat(said).as("%s attributed_to %s among %s", id, w, said).anyMatch(a -> a.contains(w));
            }
        }
    }

    /** Every count name the corpus README lists. */
    private static final List<String> COUNTS = List.of("fatalities", "injured", "civilians_killed", "children_killed",
            "detained", "abducted", "released", "displaced", "fighters");

    private static String describe(PipelineResult r) {
        StringBuilder sb = new StringBuilder();
        for (EventMention m : r.mentions()) {
            sb.append(String.format(Locale.ROOT, "[%s/%s %s %s] ", m.type().eventType(), m.type().subEventType(),
                    m.status().code(), m.location() == null ? null : m.location().name()));
        }
        return sb.toString();
    }
}
