package org.sitrep.common;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the start of an input is binary rather than text: one test for every reader of files (articles, ACLED
 * CSV files), so each names the same reason.
 */
public final class BinaryContent {
    /** How much of the start of an input is inspected. */
    public static final int SNIFF_BYTES = 8192;
    /** Share of control characters above which an input is treated as binary. */
    public static final double MAX_CONTROL_SHARE = 0.10;

    private BinaryContent() {
    }

    /**
     * Why the first {@code len} bytes (at most {@link #SNIFF_BYTES} of them are read) are no UTF-8 text: a UTF-16 byte
     * order mark, a NUL byte, or a high share of control bytes; empty when they may be text.
     */
    public static Optional<String> problem(byte[] b, int len) {
        int n = Math.min(len, SNIFF_BYTES);
        if (n >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return Optional.of("UTF-16 encoded file (byte order mark found); only UTF-8 is supported");
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return Optional.of("binary file (NUL byte at byte offset " + i + ")");
            }
            if (isControl(c)) {
                control++;
            }
        }
        if (n > 0 && control > n * MAX_CONTROL_SHARE) {
            return Optional.of(String.format(Locale.ROOT,
                    "binary file (%d of the first %d bytes are control characters)", control, n));
        }
        return Optional.empty();
    }

    /** A control character that text does not hold (tab, line ends and form feed are text). */
    public static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }
}
