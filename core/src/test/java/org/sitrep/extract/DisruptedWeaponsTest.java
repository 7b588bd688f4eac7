package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * Weapons found, seized or destroyed before use ({@link DisruptedWeapons}), however the parser joined the weapon
 * words or hung the participle; a depot destroyed by rockets or a car bomb that blew up is no recovery. Sentences
 * written for this test.
 */
class DisruptedWeaponsTest {
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

    @Test
    void aCarPackedWithExplosivesFoundIsDisruptedWeapons() {
        // the parser reads "a car packed with explosives" as a clause under "found"
        assertThat(subTypes("Soldiers found a car packed with explosives near a checkpoint in Dorvale on Tuesday."))
                .containsExactly("Disrupted weapons use");
    }

    @Test
    void aVanLoadedWithExplosivesSeizedIsNoGroundTaken() {
        assertThat(subTypes("A van loaded with explosives was seized by police at the border crossing near Dorvale."))
                .containsExactly("Disrupted weapons use");
    }

    @Test
    void aCarPackedWithExplosivesThatBlewUpStaysABomb() {
        assertThat(subTypes("A car packed with explosives blew up near a checkpoint in Dorvale on Tuesday, killing "
                + "three soldiers.").get(0)).isEqualTo("Remote explosive/landmine/IED");
    }
}
