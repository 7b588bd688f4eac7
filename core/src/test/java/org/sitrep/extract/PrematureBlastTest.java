package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * An explosive that went off too early in the hands of those placing it is disrupted weapons use, with its dead
 * ({@link PrematureBlast}, {@code premature-words.tsv}); a blast aimed at others stays an explosion. Sentences written
 * for this test.
 */
class PrematureBlastTest {
    @Test
    void aBombThatWentOffPrematurelyIsDisruptedWeaponsUse() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 4 June 2021, two insurgents died when a roadside bomb they "
                + "were planting went off prematurely near a bridge outside Kaloma.");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Disrupted weapons use");
        assertThat(ms.get(0).counts().get(org.sitrep.model.CountRole.FATALITIES).value()).isEqualTo(2L);
    }

    @Test
    void aGrenadeThatExplodedPrematurelyIsDisruptedWeaponsUse() {
        assertThat(TestPipeline.firstSubType("On 4 June 2021, a grenade that rebels were assembling exploded "
                + "prematurely in a forest hideout near Kaloma, killing three of them.")).isEqualTo("Disrupted weapons use");
        assertThat(TestPipeline.firstSubType("On 4 June 2021, a premature explosion of a mortar round wounded four "
                + "fighters at their camp near Kaloma.")).isEqualTo("Disrupted weapons use");
    }

    @Test
    void theGroupWhoseBombWentOffIsActor1() {
        // no force disrupted anything: the one armed group named handled the device (resolve's DeviceSides)
        EventMention m = TestPipeline.mentionsOf("On 4 June 2021, three Taliban fighters were killed in Zabul when an "
                + "explosive device they were fitting to a motorbike blew up prematurely.").get(0);
        assertThat(m.type().subEventType()).isEqualTo("Disrupted weapons use");
        assertThat(m.actor1().name()).isEqualTo("Taliban");
        assertThat(m.actor2()).isNull();
    }

    @Test
    void aBombAimedAtOthersStaysAnExplosion() {
        assertThat(TestPipeline.firstSubType("On 4 June 2021, a roadside bomb went off near a bridge outside Kaloma, "
                + "killing two travellers.")).isEqualTo("Remote explosive/landmine/IED");
    }
}
