// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoreIngest;

/** Feeds and folders are polled into the store once, however often they are polled. */
class ServeWatchTest {
    @TempDir
    Path dir;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Test wire</title><link>http://127.0.0.1/</link><description>t</description>
            <item><title>Shelling in Town A</title><link>http://news.example.org/a</link>
              <pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate>
              <description>&lt;p&gt;Shelling hit the market in Town A on Monday, killing three people.&lt;/p&gt;</description></item>
            <item><title>Protest in Town B</title><link>http://www.news.example.org/b</link>
              <pubDate>Tue, 03 Mar 2020 10:00:00 GMT</pubDate>
              <description>Hundreds protested in Town B on Tuesday against rising prices.</description></item>
            </channel></rss>
            """;

    @Test
    void aFeedIsIngestedOnce() throws Exception {
        HttpServer feed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feed.createContext("/feed.xml", ex -> {
            byte[] b = RSS.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        feed.start();
        try (JdbcEventStore store = JdbcEventStore.openH2(dir.resolve("db"))) {
            StoreIngest ingest = new StoreIngest(store, ServeFixture.fuser(), a -> List.of());
            String url = "http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml";
            Watcher w = new Watcher(List.of(url), ArticleIngestor.of(ingest));

            Watcher.Poll first = w.pollOnce();
            assertThat(first.errors()).isEmpty();
            assertThat(first.added()).isEqualTo(2);
            assertThat(store.articleCount()).isEqualTo(2);
            List<Article> stored = store.articles(10, 0);
            assertThat(stored).extracting(Article::outlet).containsOnly("news.example.org");
            assertThat(stored).extracting(Article::url).containsExactlyInAnyOrder("http://news.example.org/a", "http://www.news.example.org/b");
            assertThat(stored).extracting(Article::text).anySatisfy(t -> assertThat(t).startsWith("Shelling hit the market").doesNotContain("<p>"));
            assertThat(stored).extracting(Article::published).extracting(Object::toString).containsExactlyInAnyOrder("2020-03-02", "2020-03-03");

            Watcher.Poll second = w.pollOnce();
            assertThat(second.added()).isZero();
            assertThat(second.skipped()).isEqualTo(2);
            assertThat(second.errors()).isEmpty();
            assertThat(store.articleCount()).isEqualTo(2);
        } finally {
            feed.stop(0);
        }
    }

    /** Two paragraphs with a script between them, as a feed item's content and as an .html article's body. */
    static final String BODY = "<p>Rockets struck the fuel depot near Lake Town on Friday night.</p>"
            + "<script>var tracker = 'ad-slot';</script><div style=\"display:none\">Subscribe now</div>"
            + "<p>Two guards were wounded, the <b>port authority</b> said &amp; the gate stayed shut on Saturday.</p>";

    @Test
    void aFeedItemsTextIsWhatAnHtmlArticleWithTheSameBodyGives() throws Exception {
        String escaped = BODY.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Test wire</title><link>http://127.0.0.1/</link><description>t</description>
                <item><title>Depot &lt;b&gt;hit&lt;/b&gt;</title><link>http://news.example.org/depot</link>
                  <pubDate>Sat, 07 Mar 2020 10:00:00 GMT</pubDate><description>%s</description></item>
                <item><title>Empty</title><link>http://news.example.org/empty</link>
                  <description>&lt;script&gt;var x = 1;&lt;/script&gt;</description></item>
                </channel></rss>
                """.formatted(escaped);
        Path page = Files.writeString(dir.resolve("depot.html"), "<!DOCTYPE html><html><head><title>Depot hit</title>"
                + "</head><body><article>" + BODY + "</article></body></html>");
        List<Article> fromPage = new Ingest().read(List.of(page)).articles();
        assertThat(fromPage).hasSize(1);

