package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad coded files fail before any model is loaded, naming the file and the reason. */
class EvaluateCommandTest {
    private String errorOf(String csv) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new Main()).execute("evaluate", "--acled", org.sitrep.evaluate.Fixtures.dir().resolve(csv).toString());
            assertThat(code).isEqualTo(2);
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badFilesAreClearErrors() {
        assertThat(errorOf("missing-columns.csv")).contains("error: ").contains("missing-columns.csv: missing columns");
        assertThat(errorOf("empty.csv")).contains("empty.csv: empty file");
        assertThat(errorOf("short-line.csv")).contains("short-line.csv: line 2 skipped: 10 fields, the header has 17")
                .contains("short-line.csv: no row could be read (1 skipped)");
        assertThat(errorOf("broken-quote.csv")).contains("broken-quote.csv: malformed CSV");
        assertThat(errorOf("absent.csv")).contains("absent.csv: no such file");
    }

    @Test
    void aQuotedCellCannotDriveTheTerminal(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.writeString(tmp.resolve("escape.csv"),
                String.join(",", org.sitrep.evaluate.AcledCsvReader.COLUMNS) + "\n"
                + "\u001B[2J\u001B[31mMonday,Battles,Armed clash,A,1,B,2,Chad,Lac,,,Bol,13.4,14.7,Soldiers clashed near Bol.,0\n");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new Main()).execute("evaluate", "--acled", csv.toString())).isEqualTo(2);
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\u001B")
                .contains("escape.csv: line 2 skipped: event_date '?[2J?[31mMonday' is not a date");
    }
}
