package org.sitrep.evaluate;

import java.util.List;

/**
 * A coded-data file as read: the rows with notes, in file order, and the rows skipped as malformed.
 *
 * @param rows    the rows to evaluate
 * @param skipped the rows that could not be read, each with its line and why, in file order
 */
public record AcledFile(List<AcledRow> rows, List<Skipped> skipped) {
    public AcledFile {
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
    }

    /** A row left out: the line its record ends on, and why (a field count, a date, a number, no notes). */
    public record Skipped(long line, String reason) {
    }
}