        HttpServer feed = serve(rss);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir.resolve("db"))) {
            String url = "http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml";
            Watcher w = new Watcher(List.of(url), ArticleIngestor.of(new StoreIngest(store, ServeFixture.fuser(),
                    a -> List.of())));
            Watcher.Poll poll = w.pollOnce();
            assertThat(poll.added()).isEqualTo(1);
            assertThat(poll.errors()).containsExactly(url + "#http://news.example.org/empty: the feed item has no text "
                    + "(its content and description are empty or only markup)");
            Article item = store.articles(10, 0).get(0);
            assertThat(item.text()).isEqualTo("Rockets struck the fuel depot near Lake Town on Friday night.\n\n"
                    + "Two guards were wounded, the port authority said & the gate stayed shut on Saturday.");
            assertThat(item.text()).isEqualTo(fromPage.get(0).text());
            assertThat(item.title()).isEqualTo("Depot hit");
        } finally {
            feed.stop(0);
        }
    }

    @Test
    void anAtomTextContentIsTakenAsWritten() throws Exception {
        String atom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2020-03-09T10:00:00Z</updated>
                <entry><title type="text">Prices</title><id>urn:wire:1</id><link href="http://news.example.org/prices"/>
                  <updated>2020-03-09T10:00:00Z</updated>
                  <content type="text">Traders in Hill Town said fuel prices rose by &lt;5%% on Monday &amp; that queues grew.
                Protesters gathered outside the market on Monday afternoon.</content></entry>
                </feed>
                """.formatted();
        HttpServer feed = serve(atom);
        try (JdbcEventStore store = JdbcEventStore.openH2(dir.resolve("db"))) {
            String url = "http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml";
            Watcher w = new Watcher(List.of(url), ArticleIngestor.of(new StoreIngest(store, ServeFixture.fuser(),
                    a -> List.of())));
            assertThat(w.pollOnce().added()).isEqualTo(1);
            assertThat(store.articles(10, 0).get(0).text()).isEqualTo("Traders in Hill Town said fuel prices rose by <5% "
                    + "on Monday & that queues grew.\nProtesters gathered outside the market on Monday afternoon.");
        } finally {
            feed.stop(0);
        }
    }

    @Test
    void aFeedThatTricklesIsAnErrorAndTheOtherSourcesGoOn() throws Exception {
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slow.createContext("/feed.xml", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, 0);
            try {
                ex.getResponseBody().write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
                // one byte every 200 ms: the headers came in time, the body never ends
                for (int i = 0; i < 300; i++) {
                    ex.getResponseBody().write(' ');
                    ex.getResponseBody().flush();
                    Thread.sleep(200);
                }
            } catch (java.io.IOException | InterruptedException e) {
                // the watcher gave up and closed the connection
            } finally {
                ex.close();
            }
        });
        slow.start();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "Gunmen attacked a checkpoint near Town C on Sunday, officials said.");
        try (JdbcEventStore store = JdbcEventStore.openH2(dir.resolve("db"))) {
            String url = "http://127.0.0.1:" + slow.getAddress().getPort() + "/feed.xml";
            Watcher w = new Watcher(List.of(url, in.toString()), ArticleIngestor.of(new StoreIngest(store,
                    ServeFixture.fuser(), a -> List.of())), java.time.Duration.ofSeconds(2));
            long t0 = System.nanoTime();
            Watcher.Poll p = w.pollOnce();
            assertThat((System.nanoTime() - t0) / 1e9).as("seconds for the poll").isLessThan(30);
            assertThat(p.errors()).containsExactly(url + ": the feed was not read within 2 s");
            assertThat(p.added()).isEqualTo(1);
            assertThat(store.articleCount()).isEqualTo(1);
        } finally {
            slow.stop(0);
        }
    }

    private static HttpServer serve(String xml) throws java.io.IOException {
        HttpServer feed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feed.createContext("/feed.xml", ex -> {
            byte[] b = xml.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/xml");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        feed.start();
        return feed;
    }

    @Test
    void aFolderIsIngestedOnceAndNewFilesLater() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "Gunmen attacked a checkpoint near Town C on Sunday, officials said.");
        try (JdbcEventStore store = JdbcEventStore.openH2(dir.resolve("db"))) {
            Watcher w = new Watcher(List.of(in.toString()),
                    ArticleIngestor.of(new StoreIngest(store, ServeFixture.fuser(), a -> List.of())));
            assertThat(w.pollOnce().added()).isEqualTo(1);
            assertThat(w.pollOnce().read()).isZero();
            Files.writeString(in.resolve("two.txt"), "Troops clashed with rebels outside Town D on Monday, residents said.");
            assertThat(w.pollOnce().added()).isEqualTo(1);
            assertThat(store.articleCount()).isEqualTo(2);
            Path feed = Files.writeString(in.resolve("three.jsonl"), "{\"id\": \"w3\", \"headline\": \"Road shut\", "
                    + "\"text\": \"Protesters blocked the ring road of Town E on Tuesday, the police said.\"}\n");
            Watcher.Poll p = w.pollOnce();
            assertThat(p.added()).isEqualTo(1);
            assertThat(p.warnings()).containsExactly(feed + ":1: unknown field 'headline' ignored (the fields read are "
                    + "id, url, outlet, published, title, text)");
        }
    }
}
