package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TargetCues: whether an actor the sentence names is acted upon, read on the sentence's words. */
class TargetCuesTest {
    private static final TargetCues TARGETS = new TargetCues();

    private static boolean actedUpon(String s, String actor) {
        int at = s.indexOf(actor);
        return TARGETS.actedUpon(s, Token.tokenize(s), at, at + actor.length());
    }

    @Test
    void aParticipleBeforeAnAdjunctOpenerHasNoObject() {
        // adjunct-openers.tsv: "during", "following" as well as "in"
        assertThat(actedUpon("Four policemen wounded during the raid were taken to hospital.", "policemen")).isTrue();
        assertThat(actedUpon("Two rangers killed following the ambush were buried on Friday.", "rangers")).isTrue();
        // a participle with an object: the actor acts
        assertThat(actedUpon("Bandits killed two herders near the river.", "Bandits")).isFalse();
    }

    @Test
    void aBracketAndAuxiliariesMayStandBeforeTheParticiple() {
        assertThat(actedUpon("Six soldiers (two of them officers) were reportedly killed.", "soldiers")).isTrue();
        // "have" is no form of "be" or "get": a perfect, not a passive
        assertThat(actedUpon("Unknown gunmen have reportedly killed three farmers.", "gunmen")).isFalse();
    }

    @Test
    void aHarmWordAmongTheFourWordsBeforeCountsWhateverTheirLength() {
        // the four words before the actor are counted as words, however many characters they hold
        assertThat(actedUpon("Gunmen opened fire, killing unsuspecting disproportionately overstretched policemen.",
                "policemen")).isTrue();
        // a fifth word back is too far: a hyphen compound's parts are words
        assertThat(actedUpon("Gunmen opened fire, killing the two unsuspecting night-shift policemen.", "policemen"))
                .isFalse();
    }
}
