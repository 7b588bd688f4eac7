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
