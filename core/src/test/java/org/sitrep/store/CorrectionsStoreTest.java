package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Correction;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/**
 * An analyst splits, merges and corrects stored events; the corrections outlast re-ingest, new articles in the
 * same blocks, a full re-fusion and a rebuild of the store from its articles, and undo gives the machine back.
 */
class CorrectionsStoreTest {
    private static final EventType STRIKE = new EventType("Explosions/Remote violence", "Air/drone strike");

    @TempDir
    Path dir;

    /** Articles written for this test: one shelling of Harwell told by four outlets, and one of Ostbury. */
    private final Map<String, List<EventMention>> mentions = new LinkedHashMap<>();
    private final List<Article> articles = new ArrayList<>();

    CorrectionsStoreTest() {
        article("h1", "first-wire.org", "Harwell", 101, 9);
        article("h2", "second-paper.net", "Harwell", 101, 11);
        article("h3", "third-radio.com", "Harwell", 101, 10);
        article("o1", "fourth-daily.com", "Ostbury", 202, 3);
        article("h4", "fifth-post.org", "Harwell", 101, 12);   // arrives later, into the same block
    }

    private void article(String doc, String outlet, String town, long geonameId, long fatalities) {
        Place p = new Place(town, "Testland", "TL", "North", null, null, 10.0, 20.0, 1, List.of(), geonameId, town);
        String text = "An air strike on " + town + " on Wednesday killed " + fatalities + " people, " + outlet + " reported.";
        mentions.put(doc, List.of(new EventMention(doc + "-m1", STRIKE, Status.OCCURRED, false,
                new EventDate(LocalDate.of(2023, 5, 3), null, DatePrecision.DAY, "on Wednesday", DateBasis.TEXT), p, null,
                null, null, null, Map.of(CountRole.FATALITIES, new Count(fatalities, Qualifier.EXACT, fatalities + " people")),
                List.of(new Source(doc, outlet, null, text, 0, text.length(), List.of())), List.of(), "air strike", "AIR")));
        articles.add(new Article(doc, outlet, null, LocalDate.of(2023, 5, 4), null, text, null, doc));
    }

    private StoreIngest ingest(EventStore store) {
        return new StoreIngest(store, SyntheticArticles.fuser(), a -> mentions.get(a.docId()));
    }

    private static Set<String> events(EventStore store) {
        Set<String> out = new TreeSet<>();
        store.events(EventQuery.all().limit(1000)).forEach(e -> out.add(e.toString()));
        return out;
    }

    private static JsonNode holding(EventStore store, String mentionId) {
        return store.events(EventQuery.all().limit(1000)).stream()
                .filter(e -> e.path("mention_ids").toString().contains("\"" + mentionId + "\"")).findFirst().orElseThrow();
    }

