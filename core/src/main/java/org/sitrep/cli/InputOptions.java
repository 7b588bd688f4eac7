// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.common.Printable;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestLimits;
import org.sitrep.ingest.IngestWarning;
import org.sitrep.model.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options shared by the commands that read article files: the per-file size limit and --quiet. */
final class InputOptions {
    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "5",
            description = "largest .txt or .html file read, in MB; bigger files are listed as errors (default: ${DEFAULT-VALUE})")
    double maxFileMb;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines on stderr")
    boolean quiet;

    /** The ingest stage with the limit given on the command line. */
    Ingest ingest(CommandSpec spec) {
        if (!(maxFileMb > 0) || maxFileMb > 2048) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-file-mb must be more than 0 and at most 2048");
        }
        IngestLimits d = IngestLimits.DEFAULTS;
        return new Ingest(new IngestLimits((long) (maxFileMb * 1024 * 1024), d.maxRecordBytes(), d.minTextChars()));
    }

    /** Each input refused, with its reason, one line on stderr: the run goes on without it. */
    static void printErrors(List<InputError> errors) {
        for (InputError e : errors) {
            System.err.println(Printable.of("error: " + e.input() + ": " + e.reason()));
        }
    }

    /** What inputs that still count were read without (a JSONL record's unknown fields), one line each on stderr. */
    static void printWarnings(List<IngestWarning> warnings) {
        for (IngestWarning w : warnings) {
            System.err.println(Printable.of("warning: " + w.input() + ": " + w.reason()));
        }
    }

    /**
     * Makes the output folder, failing at once (exit code 2) when it cannot be one, such as a file of that name or a
     * folder without write permission: before the models load and the run takes minutes, not after.
     */
    static void requireOutputFolder(CommandSpec spec, Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot make the --out folder " + out + ": "
                    + Main.describe(e));
        }
        if (!Files.isWritable(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot write in the --out folder " + out);
        }
    }

    /** Fails at once, before any model loads, when an input does not exist (exit code 2). */
    static void requireExisting(CommandSpec spec, List<Path> inputs) {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + p);
            }
            if (!Files.isReadable(p)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + p);
            }
        }
    }
}
