package org.sitrep.resolve.date;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Date words that name no date: a date inside a name ("the 7 July neighbourhood", "25 March square"),
 * a month abbreviation that begins a place name ("Mar del Plata"), and a bare four-digit number that is
 * a time of day or a quantity ("at 1930", "2200 hours", "2500 kg"), since a time of day is never a year.
 */
final class NotADate {
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile(".*\\b\\d{4}\\b.*");
    private static final Pattern MONTH_ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}{2}");
    /** A value with a month: "XXXX-07-07", "2020-03", "XXXX-03". */
    private static final Pattern HAS_MONTH = Pattern.compile("[\\dX]{4}-\\d{2}(-\\d{2})?");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,]+");

    private final DateWords words = DateWords.get();

    boolean test(List<Token> tokens, TimeExpression t) {
        if (tokens == null || t.lastToken() >= tokens.size() || t.firstToken() < 0) {
            return false;
        }
        Token next = t.lastToken() + 1 < tokens.size() ? tokens.get(t.lastToken() + 1) : null;
        Token prev = t.firstToken() > 0 ? tokens.get(t.firstToken() - 1) : null;
        String text = t.text().strip();
        if (FOUR_DIGITS.matcher(text).matches()) {
            return prev != null && words.isClockBefore(prev) || next != null && words.isClockAfter(next);
        }
        if (t.value() == null || !HAS_MONTH.matcher(t.value()).matches() || YEAR_IN_TEXT.matcher(text).matches()) {
            return false;
        }
        if (next != null && words.isNameHead(next)) {
            return true;
        }
        // "Mar del Plata": a bare three-letter month followed by a word that is no day or year
        return MONTH_ABBREVIATION.matcher(text).matches() && next != null
                && Character.isLetter(next.word().charAt(0)) && !NUMBER.matcher(next.word()).matches();
    }
}
