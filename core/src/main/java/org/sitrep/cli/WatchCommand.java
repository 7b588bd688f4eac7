// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.serve.ArticleIngestor;
import org.sitrep.serve.Watcher;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll folders for new article files and RSS/Atom feeds for new items, and add them to the store.")
final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FOLDER|FEED_URL", description = "folders (or files) and http(s) feed URLs")
    List<String> sources;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "sitrep-data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "300", description = "seconds between polls (default: ${DEFAULT-VALUE})")
    long interval;

    @Option(names = "--once", description = "poll once and exit")
    boolean once;

    @Override
    public Integer call() throws InterruptedException {
        if (interval < 10) {
            System.err.println("--interval must be at least 10 seconds");
            return 2;
        }
        Pipeline pipeline = Pipeline.load();
        try (JdbcEventStore store = JdbcEventStore.openH2(db)) {
            Watcher w = new Watcher(sources, ArticleIngestor.of(StoreIngest.withPipeline(store, pipeline, pipeline.fuser())));
            while (true) {
                Watcher.Poll p = w.pollOnce();
                System.out.printf("%s: %d read, %d added, %d skipped, %d errors%n", java.time.LocalDateTime.now()
                        .withNano(0), p.read(), p.added(), p.skipped(), p.errors().size());
                p.errors().forEach(e -> System.err.println("error: " + e));
                if (once) {
                    return 0;
                }
                Thread.sleep(interval * 1000);
            }
        }
    }
}
