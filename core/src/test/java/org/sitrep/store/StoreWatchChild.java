package org.sitrep.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.Article;
import org.sitrep.serve.ArticleIngestor;
import org.sitrep.serve.Watcher;

/**
 * Run by {@link StoreSharingTest} in its own JVM, as `sitrep watch DIR` would: opens the H2 store in
 * {@code args[0]} while other processes have it open and polls the folder {@code args[3]} with the real
 * {@link Watcher} until it has read {@code args[4]} article files (or {@code args[5]} seconds passed), then prints
 * "finished added=N skipped=M errors=E read=R".
 *
 * <p>The files are read as `watch` reads them; each article read is then checked against the synthetic article of
 * its id (same text) and stored as that one, so its mentions come from {@link SyntheticArticles} (no NLP models)
 * and its content hash is the one the ingest processes store for it.
 */
public final class StoreWatchChild {
    private StoreWatchChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dir = Path.of(args[0]);
        SyntheticArticles syn = new SyntheticArticles(Integer.parseInt(args[1]), Long.parseLong(args[2]));
        Map<String, Article> byId = syn.articles.stream().collect(Collectors.toMap(Article::docId, Function.identity()));
        String folder = args[3];
        int expected = Integer.parseInt(args[4]);
        long deadline = System.nanoTime() + Long.parseLong(args[5]) * 1_000_000_000L;
        int read = 0;
        int added = 0;
        int skipped = 0;
        int errors = 0;
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest ingest = syn.ingest(store);
            ArticleIngestor asSynthetic = articles -> {
                List<Article> known = new ArrayList<>();
                for (Article a : articles) {
                    Article s = byId.get(a.docId());
                    if (s == null || !s.text().equals(a.text())) {
                        System.out.println("error read a different article than written: " + a.docId());
                    } else {
                        known.add(s);
                    }
                }
                return ingest.ingest(known);
            };
            Watcher watcher = new Watcher(List.of(folder), asSynthetic);
            System.out.println("ready");
            while (read < expected && System.nanoTime() < deadline) {
                Watcher.Poll p = watcher.pollOnce();
                read += p.read();
                added += p.added();
                skipped += p.skipped();
                errors += p.errors().size();
                p.errors().forEach(e -> System.out.println("error " + e));
                if (p.read() > 0) {
                    System.out.println("poll read=" + p.read() + " added=" + p.added() + " skipped=" + p.skipped());
                }
                Thread.sleep(200);
            }
        }
        System.out.println("finished added=" + added + " skipped=" + skipped + " errors=" + errors + " read=" + read);
    }
}
