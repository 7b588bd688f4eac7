package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.MentionDraft;

/**
 * Finishes a protest's sub-type from the sentences after it: short reports tell the protest first and
 * what happened to it next ("Police dispersed the protest", "7 were detained", "protesters threw
 * stones"). Only the next two sentences count, and only a protest read as peaceful changes.
 */
final class ProtestOutcome {
    private static final EventType PEACEFUL = new EventType("Protests", "Peaceful protest");
    private static final int REACH = 2;

    /**
     * What a sentence says that can change a protest before it.
     *
     * @param crowdFought the protesters fought ("Police clashed with the demonstrators", "The demonstrators
     *                    attacked hospital staff"): {@link ProtestConduct#crowdFought}
     */
    record Signals(Set<Cue> cues, boolean arrests, boolean crowdFought) {
        Signals {
            cues = Set.copyOf(cues);
        }
    }

    List<MentionDraft> apply(List<MentionDraft> drafts, Map<Integer, Signals> bySentence) {
        List<MentionDraft> out = new ArrayList<>(drafts.size());
        for (MentionDraft d : drafts) {
            out.add(PEACEFUL.equals(d.type()) ? finish(d, bySentence) : d);
        }
        return out;
    }

    private static MentionDraft finish(MentionDraft d, Map<Integer, Signals> bySentence) {
        boolean violent = false;
        boolean intervention = false;
        for (int i = d.sentence().index() + 1; i <= d.sentence().index() + REACH; i++) {
            Signals s = bySentence.get(i);
            if (s != null) {
                violent |= s.cues().contains(Cue.VIOLENT_CROWD) || s.crowdFought();
                intervention |= s.cues().contains(Cue.INTERVENTION) || s.arrests();
            }
        }
        EventType type = violent ? new EventType("Riots", "Violent demonstration")
                : intervention ? new EventType("Protests", "Protest with intervention") : d.type();
        if (type.equals(d.type())) {
            return d;
        }
        return d.withType(type);
    }
}
