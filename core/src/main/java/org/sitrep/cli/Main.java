package org.sitrep.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.sitrep.common.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The sitrep command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Sourced, geocoded conflict events from news articles.",
        subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, ReportCommand.class, BenchCommand.class,
                IngestCommand.class, ServeCommand.class, WatchCommand.class, LoadTestCommand.class,
                EvaluateCommand.class, CorrectCommand.class},
        footer = {"%nExamples:",
                "  sitrep extract examples/articles --out out",
                "      events from the bundled articles",
                "  sitrep ingest examples/articles && sitrep serve",
                "      browse them at http://127.0.0.1:8080/",
                "  sitrep correct split EVENT_ID REPORT --by NAME",
                "      an analyst's correction that outlasts re-fusion",
                "  sitrep help extract",
                "      options, input formats and limits of a command",
                "%nSet SITREP_DEBUG=1 to see the stack trace of an unexpected error."})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its one-line error handler: a stack trace only when SITREP_DEBUG is set. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            String message = describe(e);
            cmd.getErr().println(Printable.of(cmd.getCommandSpec().qualifiedName() + ": "
                    + message.lines().findFirst().orElse(message)));
            if (System.getenv("SITREP_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        // a bad option or a missing input: the reason and where to look, not the whole usage text
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(Printable.of(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage()));
            // a subcommand of a subcommand (sitrep correct split) has its own --help
            cmd.getErr().println(cmd.getParent() != null && cmd.getParent().getParent() != null
                    ? "See '" + cmd.getCommandSpec().qualifiedName() + " --help'."
                    : "See 'sitrep help " + (cmd.getParent() == null ? "" : cmd.getCommandName()) + "'.");
            cmd.getErr().flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl;
    }

    /**
     * An error as one line for the user. A file-system error's message is only the path ("out/events.csv"), so
     * the path is followed by what went wrong with it.
     */
    static String describe(Throwable e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String what = f.getReason() != null ? f.getReason()
                    : f instanceof NoSuchFileException ? "no such file or folder"
                    : f instanceof FileAlreadyExistsException ? "exists already (a file where a folder is wanted?)"
                    : f instanceof AccessDeniedException ? "permission denied"
                    : f instanceof NotDirectoryException ? "not a folder"
                    : f.getClass().getSimpleName();
            return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + what;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
