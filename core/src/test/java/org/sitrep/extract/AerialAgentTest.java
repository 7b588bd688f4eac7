package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * What struck from the air ({@link AerialAgent}): a sea drone is an explosive boat, not an aircraft
 * ({@code watercraft-modifiers.tsv}). Sentences written for this test.
 */
class AerialAgentTest {
    @Test
    void aSeaDroneStrikeIsARemoteExplosiveNotAnAirStrike() {
        assertThat(TestPipeline.firstSubType("On 4 June 2021, a sea drone hit a patrol ship off the coast near Kaloma, "
                + "killing two sailors.")).isEqualTo("Remote explosive/landmine/IED");
        assertThat(TestPipeline.firstSubType("On 4 June 2021, a drone hit a patrol ship off the coast near Kaloma, "
                + "killing two sailors.")).isEqualTo("Air/drone strike");
    }
}
