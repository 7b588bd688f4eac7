package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.MentionDraft;
import org.sitrep.model.Qualifier;

/** The dead a clause only recalls are no toll of the event its sentence reports ({@link RecalledDead}); sentences written here. */
class RecalledDeadTest {
    private static MentionDraft first(String text) {
        List<MentionDraft> drafts = new Extractor().extract(Sentences.annotated(text)).drafts();
        assertThat(drafts).as("events of: %s", text).isNotEmpty();
        return drafts.get(0);
    }

    @Test
    void theDeadOfAnAfterClauseCameBefore() {
        MentionDraft d = first("On 3 May 2020, youths stoned police officers after two boys were killed by gunmen near the market in Kalo.");
        assertThat(d.trigger()).isEqualTo("stoned");
        assertThat(d.counts()).doesNotContainKey(CountRole.FATALITIES);
    }

    @Test
    void theDeadOfARelativeClauseToldEarlierCameBefore() {
        MentionDraft d = first("On 3 May 2020, a mob burned 5 houses that belonged to relatives of bandits who killed a farmer "
                + "earlier that week in Kalo.");
        assertThat(d.counts()).doesNotContainKey(CountRole.FATALITIES).doesNotContainKey(CountRole.CIVILIANS_KILLED);
    }

    @Test
    void theDeadOfTheMainClauseStayTheToll() {
        MentionDraft d = first("On 3 May 2020, two soldiers died after militants attacked a checkpoint in Kalo.");
        assertThat(d.counts().get(CountRole.FATALITIES)).isEqualTo(new Count(2L, Qualifier.EXACT, "two soldiers"));
    }
}
