package org.sitrep.resolve.date;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Days of one month written as a range before the month ("on 3-4 April", "the night of 3 to 4 April", "between 10
 * and 14 April"): the tagger reads only the month, or only the last day, as the date. The expression is widened to
 * the first day and its value becomes an ISO 8601 interval ("XXXX-04-03/XXXX-04-04").
 */
final class DayRange {
    /** A month, or a day of a month, with or without its year. */
    private static final Pattern MONTH_OR_DAY = Pattern.compile("([\\dX]{4}-\\d{2})(?:-(\\d{2}))?");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");
    private static final int LAST_DAY = 31;

    private final DateWords words = DateWords.get();

    /** The expression widened over the days written before it, or {@code t} itself. */
    TimeExpression widen(Sentence s, TimeExpression t) {
        Matcher m = t.value() == null ? null : MONTH_OR_DAY.matcher(t.value());
        if (m == null || !m.matches()) {
            return t;
        }
        List<Token> tokens = s.tokens();
        int first = t.firstToken();
        String month = m.group(1);
        if (m.group(2) != null) {
            // "3 to 4 April": the tagger took "4 April"; the first day and a joiner stand before it
            Integer end = day(tokens.get(first).word());
            Integer start = first >= 2 && words.isDayJoiner(tokens.get(first - 1)) ? day(tokens.get(first - 2).word()) : null;
            return start != null && end != null && start < end ? widened(s, t, first - 2, month, start, end) : t;
        }
        // "3-4 April": the tagger took only "April"
        if (first < 3 || !words.isDayJoiner(tokens.get(first - 2))) {
            return t;
        }
        Integer start = day(tokens.get(first - 3).word());
        Integer end = day(tokens.get(first - 1).word());
        return start != null && end != null && start < end ? widened(s, t, first - 3, month, start, end) : t;
    }

    private static TimeExpression widened(Sentence s, TimeExpression t, int from, String month, int start, int end) {
        List<Token> tokens = s.tokens();
        String text = s.text().substring(tokens.get(from).begin() - s.begin(), tokens.get(t.lastToken()).end() - s.begin());
        String value = String.format("%s-%02d/%s-%02d", month, start, month, end);
        return new TimeExpression(from, t.lastToken(), text, t.type(), value);
    }

    /** A day of a month written in digits, or null. */
    private static Integer day(String word) {
        if (!DAY_NUMBER.matcher(word).matches()) {
            return null;
        }
        int d = Integer.parseInt(word);
        return d >= 1 && d <= LAST_DAY ? d : null;
    }
}
