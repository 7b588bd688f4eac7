// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.store;

/**
 * CSV cells that carry untrusted text (article sentences, outlet, actor and place names, notes, ids taken from
 * input files) are made inert for spreadsheets, as OWASP's "CSV Injection" page recommends: a cell starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula, so
 * it gets a leading single quote. The CSV printer then quotes the cell and doubles embedded quotes. Numbers
 * written as numbers (coordinates, counts) are not text and are left alone.
 */
final class CsvCells {
    private CsvCells() {
    }

    /** The text as a cell no spreadsheet evaluates; null stays null. */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula ? "'" + s : s;
    }

    /** A cell value: strings through {@link #text}, other values (numbers, booleans, dates) as they are. */
    public static Object cell(Object v) {
        return v instanceof String s ? text(s) : v;
    }
}
