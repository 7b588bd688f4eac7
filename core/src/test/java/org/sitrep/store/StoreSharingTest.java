package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.serve.AccessLog;
import org.sitrep.serve.ArticleIngestor;
import org.sitrep.serve.ServeConfig;
import org.sitrep.serve.SitrepServer;

/**
 * `sitrep serve` and two `sitrep ingest` runs on one embedded store at once: the server (this JVM) opens the
 * store first and keeps answering while two child JVMs add 100 articles, 20 of them from both, one child in
 * reverse order. Every article ends up stored once, every mention in exactly one event, and the events are
 * those one batch fusion of the stored mentions gives.
 */
class StoreSharingTest {
    private static final int MENTIONS = 260;
    private static final long SEED = 41;

    @TempDir
    Path dir;

    @Test
    void serveAndTwoIngestProcessesShareOneStore() throws Exception {
        SyntheticArticles syn = new SyntheticArticles(MENTIONS, SEED);
        assertThat(syn.articles.size()).isGreaterThanOrEqualTo(100);
        List<Article> hundred = syn.articles.subList(0, 100);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            // the server's own first article, so readers have something to read from the start
            syn.ingest(store).ingest(List.of(hundred.get(0)));
            SitrepServer server = SitrepServer.start(ServeConfig.defaults().withPort(0), store,
                    ArticleIngestor.of(syn.ingest(store)), AccessLog.NONE);
            AtomicBoolean running = new AtomicBoolean(true);
            List<Integer> statuses = new CopyOnWriteArrayList<>();
            AtomicInteger reads = new AtomicInteger();
            Thread reader = new Thread(() -> {
                HttpClient http = HttpClient.newHttpClient();
                while (running.get()) {
                    try {
                        for (String path : List.of("/api/events?limit=1000", "/api/export.csv", "/api/events/none")) {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
                            statuses.add(path.endsWith("none") ? (r.statusCode() == 404 ? 200 : r.statusCode()) : r.statusCode());
                            reads.incrementAndGet();
                        }
                    } catch (Exception e) {
                        statuses.add(-1);
                    }
                }
            }, "sharing-test-reader");
            reader.start();
            List<String> outA = new CopyOnWriteArrayList<>();
            List<String> outB = new CopyOnWriteArrayList<>();
            Process a = child(0, 60, "forward", outA);
            Process b = child(40, 100, "reverse", outB);
            try {
                assertThat(a.waitFor(240, TimeUnit.SECONDS)).as("first ingest finished: %s", outA).isTrue();
                assertThat(b.waitFor(240, TimeUnit.SECONDS)).as("second ingest finished: %s", outB).isTrue();
            } finally {
                running.set(false);
                reader.join(30_000);
                a.destroyForcibly();
                b.destroyForcibly();
                server.stop();
            }
            assertThat(a.exitValue()).as("%s", outA).isZero();
            assertThat(b.exitValue()).as("%s", outB).isZero();
            int added = added(outA) + added(outB);
            assertThat(added).as("each child's output: %s %s", outA, outB).isEqualTo(99);
            assertThat(outA.stream().filter(l -> l.startsWith("finished")).findFirst().orElseThrow()).as("%s", outA).endsWith("errors=0");
            assertThat(outB.stream().filter(l -> l.startsWith("finished")).findFirst().orElseThrow()).as("%s", outB).endsWith("errors=0");
            assertThat(reads.get()).as("the server answered while they ingested").isGreaterThan(3);
            assertThat(statuses).as("every read answered 200").containsOnly(200);

            assertThat(store.articleCount()).isEqualTo(100);
            Set<String> ids = new HashSet<>();
            for (Article s : store.articles(1000, 0)) {
                assertThat(ids.add(s.docId())).as("stored once: " + s.docId()).isTrue();
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(hundred.stream().map(Article::docId).toList());
            int mentions = hundred.stream().mapToInt(x -> syn.read(x).size()).sum();
            assertThat(store.mentionCount()).isEqualTo(mentions);
            assertThat(store.integrityProblems()).isEmpty();
            assertThat(store.eventCount()).isEqualTo(SyntheticArticles.fuser().events(store.allMentions()).size());
        }
    }

    private static int added(List<String> out) {
        return out.stream().filter(l -> l.startsWith("finished added="))
                .mapToInt(l -> Integer.parseInt(l.substring("finished added=".length(), l.indexOf(' ', 15)))).sum();
    }

    private Process child(int from, int to, String order, List<String> out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StoreShareChild.class.getName(), dir.toString(), String.valueOf(MENTIONS), String.valueOf(SEED),
                String.valueOf(from), String.valueOf(to), order).redirectErrorStream(true).start();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (out.size() < 200) {
                        out.add(line);
                    }
                }
            } catch (Exception e) {
                // the child ended
            }
        });
        t.setDaemon(true);
        t.start();
        return p;
    }
}
