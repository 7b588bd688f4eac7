package org.sitrep.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void reportsRowsRateAndTimeLeftAtMostOncePerInterval() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(0);
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get, 10_000_000_000L, 100);
        now.set(5_000_000_000L);
        p.done(10); // 5 s: too soon
        now.set(20_000_000_000L);
        p.done(40); // 20 s, 2 rows/s, 60 rows left
        now.set(21_000_000_000L);
        p.done(41); // too soon
        now.set(50_000_000_000L);
        p.done(100); // the end is always reported
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.lines()).containsExactly(
                "evaluate: 40/100 rows, 2.0 rows/s, about 30 s left",
                "evaluate: 100/100 rows, 2.0 rows/s, done");
    }

    @Test
    void durationsReadAsMinutesAndHours() {
        assertThat(Progress.duration(42)).isEqualTo("42 s");
        assertThat(Progress.duration(125)).isEqualTo("2 min 5 s");
        assertThat(Progress.duration(7500)).isEqualTo("2 h 5 min");
    }
}
