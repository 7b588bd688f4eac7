package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * The dead told in a later sentence as the toll of the event before ({@link CasualtyCarry}): when no one else is
 * named as their killers, when the fight is their circumstance, when the verb of death is misspelt, and a later
 * pronoun is someone already counted; deaths with doers of their own or in another ambush elsewhere stay apart.
 * Sentences written for this test.
 */
class CasualtyCarryTest {
    @Test
    void aPronounInALaterSentenceIsTheVictimAlreadyCounted() {
        EventMention m = TestPipeline.mentionsOf("Armed men killed a shopkeeper outside his store in Kaloma on "
                + "3 June 2021. Another account says he died in a robbery.").get(0);
        assertThat(m.counts().get(CountRole.FATALITIES).value()).isEqualTo(1L);
    }
}
