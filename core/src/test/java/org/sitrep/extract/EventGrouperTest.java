package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.extract.Sentences.dead;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * Which triggers of a sentence are one event and which are events of their own ({@link EventGrouper}): ground taken
 * beside a bomb elsewhere, deaths beside weapons seized; a bomb alone or a device defused stays one event.
 * Sentences written for this test.
 */
class EventGrouperTest {
    private static List<String> subTypes(String text) {
        return TestPipeline.mentionsOf(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void groundTakenBesideABombElsewhereIsItsOwnEvent() {
        List<EventMention> ms = TestPipeline.mentionsOf("Rebel fighters seized the provincial capital on Sunday, while a "
                + "bomb at a police station in the south killed four people.");
        assertThat(ms).extracting(m -> m.type().subEventType())
                .containsExactly("Non-state actor overtakes territory", "Remote explosive/landmine/IED");
        assertThat(ms.get(0).counts()).isEmpty();
        assertThat(ms.get(1).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "four people"));
    }

    @Test
    void groundTakenDespiteABombingCampaignIsTakenFirst() {
        assertThat(subTypes("Insurgents captured the town early Monday despite a months-long bombing campaign by "
                + "government jets.").get(0)).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void aBombAloneStaysOneEventWithItsToll() {
        List<EventMention> ms = TestPipeline.mentionsOf("On Sunday a bomb at a police station in the south killed four people.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "four people"));
    }

    @Test
    void deathsBesideWeaponsSeizedAreAnEventOfTheirOwn() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, police raided a gang hideout in Riverside. Two "
                + "gang members were killed while officers seized a shotgun.");
        assertThat(ms).extracting(EventMention::frame).contains("CASUALTY", "DISRUPT");
        assertThat(dead(ms.get(0))).isEqualTo(new Count(2L, Qualifier.EXACT, "Two gang members"));
    }

    @Test
    void aDeviceDefusedStaysTheOnlyEvent() {
        assertThat(TestPipeline.mentionsOf("On 3 March 2021, soldiers defused a roadside bomb near Riverside."))
                .extracting(EventMention::frame).containsExactly("DISRUPT");
    }
}
