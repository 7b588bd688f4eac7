package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
            st.execute("DROP TABLE IF EXISTS disputes, event_mentions, events, mentions, articles, writer_lock, flyway_schema_history");
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
}
