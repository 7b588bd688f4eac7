package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Correction;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.store.OutputWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The articles in and the output folder out of a batch run ({@code extract}, {@code report}): one declaration of
 * their command line and one run, so the two commands read, fuse with corrections and write alike.
 */
final class BatchRun {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders of articles")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Mixin
    InputOptions options;

    @Mixin
    CorrectionsOption corrections;

    /**
     * Reads the corrections (a bad file fails before any model loads), checks the inputs and makes the output folder,
     * reads the inputs, then loads the models and runs the pipeline with progress on stderr; writes the output files.
     */
    PipelineResult run(CommandSpec spec, String what) throws IOException {
        List<Correction> cs = corrections.read(spec);
        InputOptions.requireExisting(spec, inputs);
        InputOptions.requireOutputFolder(spec, out);
        IngestResult in = options.ingest(spec).read(inputs);
        InputOptions.printWarnings(in.warnings());
        Progress.note(options.quiet, in.articles().size() + " articles read, " + in.errors().size()
                + " inputs refused; loading the language models...");
        Pipeline pipeline = Pipeline.load();
        // the clock starts after the models load, so the rate and time left are about articles
        Progress progress = Progress.of(what, in.articles().size(), options.quiet);
        PipelineResult r = CorrectionsOption.apply(pipeline.run(in.articles(), in.errors(), progress::done), cs);
        OutputWriter.write(out, r);
        return r;
    }

    /** The lines that tell where the output files went. */
    void printOutput() {
        System.out.println("output: " + out.toAbsolutePath());
        System.out.println("  mentions.jsonl  events.jsonl  events.csv  errors.jsonl");
    }
}
