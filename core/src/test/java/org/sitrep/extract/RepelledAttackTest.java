package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventMention;
import org.sitrep.pipeline.TestPipeline;

/**
 * An attack fought off: the attacker is actor1 and the side that repelled it actor2 (lexicon/repelling-verbs.tsv).
 * Sentences written for these tests.
 */
class RepelledAttackTest {
    private static EventMention first(String text) {
        List<EventMention> ms = TestPipeline.runText("repelled", text, LocalDate.of(2021, 5, 6)).mentions();
        assertThat(ms).as(text).isNotEmpty();
        return ms.get(0);
    }

    @Test
    void theAttackerNamedOnTheNounIsActorOne() {
        EventMention m = first("On Friday, border guards repelled a Shabaab attack on their post near Mandera.");
        assertThat(m.actor1().text()).isEqualTo("Shabaab");
        assertThat(m.actor2().text()).isEqualTo("border guards");
    }

    @Test
    void theAttackerAfterOfIsActorOne() {
        EventMention m = first("On 3 May 2021, government troops thwarted an attack of separatist fighters on the Bamenda road.");
        assertThat(m.actor1().text()).isEqualTo("separatist fighters");
        assertThat(m.actor2().text()).isEqualTo("government troops");
    }

    @Test
    void theirAttackIsThatOfThoseTheClauseAboveNames() {
        EventMention m = first("On 27 April 2021, 4 rebel fighters were killed when army soldiers repulsed their attacks on checkpoints in Ngala district.");
        assertThat(m.actor1().text()).isEqualTo("4 rebel fighters");
        assertThat(m.actor2().text()).isEqualTo("army soldiers");
    }

    @Test
    void anAttackNotRepelledKeepsItsSubjectAsActorOne() {
        EventMention m = first("On Friday, Shabaab fighters attacked a police post near Mandera.");
        assertThat(m.actor1().text()).isEqualTo("Shabaab fighters");
    }
}
