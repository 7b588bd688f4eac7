package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Correction;
import org.sitrep.model.Event;
import org.sitrep.pipeline.PipelineResult;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.store.Corrections;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --corrections FILE} option of {@code extract} and {@code report}: a batch run fused with an export's corrections. */
final class CorrectionsOption {
    @Option(names = "--corrections", paramLabel = "FILE",
            description = "analysts' corrections to fuse with: a 'sitrep correct list --json' export (docs/corrections.md)")
    Path file;

    /** The corrections, read before any model loads, so that a bad file fails at once; none without the option. */
    List<Correction> read(CommandSpec spec) {
        if (file == null) {
            return List.of();
        }
        try {
            return CorrectCommand.readFile(file);
        } catch (Corrections.Refused e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--corrections " + e.getMessage());
        }
    }

    /** The run with its mentions fused again with the analysts' splits, merges and values; as it is without any. */
    static PipelineResult apply(PipelineResult r, List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return r;
        }
        List<Event> events = new Fuser(Gazetteer.load()).events(r.mentions(), corrections);
        return new PipelineResult(r.articles(), r.mentions(), events, r.errors(), r.copies(), r.inferredDates(),
                r.tokens(), r.framing());
    }
}
