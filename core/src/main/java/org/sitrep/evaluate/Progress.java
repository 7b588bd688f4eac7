package org.sitrep.evaluate;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports a long run on a stream (stderr): rows done, rate and time left, at most once every
 * {@code everyNanos}, and once at the end.
 */
public final class Progress {
    private final PrintStream out;
    private final LongSupplier clock;
    private final long everyNanos;
    private final int total;
    private final long start;
    private long lastReport;

    public Progress(PrintStream out, LongSupplier nanoClock, long everyNanos, int total) {
        this.out = out;
        this.clock = nanoClock;
        this.everyNanos = everyNanos;
        this.total = total;
        this.start = nanoClock.getAsLong();
        this.lastReport = start;
    }

    /** Standard error, every 10 seconds. */
    public static Progress onStderr(int total) {
        return new Progress(System.err, System::nanoTime, 10_000_000_000L, total);
    }

    /** Called after each row; prints when the interval has passed or the run is complete. */
    public void done(int rows) {
        long now = clock.getAsLong();
        if (rows < total && now - lastReport < everyNanos) {
            return;
        }
        lastReport = now;
        out.println(line(rows, now - start));
    }

    String line(int rows, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? rows / seconds : 0;
        String left = rows >= total ? "done" : rate > 0 ? "about " + duration((total - rows) / rate) + " left" : "";
        return String.format(Locale.ROOT, "evaluate: %d/%d rows, %.1f rows/s, %s", rows, total, rate, left).strip();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
