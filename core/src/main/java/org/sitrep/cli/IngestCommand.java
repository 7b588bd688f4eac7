// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.InputError;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add articles (.txt, .jsonl, .html files or folders) to the event store, incrementally.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders of articles")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "sitrep-data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Override
    public Integer call() {
        IngestResult in = new Ingest().read(inputs);
        for (InputError e : in.errors()) {
            System.err.println("error: " + e.input() + ": " + e.reason());
        }
        if (in.articles().isEmpty()) {
            System.out.printf("sitrep: no articles to add (%d errors)%n", in.errors().size());
            return in.errors().isEmpty() ? 0 : 1;
        }
        Pipeline pipeline = Pipeline.load();
        try (JdbcEventStore store = JdbcEventStore.openH2(db)) {
            StoreIngest.Result r = StoreIngest.withPipeline(store, pipeline, pipeline.fuser()).ingest(in.articles());
            for (InputError e : r.errors()) {
                System.err.println("error: " + e.input() + ": " + e.reason());
            }
            System.out.printf("sitrep: %d added, %d skipped (already stored), %d errors, %d mentions, %d events written%n",
                    r.added(), r.skipped() + in.duplicates(), r.errors().size() + in.errors().size(), r.mentions(),
                    r.eventsWritten());
            System.out.printf("store %s: %d articles, %d events%n", db.toAbsolutePath(), store.articleCount(), store.eventCount());
        }
        return 0;
    }
}
