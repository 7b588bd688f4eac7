package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.common.Printable;
import org.sitrep.evaluate.AcledCsvException;
import org.sitrep.evaluate.AcledCsvReader;
import org.sitrep.evaluate.AcledFile;
import org.sitrep.evaluate.AcledRow;
import org.sitrep.evaluate.DisagreementWriter;
import org.sitrep.evaluate.Evaluation;
import org.sitrep.evaluate.RowScorer;
import org.sitrep.evaluate.Tables;
import org.sitrep.evaluate.Tally;
import org.sitrep.ingest.Ingest;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Check Sitrep against coded events in ACLED's columns: per-field agreement, confusion "
                + "tables by family and sub-type, a per-country table, and the disagreements for review.")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--acled", required = true, paramLabel = "FILE.csv",
            description = "coded events with ACLED's columns (event_date, event_type, sub_event_type, actor1, inter1, "
                    + "actor2, inter2, country, admin1..admin3, location, latitude, longitude, notes, fatalities)")
    Path acled;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "evaluate-out",
            description = "folder for disagreements.jsonl (default: ${DEFAULT-VALUE})")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AcledFile file;
        try {
            file = new AcledCsvReader().read(acled);
        } catch (AcledCsvException e) {
            System.err.println(Printable.of("error: " + e.input() + ": " + e.reason()));
            return 2;
        }
        for (AcledFile.Skipped s : file.skipped()) {
            System.err.println(Printable.of("evaluate: " + acled + ": line " + s.line() + " skipped: " + s.reason()));
        }
        List<AcledRow> rows = file.rows();
        if (rows.isEmpty()) {
            System.err.println("error: " + acled + ": no row could be read (" + file.skipped().size() + " skipped)");
            return 2;
        }
        InputOptions.requireOutputFolder(spec, out);
        System.err.printf("evaluate: %d rows with notes in %s, %d skipped; loading the pipeline...%n", rows.size(), acled,
                file.skipped().size());
        Evaluation evaluation = new Evaluation(Pipeline.load(), new Ingest(), new RowScorer());
        Path disagreementFile = out.resolve("disagreements.jsonl");
        int[] disagreements = {0};
        Tally tally;
        try (DisagreementWriter writer = new DisagreementWriter(disagreementFile)) {
            tally = evaluation.run(rows, (s, notRead) -> disagreements[0] += writer.write(s, notRead) ? 1 : 0,
                    Progress.of("evaluate", "rows", rows.size(), false)::done);
        }
        System.out.println(Tables.summaryLine(tally, file.skipped().size()));
        System.out.println();
        System.out.println(Printable.lines(Tables.fields(tally)));
        System.out.println(Printable.lines(Tables.confusion("Families", tally.familyConfusion(), 14)));
        System.out.println(Printable.lines(Tables.confusion("Sub-types", tally.subTypeConfusion(), 36)));
        System.out.println(Printable.lines(Tables.countries(tally)));
        if (!file.skipped().isEmpty()) {
            System.out.printf("%d malformed rows skipped (line and reason on stderr)%n", file.skipped().size());
        }
        System.out.printf("%d rows with a disagreement: %s%n", disagreements[0], disagreementFile.toAbsolutePath());
        return 0;
    }
}
