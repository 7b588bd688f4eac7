package org.sitrep.annotate;

/**
 * A date {@link DateReader} read in a window, as SUTime would give it: tokens [start, end) of the window,
 * the TIMEX type (always DATE here), the TIMEX value ("2020-05-03", "XXXX-WXX-1"), or, for a day named
 * relative to the day of writing, no value and SUTime's alternative value ("OFFSET P-1D").
 */
record ReadDate(int start, int end, String value, String altVal) {
    static final String TYPE = "DATE";

    /** The token's normalized tag as SUTime sets it: the value, else the alternative value ("yesterday"). */
    String normalized() {
        return value != null ? value : altVal;
    }

    static ReadDate of(int start, int end, String value) {
        return new ReadDate(start, end, value, null);
    }

    static ReadDate relative(int start, int end, String altVal) {
        return new ReadDate(start, end, null, altVal);
    }
}