    private static List<String> ids(JsonNode e) {
        List<String> out = new ArrayList<>();
        e.path("mention_ids").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void splitMergeAndValueOutlastReingestNewArticlesRefusionAndARebuild() {
        List<Article> first = articles.subList(0, 4);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir.resolve("one"))) {
            ingest(store).ingest(first);
            assertThat(ids(holding(store, "h1-m1"))).containsExactly("h1-m1", "h2-m1", "h3-m1");
            assertThat(ids(holding(store, "o1-m1"))).containsExactly("o1-m1");
            Set<String> machine = events(store);
            Corrections corrections = new Corrections(store, SyntheticArticles.fuser());

            Corrections.Outcome split = corrections.split(holding(store, "h1-m1").path("id").asText(), "h3", "alice",
                    "a different strike, the day before");
            assertThat(split.correction().mentionIds()).containsExactly("h3-m1", "h1-m1", "h2-m1");
            assertThat(split.eventIds()).hasSize(2);
            Corrections.Outcome merge = corrections.merge(holding(store, "h1-m1").path("id").asText(),
                    holding(store, "o1-m1").path("id").asText(), "bob", "Ostbury is the district of the same strike");
            Corrections.Outcome set = corrections.set(holding(store, "h1-m1").path("id").asText(), "fatalities", "15",
                    "alice", "hospital list");
            assertThat(merge.correction().at()).isAfter(split.correction().at());
            assertThat(set.correction().at()).isAfter(merge.correction().at());
            assertCorrected(store, List.of("h1-m1", "h2-m1", "o1-m1"));

            // the same articles again: skipped, nothing changes
            assertThat(ingest(store).ingest(first).skipped()).isEqualTo(4);
            assertCorrected(store, List.of("h1-m1", "h2-m1", "o1-m1"));
            // a new report of the strike: it joins the corrected event, and the corrections still hold
            assertThat(ingest(store).ingest(articles).added()).isEqualTo(1);
            assertCorrected(store, List.of("h1-m1", "h2-m1", "o1-m1", "h4-m1"));
            Set<String> corrected = events(store);
            // every block fused again
            corrections.refuseAll();
            assertThat(events(store)).isEqualTo(corrected);

            // a store rebuilt from the articles, with the exported corrections imported, holds the same events
            List<Correction> exported = corrections.list().stream()
                    .map(c -> CorrectionJson.read(CorrectionJson.write(c))).toList();
            assertThat(exported).isEqualTo(corrections.list());
            try (JdbcEventStore rebuilt = JdbcEventStore.openH2(dir.resolve("two"))) {
                ingest(rebuilt).ingest(articles);
                Corrections again = new Corrections(rebuilt, SyntheticArticles.fuser());
                assertThat(again.importAll(exported)).isEqualTo(3);
                assertThat(again.importAll(exported)).as("imported once").isZero();
                assertThat(events(rebuilt)).isEqualTo(corrected);
                assertThat(rebuilt.integrityProblems()).isEmpty();
            }
            // corrections imported before the articles apply when the articles arrive
            try (JdbcEventStore fresh = JdbcEventStore.openH2(dir.resolve("three"))) {
                new Corrections(fresh, SyntheticArticles.fuser()).importAll(exported);
                ingest(fresh).ingest(articles);
                assertThat(events(fresh)).isEqualTo(corrected);
            }

            // undo, newest first: each step gives back what was there before it
            corrections.undo(set.correction().id(), "carol");
            assertThat(holding(store, "h1-m1").path("counts").path("fatalities").path("value").asLong()).isEqualTo(3);
            corrections.undo(merge.correction().id(), "carol");
            assertThat(ids(holding(store, "o1-m1"))).containsExactly("o1-m1");
            corrections.undo(split.correction().id(), "carol");
            assertThat(ids(holding(store, "h1-m1"))).containsExactly("h1-m1", "h2-m1", "h3-m1", "h4-m1");
            assertThat(store.corrections()).allMatch(c -> !c.active() && c.undoneBy().equals("carol"));
            assertThat(store.events(EventQuery.all().limit(1000))).allMatch(e -> e.path("corrections").isEmpty());
            assertThat(store.integrityProblems()).isEmpty();
            // the machine's events of all five articles, as a store without corrections has them
            try (JdbcEventStore plain = JdbcEventStore.openH2(dir.resolve("four"))) {
                ingest(plain).ingest(articles);
                assertThat(events(store)).isEqualTo(events(plain));
            }
            assertThat(machine).isNotEqualTo(corrected);
        }
    }

    /** h3 on its own; the rest one event with the analyst's toll of 15 and the machine's 3 beside it. */
    private static void assertCorrected(EventStore store, List<String> merged) {
        JsonNode e = holding(store, "h1-m1");
        assertThat(ids(e)).containsExactlyElementsOf(merged);
        assertThat(ids(holding(store, "h3-m1"))).containsExactly("h3-m1");
        assertThat(e.path("counts").path("fatalities").path("value").asLong()).isEqualTo(15);
        JsonNode value = null;
        for (JsonNode c : e.path("corrections")) {
            if (c.path("kind").asText().equals("set_value")) {
                value = c;
            }
        }
        assertThat(value).isNotNull();
        assertThat(value.path("field").asText()).isEqualTo("fatalities");
        assertThat(value.path("value").asText()).isEqualTo("15");
        assertThat(value.path("machine_value").asText()).as("Ostbury's 3, most conservative").isEqualTo("3");
        assertThat(value.path("by").asText()).isEqualTo("alice");
        assertThat(value.path("note").asText()).isEqualTo("hospital list");
        assertThat(e.path("corrections")).hasSize(3);
        assertThat(e.path("notes").toString()).contains("fatalities: 15: analyst correction " + value.path("id").asText()
                + " by alice at " + value.path("at").asText() + " (hospital list); the machine chose 3");
        assertThat(store.integrityProblems()).isEmpty();
    }

    @Test
    void refusedCorrectionsSayWhy() {
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            ingest(store).ingest(articles.subList(0, 4));
            Corrections corrections = new Corrections(store, SyntheticArticles.fuser());
            String harwell = holding(store, "h1-m1").path("id").asText();
            String ostbury = holding(store, "o1-m1").path("id").asText();
            assertRefused(() -> corrections.split("ev-000000", "h1", "alice", null), Corrections.Problem.NOT_FOUND, "no event ev-000000");
            assertRefused(() -> corrections.split(harwell, "o1-m1", "alice", null), Corrections.Problem.NOT_FOUND,
                    "event " + harwell + " has no report o1-m1");
            assertRefused(() -> corrections.split(ostbury, "o1-m1", "alice", null), Corrections.Problem.INVALID,
                    "has one report");
            assertRefused(() -> corrections.merge(harwell, harwell, "alice", null), Corrections.Problem.INVALID, "itself");
            assertRefused(() -> corrections.merge(harwell, ostbury, " ", null), Corrections.Problem.INVALID, "say who");
            assertRefused(() -> corrections.set(harwell, "actor1", "x", "alice", null), Corrections.Problem.INVALID,
                    "field must be one of");
            assertRefused(() -> corrections.set(harwell, "fatalities", "many", "alice", null), Corrections.Problem.INVALID,
                    "whole number");
            assertRefused(() -> corrections.undo("cor-abc123", "alice"), Corrections.Problem.NOT_FOUND, "no correction cor-abc123");
            String id = corrections.set(harwell, "fatalities", "15", "alice", null).correction().id();
            corrections.undo(id, "bob");
            assertRefused(() -> corrections.undo(id, "bob"), Corrections.Problem.INVALID, "undone already, by bob");
            assertThat(store.corrections()).hasSize(1);
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    private static void assertRefused(Runnable r, Corrections.Problem problem, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(Corrections.Refused.class,
                e -> assertThat(e.problem()).isEqualTo(problem)).hasMessageContaining(message);
    }
}
