package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Sentence;

/** What the sides of an event are for the codebook ({@link SideKinds}), on sentences written for this test. */
class SideKindsTest {
    private final SideKinds kinds = new SideKinds();

    private static List<Sentence> told(String text) {
        return Sentences.annotated(text).sentences();
    }

    private static Typing.Party armedGroup(String words) {
        return new Typing.Party(true, false, true, false, false, words);
    }

    @Test
    void aTargetPartyReadFromTheDoersOwnWordsIsTheDoers() {
        List<Sentence> s = told("Boko Haram/ISWAP fighters attacked Ngalda village and burned its market on Sunday.");
        ActorRef doer = new ActorRef("Boko Haram/ISWAP fighters", "fighters");
        ActorRef village = new ActorRef("Ngalda village", "village");
        assertThat(kinds.doersOwnWords(armedGroup("ISWAP"), village, doer, armedGroup("Boko Haram/ISWAP fighters"), s))
                .isTrue();
        // no target phrase at all: the party found is still the doer's words
        assertThat(kinds.doersOwnWords(armedGroup("ISWAP"), null, doer, armedGroup("Boko Haram/ISWAP fighters"), s))
                .isTrue();
    }

    @Test
    void aTargetPartyReadFromTheTargetsWordsOrOtherWordsStays() {
        List<Sentence> s = told("Gunmen of the 9th Brigade attacked gunmen guarding a depot in Dalbo on Sunday.");
        ActorRef doer = new ActorRef("Gunmen of the 9th Brigade", "gunmen");
        // read from the target's own phrase
        assertThat(kinds.doersOwnWords(armedGroup("gunmen guarding a depot"), new ActorRef("gunmen guarding a depot",
                "gunmen"), doer, armedGroup("Gunmen of the 9th Brigade"), s)).isFalse();
        // words of the sentence that are not the doer's
        assertThat(kinds.doersOwnWords(armedGroup("depot"), new ActorRef("Dalbo", "dalbo"), doer,
                armedGroup("Gunmen of the 9th Brigade"), s)).isFalse();
        // an unidentified armed group read from a generic word may be anyone's
        assertThat(kinds.doersOwnWords(new Typing.Party(true, false, true, false, true, "Gunmen"), new ActorRef("Dalbo",
                "dalbo"), doer, armedGroup("Gunmen of the 9th Brigade"), s)).isFalse();
        // no party found for the doer: nothing to compare with
        assertThat(kinds.doersOwnWords(armedGroup("Gunmen"), new ActorRef("Dalbo", "dalbo"), doer, Typing.Party.NONE, s))
                .isFalse();
    }
}
