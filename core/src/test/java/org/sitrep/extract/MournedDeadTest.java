package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CountRole;
import org.sitrep.model.MentionDraft;

/** The dead a crowd mourns are no toll of its protest ({@link MournedDead}), on sentences written here. */
class MournedDeadTest {
    private static MentionDraft first(String text) {
        List<MentionDraft> drafts = new Extractor().extract(Sentences.annotated(text)).drafts();
        assertThat(drafts).as("events of: %s", text).isNotEmpty();
        return drafts.get(0);
    }

    @Test
    void theDeadOfARelativeClauseOnTheCrowdAreNotItsToll() {
        MentionDraft d = first("On 12 March 2019, about 300 relatives of a driver who died in a police chase marched to "
                + "the governor's office in Kisumu, demanding an inquiry.");
        assertThat(d.type().eventType()).isEqualTo("Protests");
        assertThat(d.counts()).doesNotContainKey(CountRole.FATALITIES);
    }

    @Test
    void protestersKilledAtTheProtestStayItsToll() {
        MentionDraft d = first("On 5 August 2018, protesters clashed with police in Kananga, leaving two protesters dead.");
        assertThat(d.counts().get(CountRole.FATALITIES).value()).isEqualTo(2L);
    }
}
