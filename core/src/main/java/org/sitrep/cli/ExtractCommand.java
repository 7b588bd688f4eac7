package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.model.EventMention;
import org.sitrep.model.InputError;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.store.OutputWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract events from articles (.txt, .jsonl, .html files or folders) into an output folder.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders of articles")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.load();
        PipelineResult r = pipeline.run(inputs);
        OutputWriter.write(out, r);
        System.out.printf("sitrep: %d articles, %d mentions, %d events, %d errors, %d duplicates skipped%n",
                r.articles().size(), r.mentions().size(), r.events().size(), r.errors().size(), r.duplicates());
        System.out.println("output: " + out.toAbsolutePath());
        System.out.println("  mentions.jsonl  events.jsonl  events.csv  errors.jsonl");
        Map<String, Integer> byType = new TreeMap<>();
        for (EventMention m : r.mentions()) {
            byType.merge(m.type().eventType() + " / " + m.type().subEventType(), 1, Integer::sum);
        }
        System.out.printf("%n%-62s %s%n", "event type / sub-event type", "mentions");
        byType.forEach((k, v) -> System.out.printf("%-62s %8d%n", k, v));
        r.inferredDates().forEach((doc, d) -> System.out.println("inferred date for " + doc + ": " + d));
        for (InputError e : r.errors()) {
            System.err.println("error: " + e.input() + ": " + e.reason());
        }
        return 0;
    }
}
