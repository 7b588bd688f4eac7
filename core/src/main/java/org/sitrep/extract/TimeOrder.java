package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Status;
import org.sitrep.model.TimeExpression;

/**
 * Orders a sentence's time expressions for one event: those attached to its trigger first, then by
 * distance. A planned event drops the date of the statement announcing it ("said on Wednesday that they
 * will leave").
 */
final class TimeOrder {
    private final Lexicon lex = Lexicon.get();

    List<TimeExpression> forEvent(SentenceContext ctx, Trigger main, Status status) {
        Syntax syn = ctx.syntax();
        List<TimeExpression> times = new ArrayList<>(ctx.sentence().times());
        if (status == Status.PLANNED) {
            times.removeIf(tx -> statementDate(syn, tx));
        }
        times.sort(Comparator.comparingInt((TimeExpression tx) -> attachedTo(syn, tx, main.head()) ? 0 : 1)
                .thenComparingInt(tx -> Math.abs(tx.firstToken() - main.start())));
        return times;
    }

    /** Whether a time expression modifies the trigger's own verb ("went back to Bunia on Saturday"). */
    private static boolean attachedTo(Syntax syn, TimeExpression tx, int head) {
        for (int i = tx.firstToken(); i <= tx.lastToken(); i++) {
            Dependency up = syn.parent(i);
            if (up != null && up.governor() == head) {
                return true;
            }
        }
        return false;
    }

    private boolean statementDate(Syntax syn, TimeExpression tx) {
        for (int i = tx.firstToken(); i <= tx.lastToken(); i++) {
            Dependency up = syn.parent(i);
            if (up != null && (up.governor() < tx.firstToken() || up.governor() > tx.lastToken())) {
                return lex.speech.containsKey(syn.token(up.governor()).lemma().toLowerCase());
            }
        }
        return false;
    }
}
