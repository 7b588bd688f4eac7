// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLineSaysArticlesDoneRateAndTimeLeft() {
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), "extract", "articles", 300, false, false, now::get);
        assertThat(p.line(60, 30 * SECOND)).isEqualTo("extract: 60/300 articles, 2.0 articles/s, 30 s elapsed, about 2 min 00 s left");
        assertThat(p.line(300, 150 * SECOND)).isEqualTo("extract: 300/300 articles, 2.0 articles/s, 2 min 30 s elapsed");
        assertThat(p.line(3, 12 * SECOND)).isEqualTo("extract: 3/300 articles, 4.0 s per article, 12 s elapsed, about 19 min 48 s left");
        // before the first article, or with none to do, there is no rate to give
        assertThat(p.line(0, 5 * SECOND)).isEqualTo("extract: 0/300 articles, 5 s elapsed");
        Progress none = new Progress(new PrintStream(new ByteArrayOutputStream()), "extract", "articles", 0, false, false, now::get);
        assertThat(none.line(0, 0)).isEqualTo("extract: 0/0 articles, 0 s elapsed");
    }

    @Test
    void withoutATerminalALineIsWrittenEveryTenSecondsAndAtTheEnd() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), "ingest", "articles", 4, false, false, now::get);
        now.set(SECOND);
        p.done(1);
        now.set(11 * SECOND);
        p.done(2);
        now.set(12 * SECOND);
        p.done(3);
        p.done(4);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                .allSatisfy(l -> assertThat(l).startsWith("ingest: "));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2/4 articles").contains("4/4 articles");
    }

    @Test
    void anEvaluationCountsRows() {
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), "evaluate", "rows", 100, false, false, () -> 0L);
        assertThat(p.line(40, 20 * SECOND)).isEqualTo("evaluate: 40/100 rows, 2.0 rows/s, 20 s elapsed, about 30 s left");
        assertThat(p.line(1, 4 * SECOND)).isEqualTo("evaluate: 1/100 rows, 4.0 s per row, 4 s elapsed, about 6 min 36 s left");
    }

    @Test
    void durationsReadAsMinutesAndHours() {
        assertThat(Progress.duration(42)).isEqualTo("42 s");
        assertThat(Progress.duration(125)).isEqualTo("2 min 05 s");
        assertThat(Progress.duration(7500)).isEqualTo("2 h 05 min");
    }

    @Test
    void quietPrintsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(out), "extract", "articles", 2, true, false, () -> 0L);
        p.done(1);
        p.done(2);
        assertThat(out.size()).isZero();
    }
}
