package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;

/** RepelledAttack: the author of an attack a side fended off, read on the sentence's words. */
class RepelledAttackTest {
    private static final ActorDictionary D = ActorDictionary.load();
    private static final RepelledAttack REPELLED = new RepelledAttack();

    private static Actor attacker(String s, String iso) {
        return REPELLED.attacker(s, D.find(s, iso));
    }

    @Test
    void theAuthorAfterAPhraseOfAuthorPrepositionsIsFound() {
        // author-prepositions.tsv: a two-word phrase as well as one word
        assertThat(attacker("Troops repelled an offensive launched by Shabaab fighters overnight.", "SO").name())
                .isEqualTo("Al Shabaab");
        assertThat(attacker("Troops thwarted an assault from Shabaab fighters on the camp.", "SO").name())
                .isEqualTo("Al Shabaab");
        // a word that is no author preposition between the noun and the group
        assertThat(attacker("Troops repelled an attack near Shabaab positions on the camp.", "SO")).isNull();
    }

    @Test
    void aHyphenatedWordMayStandBetweenTheDeterminerAndTheNoun() {
        assertThat(attacker("Soldiers foiled a large-scale assault by Shabaab fighters at dawn.", "SO").name())
                .isEqualTo("Al Shabaab");
        // a comma between the words breaks the phrase
        assertThat(attacker("Soldiers foiled a raid, by Shabaab fighters as they said.", "SO")).isNull();
    }

    @Test
    void theAuthorNamedBeforeTheNounMayCarryAPossessiveEnding() {
        assertThat(attacker("Police resisted the Shabaab's raid on the station.", "SO").name()).isEqualTo("Al Shabaab");
        // no defence word before the determiner: the group attacked, nobody fended it off
        assertThat(attacker("Police reported a Shabaab raid on the station.", "SO")).isNull();
    }
}
