package org.sitrep.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sitrep.model.Article;

/**
 * Run by {@link StoreSharingTest} in its own JVM, as a second `sitrep ingest` would: opens the H2 store in
 * {@code args[0]} while another process has it open, and ingests synthetic articles {@code [from, to)} one by
 * one (in reverse order when {@code args[5]} is "reverse"), then prints "finished added=N skipped=M errors=E".
 */
public final class StoreShareChild {
    private StoreShareChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        SyntheticArticles syn = new SyntheticArticles(Integer.parseInt(args[1]), Long.parseLong(args[2]));
        List<Article> mine = new ArrayList<>(syn.articles.subList(Integer.parseInt(args[3]), Integer.parseInt(args[4])));
        if (args.length > 5 && args[5].equals("reverse")) {
            Collections.reverse(mine);
        }
        int added = 0;
        int skipped = 0;
        int errors = 0;
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest ingest = syn.ingest(store);
            System.out.println("ready");
            for (Article a : mine) {
                StoreIngest.Result r = ingest.ingest(List.of(a));
                added += r.added();
                skipped += r.skipped();
                errors += r.errors().size();
                r.errors().forEach(e -> System.out.println("error " + e.reason()));
            }
        }
        System.out.println("finished added=" + added + " skipped=" + skipped + " errors=" + errors);
    }
}
