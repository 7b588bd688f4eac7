// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventType;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;

/**
 * Ground that changed hands without a fight, ACLED's non-violent transfer of territory. The sentence of the taking
 * decides it when it tells the withdrawal itself ({@link FrameTyping}); the sentence after it when a report tells it
 * one sentence on: "Rebels took control of the town. They entered it after the army withdrew." Neither sentence may
 * tell fighting, read from the triggers the extract stage found in it ({@link #fightingTold}), nor the taking anyone
 * killed or hurt.
 */
final class UnfoughtTaking {
    static final EventType UNFOUGHT = new EventType("Strategic developments", "Non-violent transfer of territory");

    private final Lexicon lex = Lexicon.get();

    /**
     * Whether a sentence tells fighting besides the taking of ground: another violent trigger of its that happened
     * ("clashes", "shelled", "killed"), or people counted killed or injured. Ground taken after its holders withdrew
     * ("seized the town after the army pulled out") changed hands without a fight only when the sentence tells none.
     */
    boolean fightingTold(List<Trigger> triggers, Map<CountRole, Count> counts) {
        return counts.containsKey(CountRole.FATALITIES) || counts.containsKey(CountRole.INJURED)
                || triggers.stream().anyMatch(t -> t.frame() != Frame.TAKE && t.status() == Status.OCCURRED
                        && lex.frames.row(t.frame()).family() == Family.VIOLENCE);
    }

    /**
     * The drafts, with each taking of ground whose next sentence tells it unfought typed so; {@code fighting} holds the
     * indices of the sentences whose triggers tell fighting ({@link #fightingTold}).
     */
    List<MentionDraft> apply(List<MentionDraft> drafts, Set<Integer> fighting, List<Sentence> sentences) {
        List<MentionDraft> out = new ArrayList<>(drafts.size());
        for (MentionDraft d : drafts) {
            Sentence next = next(d.sentence(), sentences);
            boolean unfought = next != null && "*".equals(d.type().subEventType()) && !fighting.contains(d.sentence().index())
                    && !fighting.contains(next.index()) && of(d, next);
            out.add(unfought ? d.withType(UNFOUGHT) : d);
        }
        return out;
    }

    private static Sentence next(Sentence s, List<Sentence> sentences) {
        for (Sentence n : sentences) {
            if (n.index() > s.index() && n.index() <= s.index() + 2) {
                return n;
            }
        }
        return null;
    }

    /** Whether a taking of ground ({@code d}) was unfought by what the sentence after it tells (its fighting aside). */
    private boolean of(MentionDraft d, Sentence next) {
        if (d.frame() != Frame.TAKE || d.countsAny(r -> r == CountRole.FATALITIES || r == CountRole.INJURED)) {
            return false;
        }
        Syntax syn = new Syntax(next);
        return lex.cues.find(SentenceContext.lowerLemmas(next), SentenceContext.lowerWords(next)).stream()
                .anyMatch(m -> m.value() == Cue.NONVIOLENT || m.value() == Cue.WITHDRAWAL && happened(syn, m.start()));
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
}
