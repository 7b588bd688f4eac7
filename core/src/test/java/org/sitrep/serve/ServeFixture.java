// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.SyntheticMentions;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoreIngest;

/**
 * A store in a temporary folder, articles built around SyntheticMentions, and a fake ingestor that reads an
 * article's synthetic mentions (none for an unknown id) instead of running the NLP pipeline.
 */
final class ServeFixture implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789";
    private static Fuser fuser;

    final JdbcEventStore store;
    final Map<String, List<EventMention>> mentions = new LinkedHashMap<>();
    final List<Article> articles = new ArrayList<>();
    final ArticleIngestor ingestor;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServeFixture(Path dir, int count, long seed) {
        store = JdbcEventStore.openH2(dir);
        for (EventMention m : SyntheticMentions.generate(count, seed)) {
            mentions.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<EventMention>> e : mentions.entrySet()) {
            EventMention first = e.getValue().get(0);
            String text = "Synthetic report " + e.getKey() + " of an event in " + first.location().name() + ".";
            articles.add(new Article(e.getKey(), first.sources().get(0).outlet(), null, first.date().date(),
                    "Report " + e.getKey(), text, null, e.getKey()));
        }
        StoreIngest ingest = new StoreIngest(store, fuser(), a -> mentions.getOrDefault(a.docId(), List.of()));
        ingestor = ArticleIngestor.of(ingest);
    }

    /** Stores the first {@code n} articles directly. */
    ServeFixture preload(int n) {
        ingestor.ingest(articles.subList(0, Math.min(n, articles.size())));
        return this;
    }

    static synchronized Fuser fuser() {
        if (fuser == null) {
            fuser = new Fuser(Gazetteer.load());
        }
        return fuser;
    }

    HttpResponse<String> get(SitrepServer s, String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(s, pathAndQuery)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(SitrepServer s, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with any method and no body. */
    HttpResponse<String> send(SitrepServer s, String method, String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(s, pathAndQuery)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(SitrepServer s, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + s.port() + pathAndQuery);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.MAPPER.readTree(r.body());
    }

    /** Polls a job until it is no longer queued or running. */
    JsonNode awaitJob(SitrepServer s, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode j = json(get(s, "/api/jobs/" + id));
            String state = j.path("state").asText();
            if (!state.equals("queued") && !state.equals("running")) {
                return j;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    @Override
    public void close() {
        store.close();
    }
}
