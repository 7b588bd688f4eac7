// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.CountRole;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Sentence;

/**
 * Ground taken that the next sentence says was given up unfought: "Rebels took control of the town. They entered
 * it after the army withdrew." ACLED's non-violent transfer of territory is ground that changed hands without a fight;
 * the sentence of the taking decides it when it tells the withdrawal itself ({@link FrameTyping}), this one when a
 * report tells it one sentence on. Neither sentence may tell fighting (another violent trigger) nor the taking anyone
 * killed or hurt.
 */
final class UnfoughtTaking {
    private final Lexicon lex = Lexicon.get();

    /** Whether a taking of ground ({@code d}) was unfought by what the sentence after it ({@code after}'s first) tells. */
    boolean of(MentionDraft d, List<Sentence> after) {
        if (d.frame() != Frame.TAKE || after.isEmpty() || d.countsAny(r -> r == CountRole.FATALITIES || r == CountRole.INJURED)) {
            return false;
        }
        Sentence next = after.get(0);
        Syntax syn = new Syntax(next);
        boolean unfought = lex.cues.find(SentenceContext.lowerLemmas(next), SentenceContext.lowerWords(next)).stream()
                .anyMatch(m -> m.value() == Cue.NONVIOLENT || m.value() == Cue.WITHDRAWAL && happened(syn, m.start()));
        return unfought && !fighting(d.sentence()) && !fighting(next);
    }

    /**
     * Whether a word of withdrawing tells one that happened: the noun ("after the withdrawal of the army") or a verb in
     * the past ("the army had pulled out"), not one to come ("the rebels are to withdraw next week", "will withdraw").
     */
    private boolean happened(Syntax syn, int k) {
        String pos = syn.token(k).pos();
        if (pos.startsWith("NN")) {
            return true;
        }
        if (!pos.equals("VBD") && !pos.equals("VBN")) {
            return false;
        }
        for (org.sitrep.model.Dependency d : syn.children(k)) {
            String w = syn.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
            if ((d.relation().equals("mark") || d.relation().startsWith("aux")) && (w.equals("to") || lex.futureAuxiliaries.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** A violent trigger other than the taking's own kind ("clashes", "shelled", "killed"). */
    private boolean fighting(Sentence s) {
        return lex.triggers.find(SentenceContext.lowerLemmas(s), SentenceContext.lowerWords(s)).stream()
                .anyMatch(m -> m.value() != Frame.TAKE && m.value() != Frame.TRANSFER
                        && lex.frames.row(m.value()).family() == Family.VIOLENCE);
    }
}
