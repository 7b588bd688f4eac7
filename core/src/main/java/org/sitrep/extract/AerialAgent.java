package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Frame;

/**
 * Whether violence told by a general verb was done by an aircraft: "a drone killed three people", "drones
 * targeted the airbase", "the teacher was killed by a drone", "helicopter gunships fired on the fighters". ACLED
 * codes it as an air or drone strike whoever flew the aircraft, a state or an armed group. The doer is the verb's
 * subject or passive agent, or the head of a subject that an aircraft word modifies ("a drone operated by X" is
 * the drone's); the words are aircraft-words.tsv.
 */
final class AerialAgent {
    /** Frames whose verb names no weapon of its own: the doer tells it. */
    private static final Set<Frame> GENERAL = Set.of(Frame.ATTACK, Frame.CASUALTY, Frame.GUNFIRE);

    private final Lexicon lex = Lexicon.get();

    boolean doneBy(List<Trigger> triggers, SentenceContext ctx) {
        return triggers.stream().anyMatch(t -> GENERAL.contains(t.frame()) && aircraft(ctx, doer(ctx.syntax(), t.head())));
    }

    private static int doer(Syntax syn, int verb) {
        int d = syn.child(verb, "nsubj");
        if (d < 0) {
            d = syn.child(verb, "obl:agent");
        }
        Dependency up = syn.parent(verb);
        if (d < 0 && up != null && (up.relation().startsWith("conj") || up.relation().startsWith("xcomp"))) {
            d = syn.child(up.governor(), "nsubj"); // "a drone hit the car and killed two", "drones were used to attack"
        }
        return d;
    }

    private boolean aircraft(SentenceContext ctx, int noun) {
        if (noun < 0 || ctx.syntax().children(noun).stream().anyMatch(d -> (d.relation().startsWith("compound")
                || d.relation().startsWith("amod")) && lex.watercraftModifiers.contains(ctx.lemma(d.dependent())))) {
            return false; // "a sea drone", "naval drones": boats steered from afar
        }
        if (lex.aircraftWords.contains(ctx.lemma(noun)) || lex.aircraftWords.contains(ctx.words().get(noun))) {
            return true;
        }
        // "an air drone", "an unmanned aerial vehicle": the head is the aircraft's other word
        return ctx.syntax().children(noun).stream().anyMatch(d -> d.relation().startsWith("compound")
                && lex.aircraftWords.contains(ctx.lemma(d.dependent())));
    }
}
