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
 * @param reference whether the words name the day on the calendar ("9 May 2020") or count it from the day
 *                  of writing ("yesterday", "on Tuesday"); NONE without date words
 */
public record EventDate(LocalDate date, LocalDate dateEnd, DatePrecision precision, String text, DateBasis basis,
                        DateReference reference) implements Serializable {
    public EventDate {
        reference = reference == null ? DateReference.NONE : reference;
    }

    /** A date whose words' reference is not known (no date words, or a date built outside the resolver). */
    public EventDate(LocalDate date, LocalDate dateEnd, DatePrecision precision, String text, DateBasis basis) {
        this(date, dateEnd, precision, text, basis, DateReference.NONE);
    }

    public static EventDate unknown(String text) {
        return new EventDate(null, null, DatePrecision.UNKNOWN, text, DateBasis.NONE);
    }

    /** The same date resolved on another basis (an undated article's words, once it is placed). */
    public EventDate withBasis(DateBasis b) {
        return new EventDate(date, dateEnd, precision, text, b, reference);
    }

    /** A single day whose words name it on the calendar ("9 May 2020", "May 9th", "09/05/2020"). */
    public boolean namedDay() {
        return date != null && basis.fromWords() && precision == DatePrecision.DAY && dateEnd == null
                && reference == DateReference.CALENDAR;
    }
}
