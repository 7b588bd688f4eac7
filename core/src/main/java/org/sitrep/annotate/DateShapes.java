package org.sitrep.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date shapes {@link DateReader} reads itself, each as SUTime writes its value: "3 May 2020" and
 * "3rd May 2020" (2020-05-03), "May 3, 2020", "3 May" and "May 3" (XXXX-05-03), "May 2020" (2020-05),
 * "May" (XXXX-05), "2020-05-03", "2020", "Monday" (XXXX-WXX-1), "yesterday" (OFFSET P-1D), "today"
 * (THIS P1D). Only what is unambiguous is read: a day that the month does not have, a year outside
 * 1900-2099 or a month abbreviation is left to SUTime. Whether the words around a shape let SUTime read it
 * the same way is {@link DateReader}'s job.
 */
final class DateShapes {
    private static final Pattern DAY = Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
    private static final Pattern PLAIN_DAY = Pattern.compile("[1-9]|[12]\\d|3[01]");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");

    private DateShapes() {
    }

    /** The longest date starting at token {@code i} of the window, or null. */
    static ReadDate at(List<String> words, List<String> tags, int i) {
        CalendarWords cal = CalendarWords.get();
        String w = words.get(i);
        int month = cal.month(w);
        if (month > 0) {
            return monthFirst(words, tags, i, month);
        }
        Matcher d = DAY.matcher(w);
        if (d.matches() && i + 1 < words.size() && (month = cal.month(words.get(i + 1))) > 0) {
            int day = Integer.parseInt(d.group(1));
            if (i + 2 < words.size() && YEAR.matcher(words.get(i + 2)).matches()) {
                String date = date(Integer.parseInt(words.get(i + 2)), month, day);
                return date == null ? null : ReadDate.of(i, i + 3, date);
            }
            String date = noYear(month, day);
            return date == null ? null : ReadDate.of(i, i + 2, date);
        }
        Matcher iso = ISO.matcher(w);
        if (iso.matches()) {
            String date = date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            return date == null ? null : ReadDate.of(i, i + 1, date);
        }
        if (YEAR.matcher(w).matches()) {
            // a year alone only before punctuation: "in 2019," but not "2000 zones" or "Natura 2000 sites"
            boolean closed = i + 1 == words.size() || !Character.isLetterOrDigit(words.get(i + 1).charAt(0));
            return closed ? ReadDate.of(i, i + 1, w) : null;
        }
        CalendarWords.Entry e = cal.of(w);
        if (e == null || !e.full()) {
            return null;
        }
        return switch (e.kind()) {
            case WEEKDAY -> ReadDate.of(i, i + 1, "XXXX-WXX-" + e.number());
            case RELATIVE_DAY -> ReadDate.relative(i, i + 1, e.number() == 0 ? "THIS P1D" : "OFFSET P" + e.number() + "D");
            case MONTH -> null; // read above
        };
    }

    /** "May 3, 2020", "May 3", "May 2020", "May". */
    private static ReadDate monthFirst(List<String> words, List<String> tags, int i, int month) {
        int n = words.size();
        if (i + 1 < n && PLAIN_DAY.matcher(words.get(i + 1)).matches()) {
            int day = Integer.parseInt(words.get(i + 1));
            if (i + 3 < n && words.get(i + 2).equals(",") && YEAR.matcher(words.get(i + 3)).matches()) {
                String date = date(Integer.parseInt(words.get(i + 3)), month, day);
                return date == null ? null : ReadDate.of(i, i + 4, date);
            }
            String date = noYear(month, day);
            return date == null ? null : ReadDate.of(i, i + 2, date);
        }
        if (i + 1 < n && YEAR.matcher(words.get(i + 1)).matches()) {
            return ReadDate.of(i, i + 2, words.get(i + 1) + "-" + two(month));
        }
        // a month alone only as a proper noun: "May" as a verb or a name is SUTime's call
        return "NNP".equals(tags.get(i)) ? ReadDate.of(i, i + 1, "XXXX-" + two(month)) : null;
    }

    private static String date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null; // "31 April 2020": SUTime reads only part of it
        }
    }

    /** A day and month without a year; 29 February is valid in some year. */
    private static String noYear(int month, int day) {
        return date(2000, month, day) == null ? null : "XXXX-" + two(month) + "-" + two(day);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
