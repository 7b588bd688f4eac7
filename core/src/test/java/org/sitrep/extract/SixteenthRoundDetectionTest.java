package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * Sixteenth round of detection ({@link DisruptedWeapons}): weapons destroyed beside other weapon words the parser
 * joined loosely are still weapons destroyed; a participle of finding hung on a noun deep inside a store's phrase
 * still finds the store. Sentences written for this test.
 */
class SixteenthRoundDetectionTest {
    private static List<String> subTypes(String text) {
        return TestPipeline.mentionsOf(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void ammunitionAndBombsDestroyedAreDisruptedWeapons() {
        // "bombs" is parsed as a second object of "destroyed", outside the first object's phrase
        assertThat(subTypes("On 3 June 2021, troops destroyed stockpiles of ammunition and also several roadside "
                + "bombs near Kaloma.")).containsExactly("Disrupted weapons use");
    }

    @Test
    void aDepotDestroyedByRocketsIsNoRecovery() {
        assertThat(subTypes("On 3 June 2021, army rockets destroyed a rebel ammunition depot near Kaloma."))
                .containsExactly("Shelling/artillery/missile attack");
    }

    @Test
    void aStashFoundWhereverTheParticipleHangsIsDisruptedWeapons() {
        // "seized" is parsed as a participle on "gang"; the cache two nouns above it is what was seized
        assertThat(subTypes("Soldiers guard a cache of rockets belonging to a gang seized in a village near "
                + "Kaloma.")).containsExactly("Disrupted weapons use");
    }
}
