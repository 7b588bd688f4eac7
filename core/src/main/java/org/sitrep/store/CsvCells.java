// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.store;

import java.text.Normalizer;

/**
 * CSV cells that carry untrusted text (article sentences, outlet, actor and place names, notes, ids taken from
 * input files) are made inert for spreadsheets, as OWASP's "CSV Injection" page recommends: a cell that a
 * spreadsheet could read as a formula gets a leading single quote. The CSV printer then quotes the cell and
 * doubles embedded quotes. Numbers written as numbers (coordinates, counts) are not text and are left alone.
 * This is the one rule every CSV export goes through ({@link AcledCsv}, which the CLI, the Spark job and the
 * server's export all write with).
 */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * The text as a cell no spreadsheet evaluates; null stays null. A formula start is {@code = + - @} or any
     * character that compatibility normalisation (NFKC) turns into one, such as the full-width {@code ＝ ＋ － ＠}
     * that East Asian input methods type and some spreadsheets accept; it counts after any leading white space
     * (spaces, no-break and ideographic spaces, line breaks), which spreadsheets skip. A cell starting with a tab
     * or a carriage return is quoted whatever follows, since importers may split or trim at either.
     */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return startsLikeFormula(s) ? "'" + s : s;
    }

    /** A cell value: strings through {@link #text}, other values (numbers, booleans, dates) as they are. */
    public static Object cell(Object v) {
        return v instanceof String s ? text(s) : v;
    }

    static boolean startsLikeFormula(String s) {
        char first = s.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = 0;
        while (i < s.length() && blank(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return false;
        }
        String c = String.valueOf(s.charAt(i));
        String folded = c.chars().allMatch(ch -> ch < 0x80) ? c : Normalizer.normalize(c, Normalizer.Form.NFKC);
        return !folded.isEmpty() && "=+-@".indexOf(folded.charAt(0)) >= 0;
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
