package org.sitrep.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;

/** A copy's mention follows the mention it restates, and an article with its copies weighs as one source. */
class CopyFollowersTest {
    private static final Place KAJURU = new Place("Kajuru", "Nigeria", "NG", "Kaduna", null, null, 10.32, 7.68, 1,
            List.of(), null, "Kajuru");
    private static final EventType ATTACK = new EventType("Violence against civilians", "Attack");

    private static EventMention mention(String id, String doc, String copyOf, int start, long killed) {
        EventDate monday = new EventDate(LocalDate.of(2021, 6, 7), null, DatePrecision.DAY, "on Monday", DateBasis.TEXT);
        Source s = new Source(doc, doc + ".org", null, "Gunmen attacked the checkpoint on Monday.", start, start + 40,
                List.of(), List.of(), copyOf);
        return new EventMention(id, ATTACK, Status.OCCURRED, false, monday, KAJURU, null, null, null, null,
                Map.of(CountRole.FATALITIES, new Count(killed, Qualifier.EXACT, killed + " people")), List.of(s), List.of(),
                "attacked", "ATTACK");
    }

    @Test
    void aCopysRestatementFollowsTheMentionItRestates() {
        EventMention original = mention("a-1", "a", null, 0, 4);
        EventMention copy = mention("b-1", "b", "a", 0, 4);
        EventMention otherSentence = mention("b-2", "b", "a", 50, 4);
        EventMention unrelated = mention("c-1", "c", null, 0, 4);

        CopyFollowers.Split split = CopyFollowers.of(List.of(original, copy, otherSentence, unrelated));

        assertThat(split.leaders()).containsExactly(original, otherSentence, unrelated);
        assertThat(split.followers()).containsOnlyKeys(original);
        assertThat(split.followers().get(original)).containsExactly(copy);
    }

    @Test
    void onlyTheFirstArticleOfEachTextWeighsAndAllItsMentionsDo() {
        List<EventMention> group = List.of(mention("a-1", "a", null, 0, 4), mention("a-2", "a", null, 50, 4),
                mention("b-1", "b", "a", 0, 4), mention("c-1", "c", null, 0, 7), mention("d-1", "d", "c", 0, 7));

        assertThat(CopyFollowers.independent(group)).containsExactly(true, true, false, true, false);
    }

    @Test
    void aCopyWhoseOriginalIsNotInTheGroupWeighsForItsText() {
        List<EventMention> group = List.of(mention("b-1", "b", "a", 0, 4), mention("d-1", "d", "a", 0, 4),
                mention("c-1", "c", null, 0, 7));

        assertThat(CopyFollowers.independent(group)).containsExactly(true, false, true);
    }
}
