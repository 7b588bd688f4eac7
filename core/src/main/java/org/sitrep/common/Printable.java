// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.common;

/**
 * A message for a terminal or a log line that may quote untrusted input (a file name, a feed item's link, a cell, a
 * JSONL field name): control characters, among them the escape that starts terminal control sequences and the line
 * breaks that would forge further lines, and the bidirectional formatting characters that reorder what is shown,
 * each become '?'. What is written to JSON files is escaped by the JSON writer instead and is left as it is.
 */
public final class Printable {
    private Printable() {
    }

    public static String of(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(shown(c) ? c : '?'));
        return b.toString();
    }

    /** As {@link #of}, line by line: the line breaks of a table or a report stay. */
    public static String lines(String s) {
        if (s == null) {
            return "null";
        }
        return String.join("\n", java.util.Arrays.stream(s.split("\n", -1)).map(Printable::of).toList());
    }

    private static boolean shown(int c) {
        return !Character.isISOControl(c) && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069)
                && c != 0x200E && c != 0x200F && c != 0x061C && c != 0x2028 && c != 0x2029;
    }
}
