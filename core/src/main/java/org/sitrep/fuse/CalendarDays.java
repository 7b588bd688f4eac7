package org.sitrep.fuse;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.common.Tsv;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;

/**
 * Whether a date names a calendar day in its words ("9 May 2020", "May 8", "08/05/2020"), not a day counted from
 * the day of writing ("yesterday", "on Tuesday", "last night"). Two reports that name different calendar days
 * report different days; a counted day depends on when and where the writer's day began (an overnight strike is
 * "yesterday" in one outlet and "early today" in the next), so it keeps a day's slack. The month names are
 * {@code lexicon/calendar-words.tsv}'s, the list the date reader reads.
 */
final class CalendarDays {
    private static final Set<String> MONTHS = months();
    private static final Pattern DAY_NUMBER = Pattern.compile("(?<![\\d/.-])(0?[1-9]|[12]\\d|3[01])(st|nd|rd|th)?(?![\\d/.-])");
    private static final Pattern NUMERIC = Pattern.compile("\\b\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}\\b");

    private CalendarDays() {
    }

    private static Set<String> months() {
        Set<String> out = new HashSet<>();
        for (Tsv.Row r : Tsv.read("/lexicon/calendar-words.tsv", 4)) {
            if (r.get(0).equals("month")) {
                out.add(r.get(1));
            }
        }
        return out;
    }

    /** A single day read from date words that name its month and day (or write it in figures). */
    static boolean named(EventDate d) {
        if (d.date() == null || !d.basis().fromWords() || d.precision() != DatePrecision.DAY || d.dateEnd() != null
                || d.text() == null) {
            return false;
        }
        String t = d.text();
        if (NUMERIC.matcher(t).find()) {
            return true;
        }
        boolean month = false;
        for (String w : t.split("[^\\p{L}]+")) {
            month |= MONTHS.contains(w);
        }
        return month && DAY_NUMBER.matcher(t).find();
    }
}
