package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CountRole;
import org.sitrep.model.Frame;
import org.sitrep.model.MentionDraft;

/**
 * A detainee killed by those who hold them is a killing before it is an arrest: "soldiers detained a farmer and beat
 * him to death", "police arrested a trader. The police beat him in custody and he died." When an arrest without dead is
 * followed, in its own sentence or the next, by an attack with dead by the same doer, the attack is told first: the
 * death in custody is the event the article reports (ACLED codes it as an attack). The arrest stays a mention of its
 * own.
 */
final class CustodyDeaths {
    /** How many sentences after the arrest the killing may be told. */
    private static final int REACH = 1;

    List<MentionDraft> apply(List<MentionDraft> drafts) {
        List<MentionDraft> out = new ArrayList<>(drafts);
        for (int i = 0; i < out.size(); i++) {
            MentionDraft arrest = out.get(i);
            if (arrest.frame() != Frame.ARREST || arrest.countsAny(r -> r == CountRole.FATALITIES)) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                MentionDraft killing = out.get(j);
                if (killing.sentence().index() - arrest.sentence().index() > REACH) {
                    break;
                }
                if (killing.frame() == Frame.ATTACK && killing.countsAny(r -> r == CountRole.FATALITIES)
                        && sameDoer(arrest, killing)) {
                    out.add(i, out.remove(j));
                    i++; // the arrest, now after its killing
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Both told with a doer whose head word is the same ("police", "the police"), or in one sentence where neither
     * names one of its own ("troops detained and tortured a man to death": the verbs share the subject).
     */
    private static boolean sameDoer(MentionDraft arrest, MentionDraft killing) {
        ActorRef a = arrest.actor1();
        ActorRef b = killing.actor1();
        if (a == null && b == null) {
            return arrest.sentence().index() == killing.sentence().index();
        }
        return a != null && b != null && a.head() != null && b.head() != null
                && a.head().toLowerCase(Locale.ROOT).equals(b.head().toLowerCase(Locale.ROOT));
    }
}
