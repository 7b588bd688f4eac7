// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on stderr: articles (or rows) done, rate and time left. On a terminal one line is
 * redrawn at most every half second; otherwise (a log file, a pipe) a line is written at most every
 * {@link #PIPE_EVERY_NANOS}. Silent when quiet. One instance per command run, used by one thread.
 */
final class Progress {
    private static final long TTY_EVERY_NANOS = 500_000_000L;
    private static final long PIPE_EVERY_NANOS = 10_000_000_000L;

    private final PrintStream err;
    private final String what;
    private final String unit;
    private final int total;
    private final boolean quiet;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long lastPrinted;

    Progress(PrintStream err, String what, String unit, int total, boolean quiet, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.what = what;
        this.unit = unit;
        this.total = total;
        this.quiet = quiet;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrinted = start;
    }

    static Progress of(String what, int total, boolean quiet) {
        return of(what, "articles", total, quiet);
    }

    /** Counting {@code unit} ("rows") rather than articles. */
    static Progress of(String what, String unit, int total, boolean quiet) {
        return new Progress(System.err, what, unit, total, quiet, System.console() != null, System::nanoTime);
    }

    /** A step without a count, such as loading the models, on stderr unless quiet. */
    static void note(boolean quiet, String message) {
        if (!quiet) {
            System.err.println("sitrep: " + message);
        }
    }

    /** Called after each article; prints when enough time has passed, and always for the last one. */
    void done(int n) {
        if (quiet) {
            return;
        }
        long now = clock.getAsLong();
        boolean last = n >= total;
        if (!last && now - lastPrinted < (terminal ? TTY_EVERY_NANOS : PIPE_EVERY_NANOS)) {
            return;
        }
        lastPrinted = now;
        String line = line(n, now);
        if (terminal) {
            err.print("\r" + line + (last ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }

    String line(int n, long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = n / seconds;
        String left = rate > 0 && n < total ? ", about " + duration((total - n) / rate) + " left" : "";
        String one = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        // nothing done yet (or nothing to do): no rate to give
        String perSecond = n == 0 ? "" : rate >= 1 ? String.format(Locale.ROOT, "%.1f %s/s, ", rate, unit)
                : String.format(Locale.ROOT, "%.1f s per %s, ", 1 / rate, one);
        return String.format(Locale.ROOT, "%s: %d/%d %s, %s%s elapsed%s", what, n, total, unit, perSecond,
                duration(seconds), left);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
