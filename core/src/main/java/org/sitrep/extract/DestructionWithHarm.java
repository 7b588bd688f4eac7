package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.EventType;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Sentence;
import org.sitrep.model.Status;

/**
 * Property destroyed or looted by people who, as the next sentences tell, also hurt, killed or fired on people: "Gunmen
 * burned down a sawmill. Its watchman was wounded by a bullet." ACLED's looting/property destruction is
 * destruction that harms no one; an attack that also harms people is coded by its harm (an attack on civilians, or
 * mob violence when a crowd did it), which the actors' types decide ({@link SideTyping}). Only harm told as the
 * event's sequel counts: people hurt or killed, or shots fired, with no doer of their own ("Two watchmen died in the
 * blaze", "Several rounds were fired at the guards"); harm told by its doer ("Soldiers later shot dead two bandits") is
 * another event. A destruction whose own sentence gives a protest's purpose is left to the crowd's typing (a violent
 * demonstration).
 */
final class DestructionWithHarm {
    private static final int REACH = 2;
    /** Words before a harm word that a zero word may stand ("nobody was said to be hurt or killed"). */
    private static final int ZERO_REACH = 8;
    private static final EventType BY_THE_ACTORS = new EventType("Violence against civilians", "*");

    private final Lexicon lex = Lexicon.get();

    /**
     * The drafts, each destruction whose next sentences tell harm as its sequel typed by the actors; {@code found}
     * holds the triggers the extract stage found in each sentence (by index).
     */
    List<MentionDraft> apply(List<MentionDraft> drafts, Map<Integer, List<Trigger>> found, List<Sentence> sentences) {
        List<MentionDraft> out = new ArrayList<>(drafts.size());
        for (MentionDraft d : drafts) {
            // a destruction whose own sentence gives it a protest purpose ("demanding wages") stays the crowd's
            // demonstration ({@link SideTyping}), whatever harm follows
            boolean destruction = d.frame() == Frame.LOOT && "Looting/property destruction".equals(d.type().subEventType())
                    && !purposeGiven(d.sentence());
            out.add(destruction && harmFollows(d, found, sentences) ? d.withType(BY_THE_ACTORS) : d);
        }
        return out;
    }

    private boolean harmFollows(MentionDraft d, Map<Integer, List<Trigger>> found, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            int gap = s.index() - d.sentence().index();
            if (gap <= 0 || gap > REACH || !found.containsKey(s.index())) {
                continue;
            }
            Syntax syn = new Syntax(s);
            for (Trigger t : found.get(s.index())) {
                boolean harm = t.frame() == Frame.CASUALTY || t.frame() == Frame.GUNFIRE;
                if (harm && t.status() == Status.OCCURRED && !zeroToll(t, syn) && noDoer(t, syn)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether harm is told with no doer of its own: passive ("was wounded by a gunshot", "shots were fired") or a
     * verb whose subject is the one harmed ("two watchmen died"); not a subject acting on an object ("soldiers shot
     * dead two bandits") nor a passive whose agent is people ("were killed by soldiers", "by the police").
     */
    private boolean noDoer(Trigger t, Syntax syn) {
        int head = t.head();
        if (syn.child(head, "nsubj") >= 0 && syn.child(head, "obj") >= 0) {
            return false;
        }
        int agent = syn.child(head, "obl:agent");
        if (agent < 0) {
            return true;
        }
        String lemma = syn.token(agent).lemma() == null ? "" : syn.token(agent).lemma().toLowerCase(java.util.Locale.ROOT);
        String pos = syn.token(agent).pos();
        return lex.peopleNouns.get(lemma) == null && !pos.startsWith("NNP") && !pos.startsWith("PRP");
    }

    /** "There were no casualties", "nobody was said to be hurt or killed": a zero word in the few words before the harm. */
    private boolean zeroToll(Trigger t, Syntax syn) {
        for (int k = Math.max(0, t.start() - ZERO_REACH); k < t.start(); k++) {
            if (lex.zeroWords.contains(syn.token(k).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence gives a protest's purpose ("demanding wages", protest-purposes.tsv). */
    private boolean purposeGiven(Sentence s) {
        return lex.protestPurposes.occursIn(SentenceContext.lowerLemmas(s), SentenceContext.lowerWords(s));
    }
}
