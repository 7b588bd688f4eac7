package org.sitrep.resolve.date;

import static org.sitrep.model.DateReference.CALENDAR;
import static org.sitrep.model.DateReference.COUNTED;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.DateReference;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;

/**
 * Anchors TIMEX3 values, as SUTime leaves them without a document date, to the publication date.
 *
 * <p>News reports the past: a bare weekday is the most recent such day on or before publication
 * (the next one for planned events), a month-day without a year is the most recent one, and "last
 * month" is the month before publication. Values that cannot be anchored stay null with their words.
 */
public final class DateResolver {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern NO_YEAR_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern NO_YEAR_MONTH = Pattern.compile("XXXX-(\\d{2})");
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d)");
    private static final Pattern OFFSET = Pattern.compile("(?:THIS P1([DWMY]) )?OFFSET P(-?\\d+)([DWMY])");
    private static final Pattern CLOCK = Pattern.compile("([\\dX]{4}-[\\dWX]{2,3}(?:-[\\dX]{1,2})?)T.*");
    private static final Pattern PART_OF_TODAY = Pattern.compile("THIS (MO|AF|EV|NI|DT)|T(MO|AF|EV|NI)");
    private static final Pattern THIS_PERIOD = Pattern.compile("THIS P1([DWMY])");
    private static final Pattern DURATION = Pattern.compile("P(\\d+)([DWMY])");
    private static final Pattern WEEKDAY_WORD = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    private final NotADate notADate = new NotADate();
    private final DateOpening opening = new DateOpening();
    private final DateLine dateline = new DateLine();
    private final DayRange dayRange = new DayRange();
    private final DateWords words = DateWords.get();

    /**
     * The day an article's relative dates count from: the day of its wire dateline ("KHARTOUM, April 12
     * (Reuters) -") when it has one on or before {@code published}, else {@code published}.
     */
    public LocalDate anchorOf(List<Sentence> sentences, LocalDate published) {
        for (Sentence s : sentences) {
            for (TimeExpression t : s.times()) {
                if (t.value() == null || !dateline.is(s, t)) {
                    continue;
                }
                EventDate d = anchorValue(t, published, false);
                if (d != null && d.date() != null && d.precision() == DatePrecision.DAY
                        && (published == null || !d.date().isAfter(published))) {
                    return d.date();
                }
            }
        }
        return published;
    }

    /** Date words that carry no date of their own ("for weeks", "every day", "two days"). */
    private static boolean usable(TimeExpression t) {
        return t.value() != null && ("DATE".equals(t.type()) || "TIME".equals(t.type())
                || "DURATION".equals(t.type()) && t.text().toLowerCase(Locale.ROOT).matches(".*\\b(last|past)\\b.*"));
    }

    /**
     * The event date from a sentence's temporal expressions (nearest to the trigger first), without the
     * sentence's words: no opening date, no names read as dates.
     *
     * @param anchor  the publication date, or null when the article has none
     * @param planned whether the event lies ahead (weekdays then resolve forward)
     */
    public EventDate resolve(List<TimeExpression> times, LocalDate anchor, boolean planned) {
        return choose(times, anchor, planned);
    }

    /**
     * The event date of a trigger in a sentence. Date words that name no date are dropped ({@link
     * NotADate}); a date opening the sentence comes first ({@link DateOpening}) unless the event has a date
     * of its own (one that modifies the trigger, or in a reported clause after a reporting verb); then
     * the expressions in the given order (nearest first).
     *
     * @param times        the sentence's expressions, the ones attached to the trigger first
     * @param triggerBegin character offset of the trigger
     * @param anchor       the publication date, or null when the article has none
     * @param planned      whether the event lies ahead (weekdays then resolve forward)
     */
    public EventDate resolve(Sentence sentence, List<TimeExpression> times, int triggerBegin, LocalDate anchor,
                             boolean planned) {
        List<TimeExpression> kept = new ArrayList<>();
        for (TimeExpression t : times) {
            if (!notADate.test(sentence.tokens(), t) && !dateline.is(sentence, t)) {
                kept.add(dayRange.widen(sentence, t));
            }
        }
        Optional<TimeExpression> opening = this.opening.of(sentence, kept);
        if (opening.isPresent() && !this.opening.yieldsToOwnDate(sentence, opening.get(), kept, triggerBegin)) {
            kept.remove(opening.get());
            kept.add(0, opening.get());
        }
        return choose(kept, anchor, planned);
    }

    private EventDate choose(List<TimeExpression> times, LocalDate anchor, boolean planned) {
        List<TimeExpression> ordered = new ArrayList<>(times);
        // "during the night ... on Friday": a named day says more than a part of a day (a stable sort
        // keeps the order otherwise)
        ordered.sort(Comparator.comparingInt(t -> t.value() != null && PART_OF_TODAY.matcher(t.value()).matches() ? 1 : 0));
        for (TimeExpression t : ordered) {
            if (!usable(t)) {
                continue;
            }
            EventDate d = anchorValue(t, anchor, planned);
            if (d != null && !afterArticle(d, anchor, planned)) {
                return d;
            }
        }
        if (anchor != null && !planned) {
            return new EventDate(anchor, null, DatePrecision.DAY, null, DateBasis.PUBLICATION);
        }
        String text = times.stream().filter(DateResolver::usable).map(TimeExpression::text).findFirst().orElse(null);
        return EventDate.unknown(text);
    }

    /** An event reported as having happened is never dated after its article: such words date something else. */
    private static boolean afterArticle(EventDate d, LocalDate anchor, boolean planned) {
        return !planned && anchor != null && d.date() != null && d.date().isAfter(anchor);
    }

    /** One expression, or null when it says nothing usable. Unanchorable words give an unknown date. */
    EventDate anchorValue(TimeExpression t, LocalDate anchor, boolean planned) {
        String v = t.value();
        if (v.contains(" INTERSECT ")) {
            // "10 days on April 6" is "XXXX-04-06 INTERSECT P10D": keep the part that names a day
            String[] parts = v.split(" INTERSECT ");
            v = parts[0];
            for (String part : parts) {
                if (part.matches("[\\dX]{4}-.*")) {
                    v = part;
                    break;
                }
            }
        }
        if (v.contains("/")) {
            // an interval of days ("XXXX-04-03/XXXX-04-04", from DayRange): both ends anchored alike
            String[] ends = v.split("/", 2);
            EventDate to = anchorValue(new TimeExpression(t.firstToken(), t.lastToken(), t.text(), t.type(), ends[1]), anchor, planned);
            if (to == null || to.date() == null || to.precision() != DatePrecision.DAY) {
                return to;
            }
            // the first day lies in the last day's month and year
            LocalDate from = to.date().withDayOfMonth(Integer.parseInt(ends[0].substring(ends[0].length() - 2)));
            return range(from, to.date(), DatePrecision.RANGE, t.text(), to.reference());
        }
        Matcher timeOfDay = CLOCK.matcher(v);
        if (timeOfDay.matches()) {
            v = timeOfDay.group(1); // "XXXX-WXX-2TNI" (Tuesday night) is a Tuesday
        }
        if (PART_OF_TODAY.matcher(v).matches()) {
            v = "PRESENT_REF"; // "this morning", "tonight"
        }
        String text = t.text();
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            return day(LocalDate.of(i(m, 1), i(m, 2), i(m, 3)), text, CALENDAR);
        }
        if ((m = WEEK.matcher(v)).matches()) {
            LocalDate start = LocalDate.of(i(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return range(start, start.plusDays(6), DatePrecision.RANGE, text, CALENDAR);
        }
        if ((m = MONTH.matcher(v)).matches()) {
            YearMonth ym = YearMonth.of(i(m, 1), i(m, 2));
            return range(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, text, CALENDAR);
        }
        if ((m = YEAR.matcher(v)).matches()) {
            int y = i(m, 1);
            return range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR, text, CALENDAR);
        }
        if ("PRESENT_REF".equals(v)) {
            return anchor == null ? EventDate.unknown(text) : day(anchor, text, COUNTED);
        }
        if (v.endsWith("_REF")) {
            return null; // "recently", "in the future": no date
        }
        if (anchor == null) {
            return v.startsWith("XXXX") || v.contains("OFFSET") || DURATION.matcher(v).matches()
                    ? EventDate.unknown(text) : null;
        }
        if ((m = NO_YEAR_DAY.matcher(v)).matches()) {
            LocalDate d = safeDate(anchor.getYear(), i(m, 1), i(m, 2));
            if (d == null) {
                return EventDate.unknown(text);
            }
            if (!planned && d.isAfter(anchor.plusDays(7))) {
                d = d.minusYears(1);
            }
            return day(d, text, CALENDAR);
        }
        if ((m = NO_YEAR_MONTH.matcher(v)).matches()) {
            YearMonth ym = YearMonth.of(anchor.getYear(), i(m, 1));
            if (!planned && ym.isAfter(YearMonth.from(anchor))) {
                ym = ym.minusYears(1);
            }
            return range(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, text, CALENDAR);
        }
        if ((m = WEEKDAY.matcher(v)).matches() || WEEKDAY_WORD.matcher(text).find() && v.startsWith("XXXX-WXX")) {
            int dow = m.matches() ? i(m, 1) : weekdayOf(text);
            DayOfWeek day = DayOfWeek.of(dow);
            LocalDate d = planned ? anchor.with(TemporalAdjusters.nextOrSame(day))
                    : anchor.with(TemporalAdjusters.previousOrSame(day));
            return day(d, text, COUNTED);
        }
        if ((m = THIS_PERIOD.matcher(v)).matches()) {
            return offset(anchor, m.group(1), 0, text); // "this week", "the end of the week"
        }
        if ((m = OFFSET.matcher(v)).find()) {
            String unit = m.group(3);
            int n = Integer.parseInt(m.group(2));
            if (words.endsCountingBack(text) && (unit.equals("D") || unit.equals("W"))) {
                // "a week ago", "three days ago": that day, not the week around it
                return day(unit.equals("D") ? anchor.plusDays(n) : anchor.plusWeeks(n), text, COUNTED);
            }
            return offset(anchor, unit, n, text);
        }
        if ((m = DURATION.matcher(v)).matches()) {
            // "in the last two days": the days up to publication
            int n = Integer.parseInt(m.group(1));
            LocalDate start = switch (m.group(2)) {
                case "D" -> anchor.minusDays(n);
                case "W" -> anchor.minusWeeks(n);
                case "M" -> anchor.minusMonths(n);
                default -> anchor.minusYears(n);
            };
            return range(start, anchor, DatePrecision.RANGE, text, COUNTED);
        }
        return null;
    }

    private static EventDate offset(LocalDate anchor, String unit, int n, String text) {
        switch (unit) {
            case "D" -> {
                return day(anchor.plusDays(n), text, COUNTED);
            }
            case "W" -> {
                LocalDate start = anchor.plusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return range(start, start.plusDays(6), DatePrecision.RANGE, text, COUNTED);
            }
            case "M" -> {
                YearMonth ym = YearMonth.from(anchor).plusMonths(n);
                return range(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, text, COUNTED);
            }
            default -> {
                int y = anchor.getYear() + n;
                return range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR, text, COUNTED);
            }
        }
    }

    private static int weekdayOf(String text) {
        Matcher w = WEEKDAY_WORD.matcher(text);
        w.find();
        return DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT)).getValue();
    }

    private static LocalDate safeDate(int y, int mo, int d) {
        try {
            return LocalDate.of(y, mo, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A day read from date words that name it ({@code CALENDAR}) or count it from the anchor ({@code COUNTED}). */
    private static EventDate day(LocalDate d, String text, DateReference reference) {
        return new EventDate(d, null, DatePrecision.DAY, text, DateBasis.TEXT, reference);
    }

    private static EventDate range(LocalDate start, LocalDate end, DatePrecision p, String text, DateReference reference) {
        return new EventDate(start, end, p, text, DateBasis.TEXT, reference);
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }
}
