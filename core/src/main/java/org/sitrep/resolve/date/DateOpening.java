package org.sitrep.resolve.date;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * The date that opens a sentence and so dates what the sentence reports: "On 3 May 2020, ...",
 * "Around 27 April (as reported), ...", "Reported on Monday, ...", "Property destruction: On 30 April,
 * ...". Only the words of an opening phrase may come before it (after an optional "Heading:").
 */
final class DateOpening {
    /** How far into a sentence a heading's colon may stand. */
    private static final int HEADING_TOKENS = 6;

    private final DateWords words = DateWords.get();

    Optional<TimeExpression> of(Sentence s, List<TimeExpression> times) {
        List<Token> tokens = s.tokens();
        int start = headingEnd(tokens);
        TimeExpression first = null;
        for (TimeExpression t : times) {
            if (t.firstToken() >= start && (first == null || t.firstToken() < first.firstToken())) {
                first = t;
            }
        }
        if (first == null || first.lastToken() >= tokens.size()) {
            return Optional.empty();
        }
        return words.isOpening(tokens, start, first.firstToken()) ? Optional.of(first) : Optional.empty();
    }

    /** The index just past "Heading:" at the start of a sentence, else 0. */
    private static int headingEnd(List<Token> tokens) {
        for (int i = 1; i < Math.min(HEADING_TOKENS, tokens.size()); i++) {
            if (":".equals(tokens.get(i).word())) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Whether the opening yields to a date of the event's own: another date modifies the trigger word
     * itself ("a man who was abducted on 24 April": the abduction's date, not the opening's), or a
     * reporting verb stands between the opening and the trigger and the reported clause has a date of
     * its own ("On Monday, officials said the strike on Saturday killed five").
     */
    boolean yieldsToOwnDate(Sentence s, TimeExpression opening, List<TimeExpression> times, int triggerBegin) {
        List<Token> tokens = s.tokens();
        int trigger = tokenAt(tokens, triggerBegin);
        for (Dependency d : s.deps()) {
            if (d.governor() == trigger && trigger >= 0) {
                for (TimeExpression t : times) {
                    if (t != opening && t.firstToken() <= d.dependent() && d.dependent() <= t.lastToken()) {
                        return true;
                    }
                }
            }
        }
        for (int i = opening.lastToken() + 1; i < tokens.size() && tokens.get(i).begin() < triggerBegin; i++) {
            if (words.isSpeech(tokens.get(i))) {
                int verb = i;
                return times.stream().anyMatch(t -> t != opening && t.firstToken() > verb);
            }
        }
        return false;
    }

    /** The index of the token starting at {@code begin} (or holding it), or -1. */
    private static int tokenAt(List<Token> tokens, int begin) {
        for (Token t : tokens) {
            if (t.begin() <= begin && begin < Math.max(t.end(), t.begin() + 1)) {
                return t.index();
            }
        }
        return -1;
    }
}
