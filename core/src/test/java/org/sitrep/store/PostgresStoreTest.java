package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Correction;

/**
 * The same store on PostgreSQL. Runs only when SITREP_PG_URL names a scratch database
 * (e.g. {@code jdbc:postgresql://localhost/sitrep_test}), with SITREP_PG_USER and SITREP_PG_PASSWORD;
 * it drops and recreates the store's tables there.
 */
class PostgresStoreTest {
    private String url;
    private String user;
    private String password;

    @BeforeEach
    void database() throws Exception {
        url = System.getenv("SITREP_PG_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "SITREP_PG_URL is not set");
        user = System.getenv().getOrDefault("SITREP_PG_USER", "postgres");
        password = System.getenv().getOrDefault("SITREP_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS correction_mentions, corrections, disputes, event_outlets, event_actors, event_mentions, events, mentions, articles, "
                    + "writer_lock, flyway_schema_history");
        }
    }

    @Test
    void ingestIsIdempotentAndMatchesBatchFusion() {
        SyntheticArticles syn = new SyntheticArticles(300, 29);
        Set<String> expected = new TreeSet<>();
        SyntheticArticles.fuser().events(syn.allMentions()).forEach(e -> expected.add(EventJson.event(e).toString()));
        try (JdbcEventStore store = JdbcEventStore.open(url, user, password)) {
            StoreIngest ingest = syn.ingest(store);
            assertThat(ingest.ingest(syn.articles).added()).isEqualTo(syn.articles.size());
            assertThat(ingest.ingest(syn.articles).skipped()).isEqualTo(syn.articles.size());
            Set<String> stored = new TreeSet<>();
            store.events(EventQuery.all().limit(100_000)).forEach(e -> stored.add(e.toString()));
            assertThat(stored).isEqualTo(expected);
            assertThat(store.allMentions()).containsExactlyElementsOf(syn.allMentions());
            assertThat(store.events(EventQuery.all().outlet("outlet1").region("country 3").limit(100_000)))
                    .allMatch(e -> e.path("location").path("country").asText().equals("Country 3"));
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    /**
     * Two writers on two connections race over overlapping articles, one of them in reverse order, as `serve`
     * and `ingest` (or two ingests) do on one PostgreSQL store: every article is stored once and the events are
     * those one batch fusion of the stored mentions gives.
     */
    @Test
    void twoWritersRacingOnOneStoreStoreEachArticleOnce() throws Exception {
        SyntheticArticles syn = new SyntheticArticles(260, 41);
        List<Article> hundred = syn.articles.subList(0, 100);
        List<Article> forward = hundred.subList(0, 60);
        List<Article> reverse = new ArrayList<>(hundred.subList(40, 100));
        Collections.reverse(reverse);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (JdbcEventStore a = JdbcEventStore.open(url, user, password);
             JdbcEventStore b = JdbcEventStore.open(url, user, password)) {
            Future<StoreIngest.Result> ra = pool.submit(() -> syn.ingest(a).ingest(forward));
            Future<StoreIngest.Result> rb = pool.submit(() -> syn.ingest(b).ingest(reverse));
            StoreIngest.Result first = ra.get(300, TimeUnit.SECONDS);
            StoreIngest.Result second = rb.get(300, TimeUnit.SECONDS);
            assertThat(first.errors()).isEmpty();
            assertThat(second.errors()).isEmpty();
            assertThat(first.added() + second.added()).isEqualTo(100);
            assertThat(first.skipped() + second.skipped()).as("the 20 both were given").isEqualTo(20);
            assertThat(a.articleCount()).isEqualTo(100);
            Set<String> ids = new HashSet<>();
            for (Article s : a.articles(1000, 0)) {
                assertThat(ids.add(s.docId())).as("stored once: " + s.docId()).isTrue();
            }
            assertThat(a.mentionCount()).isEqualTo(hundred.stream().mapToInt(x -> syn.read(x).size()).sum());
            assertThat(a.integrityProblems()).isEmpty();
            assertThat(a.eventCount()).isEqualTo(SyntheticArticles.fuser().events(a.allMentions()).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void correctionsAreStoredUndoneAndReadBack() {
        SyntheticArticles syn = new SyntheticArticles(60, 31);
        try (JdbcEventStore store = JdbcEventStore.open(url, user, password)) {
            syn.ingest(store).ingest(syn.articles);
            JsonNode event = store.events(EventQuery.all().limit(100_000)).stream()
                    .filter(e -> e.path("mention_ids").size() > 1).findFirst().orElseThrow();
            Corrections corrections = new Corrections(store, SyntheticArticles.fuser());
            String mention = event.path("mention_ids").get(0).asText();
            Corrections.Outcome split = corrections.split(event.path("id").asText(), mention, "alice", "not the same day");
            assertThat(store.events(EventQuery.all().limit(100_000))).anyMatch(e -> e.path("mention_ids").size() == 1
                    && e.path("mention_ids").get(0).asText().equals(mention));
            assertThat(store.corrections()).containsExactly(split.correction());
            corrections.undo(split.correction().id(), "bob");
            Correction undone = store.corrections().get(0);
            assertThat(undone.undoneBy()).isEqualTo("bob");
            assertThat(undone.undoneAt()).isAfter(undone.at());
            assertThat(store.eventIdsFor(List.of(mention))).containsExactly(event.path("id").asText());
            assertThat(store.integrityProblems()).isEmpty();
        }
    }
}
