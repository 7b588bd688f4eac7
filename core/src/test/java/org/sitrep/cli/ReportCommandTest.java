// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Argument checks of {@code sitrep report}; they fail before any model is loaded. */
class ReportCommandTest {
    @TempDir
    Path out;

    private String run(int expectedExit, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).isEqualTo(expectedExit);
        return err.toString();
    }

    @Test
    void anInvalidDateIsAClearError() {
        String err = run(2, "report", "examples/articles", "--out", out.toString(), "--from", "2018-13-01");
        assertThat(err).contains("--from").contains("'2018-13-01' is not a date of the form YYYY-MM-DD");
        assertThat(run(2, "report", "examples/articles", "--out", out.toString(), "--to", "April"))
                .contains("'April' is not a date of the form YYYY-MM-DD");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsAClearError() throws Exception {
        String err = run(2, "report", "examples/articles", "--out", out.toString(),
                "--from", "2018-05-01", "--to", "2018-04-01");
        assertThat(err).contains("--from 2018-05-01 is after --to 2018-04-01");
        assertThat(Files.list(out)).isEmpty();
    }

    @Test
    void theCommandIsRegistered() {
        assertThat(new CommandLine(new Main()).getSubcommands()).containsKey("report");
    }
}
