// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.store.StoreIngest;

/** The ingest queue is bounded: a job beyond the cap is refused with a JSON 503, and nothing of it is kept. */
class JobQueueCapTest {
    @TempDir
    Path dir;

    @Test
    void aJobBeyondTheCapIsRefusedWithAReason() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ServeFixture fx = new ServeFixture(dir, 20, 3)) {
            // holds the running job until released, so the next ones have to wait
            ArticleIngestor held = articles -> {
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return fx.ingestor.ingest(articles);
            };
            SitrepServer server = SitrepServer.start(ServeConfig.defaults().withPort(0).withWriteToken(ServeFixture.TOKEN)
                    .withMaxQueuedJobs(1), fx.store, held, AccessLog.NONE);
            try {
                String first = post(fx, server, 0);
                awaitState(fx, server, first, "running");
                String second = post(fx, server, 1);
                assertThat(state(fx, server, second)).isEqualTo("queued");

                HttpResponse<String> full = fx.post(server, "/api/articles", ServeFixture.TOKEN, body(fx, 2));
                assertThat(full.statusCode()).isEqualTo(503);
                assertThat(full.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
                assertThat(full.headers().firstValue("Retry-After")).hasValue("30");
                assertThat(ServeFixture.json(full).path("error").asText())
                        .isEqualTo("the ingest queue is full: 1 jobs are waiting already; try again when one has finished");

                release.countDown();
                assertThat(fx.awaitJob(server, first).path("state").asText()).isEqualTo("done");
                assertThat(fx.awaitJob(server, second).path("state").asText()).isEqualTo("done");
                // the refused article was never stored; once the queue drains the same request is taken
                assertThat(fx.store.articleCount()).isEqualTo(2);
                HttpResponse<String> again = fx.post(server, "/api/articles", ServeFixture.TOKEN, body(fx, 2));
                assertThat(again.statusCode()).isEqualTo(202);
                assertThat(fx.awaitJob(server, ServeFixture.json(again).path("job").asText()).path("state").asText())
                        .isEqualTo("done");
                assertThat(fx.store.articleCount()).isEqualTo(3);
            } finally {
                release.countDown();
                server.stop();
            }
        }
    }

    @Test
    void theQueueCountsOnlyJobsThatHaveNotStarted() {
        CountDownLatch release = new CountDownLatch(1);
        StoreIngest.Result none = new StoreIngest.Result(0, 0, 0, 0, List.of());
        ArticleIngestor held = articles -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return none;
        };
        List<Article> one = List.of(new Article("a1", "test", null, null, null, "Two shops burned.", null, "a1", null));
        try (Jobs jobs = new Jobs(held, () -> { }, line -> { }, 2)) {
            Jobs.Job running = jobs.submit(one).orElseThrow();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!running.json().path("state").asText().equals("running") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(jobs.submit(one)).isPresent();
            assertThat(jobs.submit(one)).isPresent();
            assertThat(jobs.submit(one)).isEmpty();
            release.countDown();
        }
    }

    private static String body(ServeFixture fx, int i) {
        Article a = fx.articles.get(i);
        return "{\"id\":" + Json.write(a.docId()) + ",\"outlet\":\"test\",\"published\":\"2020-03-01\",\"text\":"
                + Json.write(a.text()) + "}";
    }

    private static String post(ServeFixture fx, SitrepServer server, int i) throws Exception {
        HttpResponse<String> r = fx.post(server, "/api/articles", ServeFixture.TOKEN, body(fx, i));
        assertThat(r.statusCode()).isEqualTo(202);
        return ServeFixture.json(r).path("job").asText();
    }

    private static String state(ServeFixture fx, SitrepServer server, String job) throws Exception {
        JsonNode j = ServeFixture.json(fx.get(server, "/api/jobs/" + job));
        return j.path("state").asText();
    }

    private static void awaitState(ServeFixture fx, SitrepServer server, String job, String want) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!state(fx, server, job).equals(want)) {
            assertThat(System.nanoTime()).as("job " + job + " reaches " + want).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
