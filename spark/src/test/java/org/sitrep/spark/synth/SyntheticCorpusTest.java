package org.sitrep.spark.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Source;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.spark.synth.SyntheticCorpus.Generated;
import org.sitrep.spark.synth.SyntheticCorpus.Report;

class SyntheticCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "url", "outlet", "published", "title", "text");

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedAnotherCorpus(@TempDir Path dir) throws Exception {
        List<String> a = SyntheticCorpus.jsonl(300, 42);
        assertThat(SyntheticCorpus.jsonl(300, 42)).isEqualTo(a);
        assertThat(SyntheticCorpus.jsonl(300, 43)).isNotEqualTo(a);

        Path file = dir.resolve("synth.jsonl");
        SyntheticCorpus.write(file, 300, 42);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(String.join("\n", a) + "\n");

        // a smaller corpus is the start of a bigger one, so benchmark sizes nest
        assertThat(SyntheticCorpus.jsonl(120, 42)).isEqualTo(a.subList(0, 120));
    }

    @Test
    void everyLineIsAnArticleRecord() throws Exception {
        List<String> lines = SyntheticCorpus.jsonl(2000, 5);
        Set<String> ids = new HashSet<>();
        int undated = 0;
        for (String line : lines) {
            assertThat(line).doesNotContain("\n");
            JsonNode n = JSON.readTree(line);
            assertThat(n.isObject()).isTrue();
            n.fieldNames().forEachRemaining(f -> assertThat(FIELDS).contains(f));
            for (String f : List.of("id", "url", "outlet", "title", "text")) {
                assertThat(n.path(f).asText()).as(f + " in " + line).isNotBlank();
            }
            assertThat(ids.add(n.get("id").asText())).as("unique id " + n.get("id")).isTrue();
            assertThat(n.get("text").asText().length()).isGreaterThanOrEqualTo(200);
            if (n.has("published")) {
                assertThat(n.get("published").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            } else {
                undated++;
            }
        }
        assertThat(undated / (double) lines.size()).isBetween(0.01, 0.035);
    }

    @Test
    void eventsAreReportedByDifferentOutletsAcrossPlacesAndWeeks() {
        List<Generated> corpus = SyntheticCorpus.generate(2000, 5);
        Map<Long, List<Generated>> byEvent = new LinkedHashMap<>();
        Set<String> places = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> types = new HashSet<>();
        int straddling = 0;
        int acrossMonday = 0;
        for (Generated g : corpus) {
            Report lead = g.reports().get(0);
            byEvent.computeIfAbsent(lead.event(), k -> new ArrayList<>()).add(g);
            for (Report r : g.reports()) {
                places.add(r.place());
                countries.add(r.countryCode());
                types.add(r.eventType() + " / " + r.subEventType());
                assertThat(g.text().substring(r.start(), r.end())).isEqualTo(r.sentence());
            }
            assertThat(g.reports().size()).isBetween(1, 3);
            if (g.published() != null) {
                long days = g.published().toEpochDay() - lead.date().toEpochDay();
                assertThat(days).isBetween(0L, 2L);
                if (week(g.published()) != week(lead.date())) {
                    straddling++;
                }
                if (Math.floorDiv(g.published().toEpochDay() + 3, 7) != Math.floorDiv(lead.date().toEpochDay() + 3, 7)) {
                    acrossMonday++; // calendar (ISO) weeks begin on Monday
                }
            }
        }
        assertThat(places).hasSizeGreaterThanOrEqualTo(30);
        assertThat(countries).hasSizeGreaterThanOrEqualTo(10);
        assertThat(types).hasSizeGreaterThanOrEqualTo(13);
        assertThat(straddling).isGreaterThan(50);
        assertThat(acrossMonday).isGreaterThan(50);
        assertThat(byEvent.values()).allSatisfy(reports -> assertThat(reports.stream().map(Generated::outlet).distinct())
                .hasSameSizeAs(reports));
        assertThat(byEvent.values().stream().filter(r -> r.size() >= 3).count()).isGreaterThan(50);
        assertThat(byEvent.values().stream().filter(r -> r.size() > 1)
                .filter(r -> r.stream().map(g -> g.reports().get(0).sentence()).distinct().count() < r.size()).count())
                .as("events whose reports share a lead sentence word for word").isZero();
    }

    /** Sitrep's fusion block: weeks of epoch days (they begin on a Thursday). */
    private static long week(LocalDate d) {
        return Math.floorDiv(d.toEpochDay(), 7);
    }

    @Test
    void thePipelineFindsThePlannedEventsAndFusesOutlets(@TempDir Path dir) throws Exception {
        List<Generated> corpus = SyntheticCorpus.generate(60, 11);
        Path file = dir.resolve("synth.jsonl");
        SyntheticCorpus.write(file, 60, 11);

        PipelineResult result = Pipeline.load().run(List.of(file));

        assertThat(result.errors()).isEmpty();
        assertThat(result.articles()).hasSize(60);
        Map<String, List<EventMention>> byDoc = new LinkedHashMap<>();
        for (EventMention m : result.mentions()) {
            byDoc.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(m);
        }
        assertThat(corpus).allSatisfy(g -> assertThat(byDoc.get(g.id())).as("mentions of " + g.id()).isNotEmpty());

        assertThat(result.events().size()).isLessThan(result.mentions().size());
        assertThat(result.events()).anySatisfy(e -> assertThat(articles(e)).isGreaterThanOrEqualTo(2));

        int reports = 0;
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Generated g : corpus) {
            for (Report r : g.reports()) {
                reports++;
                boolean hit = byDoc.getOrDefault(g.id(), List.of()).stream()
                        .anyMatch(m -> covers(m, r) && m.type().eventType().equals(r.eventType())
                                && m.type().subEventType().equals(r.subEventType())
                                && m.location() != null && r.countryCode().equals(m.location().countryCode()));
                if (hit) {
                    found++;
                } else {
                    missed.add(r.kind() + ": " + r.sentence());
                }
            }
        }
        double accuracy = found / (double) reports;
        System.out.printf("synthetic corpus: %d of %d report sentences (%.1f%%) extracted with the planned type and "
                + "country; %d mentions, %d events%n", found, reports, 100 * accuracy, result.mentions().size(),
                result.events().size());
        missed.forEach(s -> System.out.println("  missed " + s));
        assertThat(accuracy).as("missed: " + missed).isGreaterThanOrEqualTo(0.8);
    }

    private static boolean covers(EventMention m, Report r) {
        for (Source s : m.sources()) {
            if (s.start() < r.end() && r.start() < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static long articles(Event e) {
        return e.accounts().stream().map(a -> a.docId()).distinct().count();
    }
}
