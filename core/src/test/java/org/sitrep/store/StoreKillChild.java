package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link StoreKillTest} in its own JVM: ingests synthetic articles one by one into the H2 store in
 * {@code args[0]}, printing "stored N" after each commit, over and over until killed.
 */
public final class StoreKillChild {
    private StoreKillChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        SyntheticArticles syn = new SyntheticArticles(count, seed);
        SyntheticArticles.fuser();
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            StoreIngest ingest = syn.ingest(store);
            System.out.println("ready");
            System.out.flush();
            int stored = 0;
            while (true) {
                for (var a : syn.articles) {
                    stored += ingest.ingest(List.of(a)).added();
                    System.out.println("stored " + stored);
                    System.out.flush();
                }
            }
        }
    }
}
