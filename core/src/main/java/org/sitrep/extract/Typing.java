package org.sitrep.extract;

import java.util.List;
import java.util.Map;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventType;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Sentence;

/**
 * Decides an event's ACLED type and sub-type. In the extract stage from the trigger frames, cues and
 * counts ({@link FrameTyping}); frames whose sub-type depends on who acted against whom (attacks,
 * casualties, territory, bombings) are finished by {@link SideTyping} once the resolve stage knows the
 * actors' types, following ACLED's codebook: armed against armed is a battle, armed against unarmed
 * is violence against civilians, government forces retake territory that others overtake.
 */
public final class Typing {
    private final FrameTyping frameTyping = new FrameTyping();
    private final SideTyping sideTyping = new SideTyping();
    private final ProtestSequel protestSequel = new ProtestSequel();

    /**
     * What the resolve stage knows of a participant: whether one was named, is state forces, is armed, is an
     * unarmed crowd or civilians, or is known only as an unidentified armed group (a default, which the
     * participant's own words may overrule), and the article's words it was read from (null when none).
     */
    public record Party(boolean named, boolean state, boolean armed, boolean unarmed, boolean unidentified,
                        String words) {
        public static final Party NONE = new Party(false, false, false, false, false);

        public Party(boolean named, boolean state, boolean armed, boolean unarmed, boolean unidentified) {
            this(named, state, armed, unarmed, unidentified, null);
        }

        /**
         * This party as what the draft's participant words stand for: NONE when it was read from other words
         * of the sentence ("several workers clashed with police" whose subject the resolver could not name,
         * so that the police filled the role), since then it says nothing of those words' people.
         */
        Party of(org.sitrep.model.ActorRef ref) {
            if (ref == null || ref.text() == null || words == null || words.isBlank()) {
                return this;
            }
            String r = ref.text().toLowerCase(java.util.Locale.ROOT);
            String w = words.toLowerCase(java.util.Locale.ROOT);
            return r.contains(w) || w.contains(r) ? this : NONE;
        }
    }

    /** The extract stage's type, from frames, cues and counts ("*" sub-types are left to {@link #refine}). */
    EventType classify(EventGrouper.Group group, SentenceContext ctx, Map<CountRole, Count> counts, List<Trigger> all) {
        return frameTyping.classify(group, ctx, counts, all);
    }

    /** Whether an arrest is of people from a crowd, so that it tells of an intervention in a protest. */
    boolean crowdArrested(SentenceContext ctx, Trigger arrest) {
        return frameTyping.crowdArrested(ctx, arrest);
    }

    /** The sub-type of a draft whose frame left it to the actors ("*"), told in its own sentence alone. */
    public EventType refine(MentionDraft d, Party a1, Party a2) {
        return refine(d, a1, a2, List.of());
    }

    /**
     * As {@link #refine(MentionDraft, Party, Party)}, with the sentences after the draft's that may go on telling
     * its fight (the same window the actor roles are read from).
     */
    public EventType refine(MentionDraft d, Party a1, Party a2, List<Sentence> after) {
        EventType t = sideTyping.refine(d, a1, a2, after);
        return protestSequel.of(t, d, after);
    }
}
