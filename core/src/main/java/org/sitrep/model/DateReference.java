package org.sitrep.model;

import java.util.Locale;

/**
 * How a date's words point at their day: they name it on the calendar, or count it from the day of writing. Two
 * outlets that name two calendar days report two days; a counted day depends on when the writer's day began (an
 * overnight strike is "yesterday" in one outlet and "early today" in the next), so fusion gives it a day's slack.
 */
public enum DateReference {
    /** the words name the calendar day, month or year: "9 May 2020", "May 9th", "09/05/2020", "in March" */
    CALENDAR,
    /** the words count from the day of writing: "yesterday", "on Tuesday", "three days ago", "last month" */
    COUNTED,
    /** no date words (the publication day, or no date), or a date stored before the reference was recorded */
    NONE;

    /** As written in the output: "calendar", "counted", "none". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reference of a code; null or an unknown code is NONE (stores written before it was recorded). */
    public static DateReference fromCode(String code) {
        if (code == null) {
            return NONE;
        }
        for (DateReference r : values()) {
            if (r.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        return NONE;
    }
}
