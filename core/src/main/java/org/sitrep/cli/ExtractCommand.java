package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.EventMention;
import org.sitrep.model.Correction;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.store.OutputWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract events from articles (.txt, .jsonl, .html files or folders) into an output folder: "
                + "mentions.jsonl, events.jsonl, events.csv and errors.jsonl (docs/output.md).",
        footer = {"%nExamples:", "  sitrep extract examples/articles --out out",
                "  sitrep extract feed.jsonl more/ --out out --max-file-mb 20 --quiet",
                "  sitrep extract news/ --out out --corrections corrections.json",
                "      with analysts' corrections",
                HelpText.FORMATS})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders of articles")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Mixin
    InputOptions options;

    @Mixin
    CorrectionsOption corrections;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Correction> cs = corrections.read(spec);
        PipelineResult r = CorrectionsOption.apply(run(spec, inputs, out, options, "extract"), cs);
        OutputWriter.write(out, r);
        System.out.printf("sitrep: %d articles (%d copies of an earlier article's text), %d mentions, %d events, %d errors%n",
                r.articles().size(), r.copies(), r.mentions().size(), r.events().size(), r.errors().size());
        System.out.println("output: " + out.toAbsolutePath());
        System.out.println("  mentions.jsonl  events.jsonl  events.csv  errors.jsonl");
        Map<String, Integer> byType = new TreeMap<>();
        for (EventMention m : r.mentions()) {
            byType.merge(m.type().eventType() + " / " + m.type().subEventType(), 1, Integer::sum);
        }
        System.out.printf("%n%-62s %s%n", "event type / sub-event type", "mentions");
        byType.forEach((k, v) -> System.out.printf("%-62s %8d%n", k, v));
        r.inferredDates().forEach((doc, d) -> System.out.println("inferred date for " + doc + ": " + d));
        InputOptions.printErrors(r.errors());
        return 0;
    }

    /**
     * Checks the inputs and makes the output folder, reads the inputs, then loads the models and runs the pipeline
     * with progress on stderr.
     */
    static PipelineResult run(CommandSpec spec, List<Path> inputs, Path out, InputOptions options, String what) {
        InputOptions.requireExisting(spec, inputs);
        InputOptions.requireOutputFolder(spec, out);
        IngestResult in = options.ingest(spec).read(inputs);
        InputOptions.printWarnings(in.warnings());
        Progress.note(options.quiet, in.articles().size() + " articles read, " + in.errors().size()
                + " inputs refused; loading the language models...");
        Pipeline pipeline = Pipeline.load();
        // the clock starts after the models load, so the rate and time left are about articles
        Progress progress = Progress.of(what, in.articles().size(), options.quiet);
        return pipeline.run(in.articles(), in.errors(), progress::done);
    }
}
