package org.sitrep.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one pronoun list, read by use (lexicon/pronouns.tsv). */
class PronounsTest {
    @Test
    void eachUseHasItsPronouns() {
        assertThat(Pronouns.of(Pronouns.Use.PERSON)).containsExactlyInAnyOrder("he", "she", "him", "her");
        assertThat(Pronouns.of(Pronouns.Use.GROUP)).containsExactlyInAnyOrder("they", "them");
        assertThat(Pronouns.of(Pronouns.Use.SPEAKER)).containsExactlyInAnyOrder("i", "we", "he", "she", "it", "they");
        assertThat(Pronouns.of(Pronouns.Use.ACTOR))
                .containsExactlyInAnyOrder("we", "he", "she", "it", "its", "they", "them", "their");
    }

    @Test
    void thePossessivesStandForNoPersonCounted() {
        // "their fighters" names no one harmed; it only keeps the resolver from looking "their" up as a name
        assertThat(Pronouns.of(Pronouns.Use.PERSON)).doesNotContain("their", "its");
        assertThat(Pronouns.of(Pronouns.Use.ACTOR)).contains("their", "its");
    }
}
