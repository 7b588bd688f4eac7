// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.common.Printable;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.serve.PipelineIngestor;
import org.sitrep.serve.Watcher;
import org.sitrep.store.JdbcEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll folders for new article files and RSS/Atom feeds for new items, and add them to the store.",
        footer = {"%nExamples:", "  sitrep watch inbox/ --interval 60", "  sitrep watch https://example.org/feed.xml --once",
                "%nFeeds: RSS or Atom over http(s), at most 10 MB; each item becomes an article",
                "(link as url, host as outlet).",
                HelpText.STORE, HelpText.FORMATS})
final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FOLDER|FEED_URL", description = "folders (or files) and http(s) feed URLs")
    List<String> sources;

    @Mixin
    StoreOption store;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "300", description = "seconds between polls, at least 10 (default: ${DEFAULT-VALUE})")
    long interval;

    @Option(names = "--once", description = "poll once and exit")
    boolean once;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines on stderr")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (interval < 10) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be at least 10 seconds, not "
                    + interval);
        }
        for (String s : sources) {
            if (!s.startsWith("http://") && !s.startsWith("https://") && !Files.exists(Path.of(s))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + s);
            }
        }
        // the store first: one that cannot be opened (corrupt, locked, unreachable) fails before the models load
        try (JdbcEventStore db = store.open()) {
            if (!quiet) {
                System.err.println("sitrep: loading the language models...");
            }
            Pipeline pipeline = Pipeline.load();
            // feed items are checked as the server checks posted articles (binary, HTML page, length, language)
            Watcher w = new Watcher(sources, new PipelineIngestor(db, pipeline));
            while (true) {
                long t0 = System.nanoTime();
                Watcher.Poll p = w.pollOnce();
                System.out.printf("%s: %d read, %d added, %d skipped, %d errors (%.1f s)%n", java.time.LocalDateTime.now()
                        .withNano(0), p.read(), p.added(), p.skipped(), p.errors().size(), (System.nanoTime() - t0) / 1e9);
                // a feed is remote input: its links and whatever its parser quotes must not drive the terminal
                p.warnings().forEach(e -> System.err.println(Printable.of("warning: " + e)));
                p.errors().forEach(e -> System.err.println(Printable.of("error: " + e)));
                if (once) {
                    return 0;
                }
                Thread.sleep(interval * 1000);
            }
        }
    }
}
