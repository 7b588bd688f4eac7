package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.resolve.place.Tokenized;

/** JointOperations: a side of several actors under one named operation is that operation. */
class JointOperationsTest {
    private static final JointOperations J = new JointOperations(ActorDictionary.load());

    private static Actor side(String words, String sentence) {
        ActorRoles.Clause c = new ActorRoles.Clause(Tokenized.sentence(sentence, 120), 0, "", "SY", "Syria", null, null,
                List.of(), "");
        return J.joint(new Actor("Military Forces of Turkey", ActorType.FOREIGN_STATE, words), c);
    }

    @Test
    void forcesOfSeveralActorsOperatingUnderANamedOperationAreTheOperation() {
        Actor a = side("Turkish troops and SNA fighters",
                "On 3 March, Turkish troops and SNA fighters, operating under Operation Peace Spring, shelled two farms.");
        assertThat(a).isEqualTo(new Actor("Operation Peace Spring", ActorType.REBEL_GROUP,
                "Turkish troops and SNA fighters"));
        // "under" inside the side's own words, and the operation's initials
        Actor b = side("Turkish troops and opposition rebels under OPS",
                "Turkish troops and opposition rebels under OPS fired mortars at a hill.");
        assertThat(b.name()).isEqualTo("Operation Peace Spring");
        assertThat(b.text()).isEqualTo("Turkish troops and opposition rebels under OPS");
    }

    @Test
    void oneActorUnderAnOperationKeepsItsName() {
        Actor a = side("Turkish troops", "Turkish troops, operating under Operation Peace Spring, shelled two farms.");
        assertThat(a.name()).isEqualTo("Military Forces of Turkey");
    }

    @Test
    void wordsFarFromTheSideOrNamingNoOperationChangeNothing() {
        // "under" after other words of the sentence
        assertThat(side("Turkish troops and SNA fighters",
                "Turkish troops and SNA fighters shelled a farm held by factions under OPS.").name())
                .isEqualTo("Military Forces of Turkey");
        // "under" followed by no named actor, or by a state
        assertThat(side("Turkish troops and SNA fighters",
                "Turkish troops and SNA fighters under heavy fire withdrew from the hill.").name())
                .isEqualTo("Military Forces of Turkey");
        assertThat(side("Turkish troops and SNA fighters",
                "Turkish troops and SNA fighters under the Turkish army shelled a farm.").name())
                .isEqualTo("Military Forces of Turkey");
        // words not in the sentence
        assertThat(side("Turkish troops and SNA fighters", "Shelling hit a farm under OPS control.").name())
                .isEqualTo("Military Forces of Turkey");
    }

    @Test
    void theWordsAreReadOnTheAnnotatedTokens() {
        // commas between the side and the words, and the article's offsets of a sentence deep in its text
        assertThat(side("Turkish troops and SNA fighters",
                "Turkish troops and SNA fighters , , under OPS, shelled two farms.").name())
                .isEqualTo("Operation Peace Spring");
        // the side's words only as part of a longer word: no side found
        assertThat(side("Turkish troops and SNA fighters",
                "Pro-Turkish troops and SNA fighterss, under OPS, shelled two farms.").name())
                .isEqualTo("Military Forces of Turkey");
        // "under" joined to the word before by a hyphen, or with no white space after it
        assertThat(side("Turkish troops and SNA fighters",
                "Turkish troops and SNA fighters-under OPS shelled two farms.").name())
                .isEqualTo("Military Forces of Turkey");
        // a clause of bare text has no tokens to read
        ActorRoles.Clause bare = new ActorRoles.Clause("Turkish troops and SNA fighters, under OPS, shelled two farms.",
                0, "", "SY", "Syria");
        assertThat(J.joint(new Actor("Military Forces of Turkey", ActorType.FOREIGN_STATE,
                "Turkish troops and SNA fighters"), bare).name()).isEqualTo("Military Forces of Turkey");
    }
}
