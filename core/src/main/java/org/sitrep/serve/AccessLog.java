// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The server's log lines. A request line has the method, the path (no query string: it may carry search
 * words), the status and the time taken; never a header (the token) or a body (article text).
 */
public final class AccessLog {
    /** Each line to stderr with a UTC timestamp. */
    public static final Consumer<String> STDERR = line -> System.err.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + line);
    /** Drops every line. */
    public static final Consumer<String> NONE = line -> {
    };

    private AccessLog() {
    }

    static String line(String method, String path, int status, float millis) {
        return String.format(Locale.ROOT, "%s %s %d %.1f ms", method, clean(path), status, millis);
    }

    /** Control characters in a path would forge log lines: shown as '?'. */
    private static String clean(String path) {
        StringBuilder b = new StringBuilder(path.length());
        path.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.length() > 300 ? b.substring(0, 300) + "..." : b.toString();
    }
}
