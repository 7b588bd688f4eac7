package org.sitrep.extract;

import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;

/**
 * An explosive that went off too early, in the hands of those placing it ("two militants died when a mine they were
 * laying exploded prematurely"): ACLED codes it as disrupted weapons use, not a blast aimed at anyone. Told by a word
 * of premature-words.tsv modifying one of the event's explosion triggers.
 */
final class PrematureBlast {
    private final Lexicon lex = Lexicon.get();

    boolean told(EventGrouper.Group group, SentenceContext ctx) {
        if (group.family() != Family.VIOLENCE) {
            return false;
        }
        Syntax syn = ctx.syntax();
        for (Trigger t : group.triggers()) {
            if (!explosive(t.frame())) {
                continue;
            }
            for (int k = t.start(); k < t.end(); k++) {
                for (Dependency d : syn.children(k)) {
                    boolean modifier = d.relation().equals("advmod") || d.relation().equals("amod");
                    if (modifier && lex.prematureWords.contains(ctx.lemma(d.dependent()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean explosive(Frame f) {
        return lex.frames.row(f).defaultType().eventType().startsWith("Explosions");
    }
}
