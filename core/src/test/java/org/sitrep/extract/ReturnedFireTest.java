package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.TestPipeline;

/**
 * Fire "returned" by troops is the answer that makes an attack a clash, not anyone's return home
 * ({@code triggers.tsv}'s NONE rows). Sentences written for this test.
 */
class ReturnedFireTest {
    private static List<String> subTypes(String text) {
        return TestPipeline.mentionsOf(text).stream().map(m -> m.type().subEventType()).toList();
    }

    @Test
    void troopsThatReturnFireAreAClashNotAReturn() {
        assertThat(subTypes("Gunmen attacked an army post outside Gao on Monday and soldiers returned fire, "
                + "the army said.")).containsExactly("Armed clash");
    }

    @Test
    void policeThatReturnTheFireAreAClashNotAReturn() {
        assertThat(subTypes("Police returned the fire after bandits shot at a patrol near Isiolo on Sunday, "
                + "wounding two of the bandits.")).containsExactly("Armed clash");
    }

    @Test
    void familiesGoingHomeAreStillAReturn() {
        assertThat(subTypes("About 200 families returned to their homes in Tessit on Friday, a relief agency said."))
                .containsExactly("Return");
    }
}
