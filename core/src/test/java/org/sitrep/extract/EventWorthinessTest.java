package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * A state told in the perfect with a span of time is standing, not the day's event ({@link EventWorthiness},
 * {@code standing-states.tsv}): a siege kept for a year is no event, a siege laid on the day is. Sentences written
 * for this test.
 */
class EventWorthinessTest {
    private static List<EventMention> mentions(String text) {
        return TestPipeline.runText("unit", text, TestPipeline.TEST_DAY).mentions();
    }

    @Test
    void aSiegeKeptForAYearIsAStandingStateNotAnEvent() {
        assertThat(mentions("Rebel fighters shelled the market of Kaloma on Sunday, killing four people. "
                + "The rebels have besieged Kaloma for more than a year."))
                .extracting(m -> m.type().subEventType()).containsExactly("Shelling/artillery/missile attack");
    }

    @Test
    void aSiegeLaidOnTheDayStaysAnEvent() {
        assertThat(TestPipeline.firstSubType("On 4 June 2021, rebel fighters besieged the town of Kaloma, cutting "
                + "the road to the capital.")).isEqualTo("Change to group/activity");
    }
}
