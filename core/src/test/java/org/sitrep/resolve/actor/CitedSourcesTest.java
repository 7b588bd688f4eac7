package org.sitrep.resolve.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CitedSources: what a sentence's cited sources say about its sides. */
class CitedSourcesTest {
    private static final ActorDictionary D = ActorDictionary.load();
    private static final CitedSources SOURCES = new CitedSources(D);

    private static ActorRoles.Clause clause(String s, String source) {
        return new ActorRoles.Clause(s, 0, "", "KE", "Kenya", null, null, List.of(source), "");
    }

    @Test
    void aSpeakerSayingTheyActedAfterThreeWordsAndThatIsItsState() {
        // speaker-pronouns.tsv: "they" as well as "it"; up to three words and "that" between verb and pronoun
        String s = "The Kenyan Defence Ministry said late on Monday that they had cleared the road.";
        assertThat(SOURCES.speakerActing(clause(s, "The Kenyan Defence Ministry"), null).name())
                .isEqualTo("Government of Kenya");
        // four words between the verb and the pronoun: too far to be the speaker's own act
        String far = "The Kenyan Defence Ministry said late on Monday night they had cleared the road.";
        assertThat(SOURCES.speakerActing(clause(far, "The Kenyan Defence Ministry"), null)).isNull();
    }

    @Test
    void theVerbMayFollowACommaButNoOtherPunctuation() {
        String comma = "The Kenyan Defence Ministry, said it had cleared the road.";
        assertThat(SOURCES.speakerActing(clause(comma, "The Kenyan Defence Ministry"), null)).isNotNull();
        String colon = "The Kenyan Defence Ministry: said it had cleared the road.";
        assertThat(SOURCES.speakerActing(clause(colon, "The Kenyan Defence Ministry"), null)).isNull();
        // "its" is no pronoun of the list
        String its = "The Kenyan Defence Ministry said its troops had cleared the road.";
        assertThat(SOURCES.speakerActing(clause(its, "The Kenyan Defence Ministry"), null)).isNull();
    }
}
