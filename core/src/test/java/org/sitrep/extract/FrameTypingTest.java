package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * The sub-type a frame takes from what it is done to ({@link FrameTyping}): withdrawing from a treaty is an
 * agreement, withdrawing from a town a transfer of territory. Sentences written for this test.
 */
class FrameTypingTest {
    private static List<String> subTypes(String text) {
        return TestPipeline.mentionsOf(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void withdrawingFromATreatyIsAnAgreementNotGroundTransferred() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 June 2021, the country formally withdrew from the nuclear "
                + "arms treaty.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type().eventType()).isEqualTo("Strategic developments");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Agreement");
        assertThat(ms.get(0).trigger()).isEqualTo("withdrew from");
    }

    @Test
    void withdrawingFromATownStaysATransferOfTerritory() {
        assertThat(subTypes("On 3 June 2021, government troops withdrew from the town of Kindu.")).containsExactly(
                "Non-violent transfer of territory");
    }
}
