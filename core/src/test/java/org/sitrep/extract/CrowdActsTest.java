package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.TestPipeline;

/** What a crowd's destruction was ({@link CrowdActs}), on sentences written for this test. */
class CrowdActsTest {
    private static boolean few(String text, String culprits) {
        Sentence s = Sentences.context(text).sentence();
        return CrowdActs.few(new ActorRef(culprits, culprits), s);
    }

    private static String subType(String text) {
        return TestPipeline.firstSubType(text);
    }

    @Test
    void culpritsCountedInSingleFiguresAreAFew() {
        assertThat(few("Three men smashed the windows of a pharmacy in the old town.", "Three men")).isTrue();
        assertThat(few("On Friday 4 youths looted a shop near the station.", "4 youths")).isTrue();
    }

    @Test
    void aCountedCrowdOrAnUncountedOneIsNoFew() {
        assertThat(few("About 300 residents smashed the windows of the town hall.", "About 300 residents")).isFalse();
        assertThat(few("Angry residents smashed the windows of the town hall.", "Angry residents")).isFalse();
    }

    @Test
    void aPersonNamedByAPronounIsHarmedNotProperty() {
        assertThat(TestPipeline.firstSubType("On 4 June 2021, residents caught a suspected thief in the market and set "
                + "him on fire.")).isEqualTo("Mob violence");
        assertThat(TestPipeline.firstSubType("On 4 June 2021, she was set on fire by neighbours after a quarrel over "
                + "land, police said.")).isEqualTo("Mob violence");
    }

    @Test
    void aCrowdPeltingStonesIsMobViolence() {
        assertThat(subType("On 5 June 2021, villagers pelted stones at a police team enforcing the curfew in Malda "
                + "(West Bengal).")).isEqualTo("Mob violence");
        assertThat(subType("On 5 June 2021, residents threw stones at health workers in Bhiwandi (Maharashtra)."))
                .isEqualTo("Mob violence");
    }

    @Test
    void aBeatingOrAStoningAloneIsViolence() {
        assertThat(subType("On 6 April 2021, a hawker was tied up and beaten by market guards in Kano (Kano State)."))
                .isEqualTo("Attack");
        assertThat(subType("On 6 April 2021, a group of residents stoned a suspected thief in Kano (Kano State)."))
                .isEqualTo("Mob violence");
    }
}
