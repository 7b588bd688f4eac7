// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.report.ReportScope;
import org.sitrep.report.Reports;
import org.sitrep.report.SituationReport;
import org.sitrep.store.OutputWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Extract events from articles and write the output files plus a timeline and a situation "
                + "report (timeline.md, sitrep.md, sitrep.html).",
        footer = {"%nExamples:", "  sitrep report examples/articles --out out",
                "  sitrep report news/ --out out --region Idlib --from 2020-02-01 \\",
                "      --to 2020-02-29",
                "  sitrep report news/ --out out --corrections corrections.json",
                "      with analysts' corrections",
                HelpText.FORMATS})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    BatchRun batch;

    @Option(names = "--region", paramLabel = "R", description = "place, province or country the report covers")
    String region;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "first day of the period (inclusive)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "last day of the period (inclusive)")
    LocalDate to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // Check the scope before loading models: a typo should fail in milliseconds, not after the run.
        ReportScope scope;
        try {
            scope = new ReportScope(region, from, to);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        PipelineResult r = batch.run(spec, "report");
        Path out = batch.out;
        SituationReport report = Reports.situationReport(r.events(), scope, r.framing(), r.inferredDates());
        Path timeline = OutputWriter.writeText(out.resolve("timeline.md"), Reports.timeline(Reports.select(r.events(), scope)));
        Path md = OutputWriter.writeText(out.resolve("sitrep.md"), report.markdown());
        Path html = OutputWriter.writeText(out.resolve("sitrep.html"), report.html());

        System.out.printf("sitrep: %d articles, %d events, %d in the report's scope, %d errors%n",
                r.articles().size(), r.events().size(), Reports.select(r.events(), scope).size(), r.errors().size());
        batch.printOutput();
        for (Path p : List.of(timeline, md, html)) {
            System.out.println("  " + p.toAbsolutePath());
        }
        InputOptions.printErrors(r.errors());
        return 0;
    }

    /** Strict ISO days, with an error that says which form is expected. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
            }
        }
    }
}
