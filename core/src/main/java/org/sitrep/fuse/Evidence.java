package org.sitrep.fuse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;

/**
 * How firmly a mention pins its event down. A mention dated by date words to a day (or a range of at
 * most a week) and placed at a town is direct evidence: it may found an event and extend it. Anything
 * less (the publication day stands in for the date, a month, a region, no place) is weak: it may join
 * the one event it fits best, never link two (see {@link Clustering}).
 *
 * @param dayByWords the date comes from date words and is a day or a short range
 * @param town       the place is a town or site (ACLED geo-precision 1)
 * @param counted    the mention gives at least one number
 */
record Evidence(boolean dayByWords, boolean town, boolean counted) {
    /** A range longer than this is not a day's evidence (a month, "the last ten days"). */
    static final int SHORT_RANGE_DAYS = 7;

    static Evidence of(EventMention m) {
        return new Evidence(dayByWords(m.date()), m.location() != null && m.location().geoPrecision() == 1,
                m.counts().values().stream().anyMatch(c -> c.value() != null));
    }

    boolean strong() {
        return dayByWords && town;
    }

    /** Why a mention is weak, in words, or an empty string for a strong one. */
    String weakness() {
        if (strong()) {
            return "";
        }
        return !dayByWords && !town ? "no day from date words, no town" : !dayByWords ? "no day from date words" : "no town";
    }

    static boolean dayByWords(EventDate d) {
        if (d.date() == null || !d.basis().fromWords()) {
            return false;
        }
        if (d.precision() == DatePrecision.DAY) {
            return true;
        }
        return d.precision() == DatePrecision.RANGE && d.dateEnd() != null
                && ChronoUnit.DAYS.between(d.date(), d.dateEnd()) <= SHORT_RANGE_DAYS;
    }

    static LocalDate start(EventDate d) {
        return d.date();
    }

    static LocalDate end(EventDate d) {
        return d.dateEnd() != null ? d.dateEnd() : d.date();
    }
}
