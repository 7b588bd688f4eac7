package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The sitrep command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Sourced, geocoded conflict events from news articles.",
        subcommands = {ExtractCommand.class, ReportCommand.class, BenchCommand.class, IngestCommand.class,
                ServeCommand.class, WatchCommand.class, LoadTestCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
