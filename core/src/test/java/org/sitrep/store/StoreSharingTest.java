package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * `sitrep serve`, two `sitrep ingest` runs and a `sitrep watch` on one embedded store at once: the server (this
 * JVM) opens the store first and keeps answering while two ingesting child JVMs and a watching one add 100
 * articles. The ingests take articles 0-49 and 30-79 (the second in reverse order); the watched folder receives
 * articles 65-99 and 0-4 as files while they run, so 35 articles come from two processes. Every article ends up
 * stored once, every mention in exactly one event, and the events are those one batch fusion of the stored
 * mentions gives. Timeouts are generous and each child's output is shown when an assertion fails.
 */
class StoreSharingTest {
    private static final int MENTIONS = 260;
    private static final long SEED = 41;

    @TempDir
    Path dir;

    @Test
    void serveTwoIngestsAndAWatchShareOneStore() throws Exception {
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
            List<String> outW = new CopyOnWriteArrayList<>();
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            List<Article> watched = new ArrayList<>(hundred.subList(65, 100));
            watched.addAll(hundred.subList(0, 5));
            for (Article x : watched.subList(0, 10)) {
                drop(inbox, x);
            }
            Process a = child(StoreShareChild.class, outA, "0", "50", "forward");
            Process b = child(StoreShareChild.class, outB, "30", "80", "reverse");
            Process w = child(StoreWatchChild.class, outW, inbox.toString(), String.valueOf(watched.size()), "600");
            try {
                // the rest of the files arrive while the three write
                for (Article x : watched.subList(10, watched.size())) {
                    Thread.sleep(50);
                    drop(inbox, x);
                }
                assertThat(a.waitFor(600, TimeUnit.SECONDS)).as("first ingest finished: %s", outA).isTrue();
                assertThat(b.waitFor(600, TimeUnit.SECONDS)).as("second ingest finished: %s", outB).isTrue();
                assertThat(w.waitFor(660, TimeUnit.SECONDS)).as("watch finished: %s", outW).isTrue();
            } finally {
                running.set(false);
                reader.join(30_000);
                a.destroyForcibly();
                b.destroyForcibly();
                w.destroyForcibly();
                server.stop();
            }
            String outputs = "\ningest A: " + outA + "\ningest B: " + outB + "\nwatch: " + outW;
            assertThat(a.exitValue()).as(outputs).isZero();
            assertThat(b.exitValue()).as(outputs).isZero();
            assertThat(w.exitValue()).as(outputs).isZero();
            assertThat(finished(outA)).as(outputs).endsWith("errors=0");
            assertThat(finished(outB)).as(outputs).endsWith("errors=0");
            assertThat(finished(outW)).as(outputs).endsWith("errors=0 read=" + watched.size());
            assertThat(added(outA) + added(outB) + added(outW)).as("articles added by the three: " + outputs).isEqualTo(99);
            // articles 80-99 reach the store only through the watched folder
            assertThat(added(outW)).as(outputs).isGreaterThanOrEqualTo(20);
            assertThat(reads.get()).as("the server answered while they ingested").isGreaterThan(3);
            assertThat(statuses).as("every read answered 200").containsOnly(200);
            // the store answers with every article once to a new reader too
            assertThat(store.articleCount()).as(outputs).isEqualTo(100);

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

    private static String finished(List<String> out) {
        return out.stream().filter(l -> l.startsWith("finished")).findFirst().orElse("(no finished line)");
    }

    /** Writes one article as a JSONL file the way a feed dropper would: a hidden temporary file, then a rename. */
    private static void drop(Path inbox, Article x) throws java.io.IOException {
        var o = EventJson.mapper().createObjectNode();
        o.put("id", x.docId());
        o.put("outlet", x.outlet());
        o.put("published", x.published() == null ? null : x.published().toString());
        o.put("text", x.text());
        Path tmp = inbox.resolve("." + x.docId() + ".tmp");
        Files.writeString(tmp, EventJson.mapper().writeValueAsString(o) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, inbox.resolve(x.docId() + ".jsonl"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static int added(List<String> out) {
        return out.stream().filter(l -> l.startsWith("finished added="))
                .mapToInt(l -> Integer.parseInt(l.substring("finished added=".length(), l.indexOf(' ', 15)))).sum();
    }

    /** A child JVM running {@code main} on this test's store and synthetic articles, then {@code more} arguments. */
    private Process child(Class<?> main, List<String> out, String... more) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                main.getName(), dir.toString(), String.valueOf(MENTIONS), String.valueOf(SEED)));
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (out.size() < 300) {
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
