// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

/** The access and job log (never a token, a query or article text), the article endpoint, and search refresh. */
class ServeLogAndArticlesTest {
    @TempDir
    Path dir;
    ServeFixture fx;
    SitrepServer server;
    final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        fx = new ServeFixture(dir, 120, 9).preload(30);
        server = SitrepServer.start(ServeConfig.defaults().withPort(0).withWriteToken(ServeFixture.TOKEN), fx.store,
                fx.ingestor, log::add);
    }

    @AfterEach
    void stop() {
        server.stop();
        fx.close();
    }

    @Test
    void oneLinePerRequestAndPerJobStepWithoutTokenQueryOrText() throws Exception {
        fx.get(server, "/api/events?region=SecretRegion&limit=5");
        fx.get(server, "/api/events/no-such-event");
        Article a = fx.articles.get(40);
        String body = "{\"id\": \"" + a.docId() + "\", \"text\": \"" + a.text() + " UNIQUETEXTMARKER\"}";
        String job = ServeFixture.json(fx.post(server, "/api/articles", ServeFixture.TOKEN, body)).path("job").asText();
        fx.awaitJob(server, job);
        assertThat(log).anyMatch(l -> l.matches("GET /api/events 200 [0-9.]+ ms"));
        assertThat(log).anyMatch(l -> l.matches("GET /api/events/no-such-event 404 [0-9.]+ ms"));
        assertThat(log).anyMatch(l -> l.matches("POST /api/articles 202 [0-9.]+ ms"));
        assertThat(log).anyMatch(l -> l.equals("job " + job + ": queued, 1 articles"));
        assertThat(log).anyMatch(l -> l.startsWith("job " + job + ": article 1/1 " + a.docId() + ": added"));
        assertThat(log).anyMatch(l -> l.matches("job " + job + ": done in [0-9.]+ s"));
        assertThat(String.join("\n", log)).doesNotContain(ServeFixture.TOKEN).doesNotContain("SecretRegion")
                .doesNotContain("UNIQUETEXTMARKER").doesNotContain("Synthetic report");
    }

    @Test
    void anArticleComesWithItsTextAndTheEventsCitingIt() throws Exception {
        Article a = fx.articles.get(3);
        JsonNode r = ServeFixture.json(fx.get(server, "/api/articles/" + a.docId()));
        assertThat(r.path("doc_id").asText()).isEqualTo(a.docId());
        assertThat(r.path("text").asText()).isEqualTo(a.text());
        assertThat(r.path("events").size()).isPositive();
        for (JsonNode e : r.path("events")) {
            assertThat(e.path("sources").toString()).contains("\"doc_id\":\"" + a.docId() + "\"");
        }
        assertThat(fx.get(server, "/api/articles/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void articlesStoredByAnotherWriterBecomeSearchable() throws Exception {
        Article later = fx.articles.get(60);
        String q = java.net.URLEncoder.encode("\"" + later.docId() + "\"", "UTF-8");
        assertThat(ServeFixture.json(fx.get(server, "/api/search?q=" + q)).path("articles").size()).isZero();
        // another process would write through its own connection; the store is the same
        fx.ingestor.ingest(List.of(later));
        server.refreshSearch();
        assertThat(ServeFixture.json(fx.get(server, "/api/search?q=" + q)).path("articles").size()).isEqualTo(1);
        assertThat(log).anyMatch(l -> l.startsWith("search index rebuilt: 31 articles"));
    }
}
