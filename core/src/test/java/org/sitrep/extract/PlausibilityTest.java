package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Qualifier;
import org.sitrep.pipeline.TestPipeline;

/**
 * Readings of a trigger that its sentence makes implausible ({@link Plausibility}, {@link Culprits}): "left N dead"
 * is a toll, not a departure. Sentences written for this test.
 */
class PlausibilityTest {
    private static List<EventMention> mentions(String text) {
        return TestPipeline.runText("unit", text, TestPipeline.TEST_DAY).mentions();
    }

    @Test
    void leftDeadIsATollNotADeparture() {
        List<EventMention> raid = mentions("On 3 June 2021, the raid left four gunmen dead in Kaloma.");
        assertThat(raid).extracting(m -> m.type().eventType()).containsExactly("Battles");
        assertThat(raid.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(4L, Qualifier.EXACT, "four gunmen"));
        List<EventMention> op = mentions("On 3 June 2021, a police operation in Kaloma province left 5 insurgents dead.");
        assertThat(op).extracting(m -> m.type().subEventType()).containsExactly("Armed clash");
        assertThat(op.get(0).counts().get(CountRole.FATALITIES)).isEqualTo(new Count(5L, Qualifier.EXACT, "5 insurgents"));
    }
}
