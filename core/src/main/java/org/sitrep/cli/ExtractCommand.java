package org.sitrep.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.PipelineResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
    @Mixin
    BatchRun batch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PipelineResult r = batch.run(spec, "extract");
        System.out.printf("sitrep: %d articles (%d copies of an earlier article's text), %d mentions, %d events, %d errors%n",
                r.articles().size(), r.copies(), r.mentions().size(), r.events().size(), r.errors().size());
        batch.printOutput();
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
}
