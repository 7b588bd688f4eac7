package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * Shots fired only into the air, harming no one and away from any crowd, are a strategic development, not a clash
 * or an attack ({@link AirFire}); fire at something, fire that harms someone and fire to disperse a protest keep
 * their types. Sentences written for this test.
 */
class AirFireTest {
    private static List<String> subTypes(String text) {
        return TestPipeline.mentionsOf(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void shotsFiredIntoTheAirAreNoClash() {
        List<EventMention> ms = TestPipeline.mentionsOf("On 3 March 2021, drunken soldiers leaving a wedding fired "
                + "several shots into the air near the market of Westport.");
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).type().eventType()).isEqualTo("Strategic developments");
        assertThat(ms.get(0).type().subEventType()).isEqualTo("Other");
    }

    @Test
    void shotsFiredInTheAirByABoatAreNoAttack() {
        assertThat(subTypes("On 3 March 2021, residents of Westport said shots were fired in the air by a coast "
                + "guard boat on its rounds.")).containsExactly("Other");
    }

    @Test
    void shotsAtABoatStayAClashOrAnAttack() {
        assertThat(subTypes("On 3 March 2021, drunken soldiers leaving a wedding fired shots at a "
                + "passing minibus near Westport.")).doesNotContain("Other");
    }

    @Test
    void fireIntoTheAirThatHarmsSomeoneKeepsItsType() {
        assertThat(subTypes("On 3 March 2021, coast guards fired shots into the air near Westport, and a stray bullet "
                + "killed a fisherman.")).doesNotContain("Other");
    }

    @Test
    void fireIntoTheAirAtAProtestIsTheProtestsIntervention() {
        assertThat(subTypes("On 3 March 2021, police fired shots into the air to disperse striking dock workers "
                + "protesting in Westport.")).doesNotContain("Other", "Armed clash");
    }
}
