package org.sitrep.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When an event happened, with the words it was read from.
 *
 * @param date      first day, or null when the words cannot be resolved
 * @param dateEnd   last day for ranges, months and years; null for a single day
 * @param precision how precise the date is
 * @param text      the words the date came from ("on Thursday", "last month"), or null
 * @param basis     how it was resolved: TEXT (a date expression in the sentence), PUBLICATION
 *                  (no date words; the article's publication date), INFERRED (an undated article
 *                  placed by other articles), or NONE
 */
public record EventDate(LocalDate date, LocalDate dateEnd, DatePrecision precision, String text, DateBasis basis) implements Serializable {
    public static EventDate unknown(String text) {
        return new EventDate(null, null, DatePrecision.UNKNOWN, text, DateBasis.NONE);
    }
}
