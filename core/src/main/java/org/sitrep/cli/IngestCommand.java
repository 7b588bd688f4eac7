// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoreIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add articles (.txt, .jsonl, .html files or folders) to the event store, incrementally: "
                + "articles already stored (same text) are skipped.",
        footer = {"%nExamples:", "  sitrep ingest examples/articles", "  sitrep ingest feed.jsonl --db /srv/sitrep-data",
                HelpText.STORE, HelpText.FORMATS})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders of articles")
    List<Path> inputs;

    @Mixin
    StoreOption store;

    @Mixin
    InputOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        InputOptions.requireExisting(spec, inputs);
        IngestResult in = options.ingest(spec).read(inputs);
        InputOptions.printWarnings(in.warnings());
        InputOptions.printErrors(in.errors());
        if (in.articles().isEmpty()) {
            System.out.printf("sitrep: no articles to add (%d errors)%n", in.errors().size());
            return in.errors().isEmpty() ? 0 : 1;
        }
        // the store first: one that cannot be opened (corrupt, locked, unreachable) fails before the models load
        try (JdbcEventStore db = store.open()) {
            Progress.note(options.quiet, in.articles().size() + " articles read; loading the language models...");
            Pipeline pipeline = Pipeline.load();
            Progress progress = Progress.of("ingest", in.articles().size(), options.quiet);
            // dated articles first, so that each undated one is placed by all of them (as extract places it)
            List<org.sitrep.model.Article> ordered = new java.util.ArrayList<>(in.articles());
            ordered.sort(java.util.Comparator.comparing(a -> a.published() == null));
            StoreIngest.Result r = StoreIngest.withPipeline(db, pipeline, pipeline.fuser())
                    .ingest(ordered, progress::done);
            InputOptions.printErrors(r.errors());
            // the store keeps one article per text (content hash): a copy of a stored text is skipped with it
            System.out.printf("sitrep: %d added, %d skipped (text already stored), %d errors, %d mentions, %d events changed%n",
                    r.added(), r.skipped(), r.errors().size() + in.errors().size(), r.mentions(),
                    r.eventsWritten());
            System.out.printf("store %s: %d articles, %d events%n", store.describe(), db.articleCount(), db.eventCount());
        }
        return 0;
    }
}
