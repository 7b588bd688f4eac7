// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a new user meets first: help, missing inputs and bad options, each answered at once in one line. */
class CommandLineTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err, long millis) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        long t0 = System.nanoTime();
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void aMissingInputFailsAtOnceWithExitCode2() {
        for (String command : new String[] {"extract", "report", "ingest"}) {
            Run r = command.equals("ingest")
                    ? run(command, "/no/such/path", "--db", tmp.resolve("db").toString())
                    : run(command, "/no/such/path", "--out", tmp.resolve("out").toString());
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.millis()).as(command + " answers before any model loads").isLessThan(3000);
            assertThat(r.err()).contains("no such file or folder: /no/such/path").doesNotContain("Exception");
            assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
        }
        assertThat(tmp.resolve("out")).doesNotExist();
        assertThat(run("watch", "/no/such/folder", "--once").exit()).isEqualTo(2);
    }

    @Test
    void aBenchWarmUpWithNoArticlesFailsBeforeThePipelinesLoad() throws Exception {
        Path input = java.nio.file.Files.writeString(tmp.resolve("a.txt"), "Gunmen burned two shops in a border town on Sunday.");
        Path empty = java.nio.file.Files.createDirectory(tmp.resolve("empty"));
        Run r = run("bench", input.toString(), "--warm-up", empty.toString(), "--passes", "1");
        assertThat(r.exit()).as("stops before loading the pipelines, which would run the bench and exit 0").isEqualTo(2);
    }

    @Test
    void anOutFolderThatCannotBeOneFailsAtOnceWithExitCode2() throws Exception {
        Path input = java.nio.file.Files.writeString(tmp.resolve("a.txt"), "Gunmen burned two shops in a border town on Sunday.");
        Path file = java.nio.file.Files.writeString(tmp.resolve("taken"), "not a folder");
        for (String command : new String[] {"extract", "report"}) {
            Run r = run(command, input.toString(), "--out", file.toString());
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.millis()).as(command + " answers before any model loads").isLessThan(3000);
            assertThat(r.err()).contains("--out " + file + " is a file, not a folder").doesNotContain("Exception");
        }
        Run under = run("extract", input.toString(), "--out", file.resolve("inside").toString());
        assertThat(under.exit()).isEqualTo(2);
        assertThat(under.err()).contains("cannot make the --out folder " + file.resolve("inside") + ": "
                + file.resolve("inside") + ": Not a directory");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void helpFootersAreWrittenToFitEightyColumns() {
        // picocli wraps a longer footer line at 80 columns and leaves a ragged stub of a few words
        java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(Main.commandLine()));
        int footers = 0;
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            todo.addAll(c.getSubcommands().values());
            for (String f : c.getCommandSpec().usageMessage().footer()) {
                footers++;
                for (String line : String.format(f).split("\\R")) {
                    assertThat(line.length()).as(c.getCommandSpec().qualifiedName() + ": " + line).isLessThanOrEqualTo(80);
                }
            }
        }
        assertThat(footers).isGreaterThan(10);
    }

    @Test
    void aFileSystemErrorNamesThePathAndWhatWentWrong() {
        assertThat(Main.describe(new java.nio.file.NoSuchFileException("out/events.csv")))
                .isEqualTo("out/events.csv: no such file or folder");
        assertThat(Main.describe(new java.nio.file.AccessDeniedException("out")))
                .isEqualTo("out: permission denied");
        assertThat(Main.describe(new java.nio.file.FileSystemException("out", null, "No space left on device")))
                .isEqualTo("out: No space left on device");
        assertThat(Main.describe(new IllegalStateException("store is locked"))).isEqualTo("store is locked");
    }

    @Test
    void helpListsCommandsAndEachCommandHasExamplesFormatsAndLimits() {
        Run help = run("help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("extract").contains("ingest").contains("serve").contains("watch").contains("Examples");
        for (String command : new String[] {"extract", "report", "ingest", "watch"}) {
            Run r = run(command, "--help");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).as(command).contains("Examples:").contains("Input formats:").contains(".jsonl")
                    .contains("Limits:").contains("--max-file-mb").contains("--quiet");
            assertThat(run("help", command).out()).isEqualTo(r.out());
        }
        assertThat(run("serve", "--help").out()).contains("Examples:").contains("SITREP_TOKEN").contains("Limits:");
    }

    @Test
    void thePerFileSizeLimitIsAnOptionAndIsChecked() {
        Run r = run("extract", "examples/articles", "--out", tmp.toString(), "--max-file-mb", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--max-file-mb");
    }

    @Test
    void aPortOutOfRangeIsOneFriendlyLine() {
        Run r = run("serve", "--port", "99999", "--db", tmp.resolve("db").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sitrep serve: --port must be between 1 and 65535, not 99999")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("serve", "--port", "eighty").err()).doesNotContain("Exception");
    }

    @Test
    void aWatchIntervalTooShortNamesTheValueGiven() {
        Run r = run("watch", tmp.toString(), "--interval", "3", "--db", tmp.resolve("db").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("sitrep watch: --interval must be at least 10 seconds, not 3")
                .doesNotContain("Exception");
    }

    @Test
    void aBusyPortIsOneFriendlyLine() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            PrintStream saved = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            Run r;
            try {
                System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
                r = run("serve", "--port", String.valueOf(busy.getLocalPort()), "--db", tmp.resolve("db").toString(), "--quiet");
            } finally {
                System.setErr(saved);
            }
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip()).isEqualTo("sitrep serve: cannot listen on 127.0.0.1:" + busy.getLocalPort()
                    + ": the port is in use or not allowed; choose another with --port");
            assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
        }
    }

    @Test
    void aStoreThatCannotBeOpenedFailsIngestAndWatchBeforeTheModelsLoad() throws Exception {
        Path input = java.nio.file.Files.writeString(tmp.resolve("a.txt"),
                "Riot police cleared a sit-in at the harbour gates on Monday, arresting eleven dockers, a union said.");
        Path db = java.nio.file.Files.createDirectory(tmp.resolve("db"));
        // not an H2 file: as a store damaged on disk reads
        java.nio.file.Files.write(db.resolve("sitrep.mv.db"), "not a database ".repeat(500).getBytes(StandardCharsets.UTF_8));
        for (String[] args : new String[][] {{"ingest", input.toString(), "--db", db.toString()},
                {"watch", tmp.toString(), "--once", "--db", db.toString()}}) {
            PrintStream saved = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            Run r;
            try {
                System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
                r = run(args);
            } finally {
                System.setErr(saved);
            }
            assertThat(r.exit()).as(args[0]).isEqualTo(1);
            // one line naming the store, with the database's own reason (H2's words may say "IO Exception"), no trace
            assertThat(r.err()).as(args[0]).startsWith("sitrep " + args[0] + ": could not ").contains(db.toString());
            assertThat(r.err().lines().count()).as(args[0]).isEqualTo(1);
            assertThat(captured.toString(StandardCharsets.UTF_8)).as(args[0]).doesNotContain("loading the language models");
        }
        assertThat(java.nio.file.Files.readString(db.resolve("sitrep.mv.db"))).as("the damaged file is left as it was")
                .startsWith("not a database ");
    }
}
