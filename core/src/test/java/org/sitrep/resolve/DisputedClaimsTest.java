package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.CountRole;
import org.sitrep.model.EventMention;
import org.sitrep.model.Status;
import org.sitrep.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

/** Denials dispute the claims they answer, including a denial in the sentence after the claim. */
class DisputedClaimsTest {

    private static EventMention only(String text) {
        List<EventMention> ms = TestPipeline.mentionsOf(text);
        assertThat(ms).hasSize(1);
        return ms.get(0);
    }

    private static List<String> deniers(EventMention m) {
        return m.deniedBy().stream().map(Actor::text).toList();
    }

    @Test
    void aDenialOfTheClaimInTheNextSentenceDisputesIt() {
        EventMention m = only("Rebels said on Saturday they had captured the town of Kidal. The army denied the claim.");
        assertThat(m.type().subEventType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(m.status()).isEqualTo(Status.DISPUTED);
        assertThat(deniers(m)).containsExactly("The army");
    }

    @Test
    void aDeniedResponsibilityDisputesTheAttackBefore() {
        EventMention m = only("Gunmen fired mortars at a crowded market in Aleppo on Monday, killing six people, "
                + "state television said. The group denied responsibility.");
        assertThat(m.status()).isEqualTo(Status.DISPUTED);
        assertThat(m.counts().get(CountRole.FATALITIES).value()).isEqualTo(6);
        assertThat(deniers(m)).containsExactly("The group");
    }

    @Test
    void aDenialOfSomethingElseLeavesTheEventStanding() {
        EventMention m = only("Gunmen fired mortars at a crowded market in Aleppo on Monday, killing six people. "
                + "The minister denied the rumours about his health.");
        assertThat(m.status()).isEqualTo(Status.OCCURRED);
        assertThat(m.deniedBy()).isEmpty();
    }

    @Test
    void aPassiveDenialOfAccessDisputesNothing() {
        EventMention m = only("Fighters shelled the outskirts of Kidal on Monday. Aid agencies were denied access to the town.");
        assertThat(m.status()).isEqualTo(Status.OCCURRED);
        assertThat(m.deniedBy()).isEmpty();
    }

    @Test
    void officialsDismissedAfterADeadlyProtestDisputeNothing() {
        List<EventMention> ms = TestPipeline.mentionsOf("Police fired on protesters in Jalalabad on Sunday. One protester "
                + "was killed. The governor said two police commanders had been dismissed over the shooting.");
        assertThat(ms).isNotEmpty().allSatisfy(m -> assertThat(m.deniedBy()).isEmpty());
    }

    @Test
    void aDenialTwoSentencesLaterDoesNotReachBack() {
        EventMention m = only("Gunmen fired mortars at a crowded market in Aleppo on Monday, killing six people. "
                + "Shops stayed closed on Tuesday. The group denied the claim.");
        assertThat(m.status()).isEqualTo(Status.OCCURRED);
    }
    @Test
    void aGroupDenyingFiringTheRocketsIsTheDenierAndTheNamedFirer() {
        EventMention m = only("Al-Shabaab denied firing the rockets at an army base in Kismayo on Monday.");
        assertThat(m.status()).isEqualTo(Status.DENIED);
        assertThat(deniers(m)).containsExactly("Al-Shabaab");
        assertThat(m.deniedBy().get(0).name()).isEqualTo(m.actor1().name());
        assertThat(m.actor1().text()).isEqualTo("Al-Shabaab");
    }

    @Test
    void theGroupDeniedFiringTheRocketsReportedBeforeDisputesThem() {
        EventMention m = only("Rebels fired rockets at the airport in Goma on Monday, the army said. "
                + "The group denied firing the rockets.");
        assertThat(m.status()).isEqualTo(Status.DISPUTED);
        assertThat(deniers(m)).containsExactly("The group");
    }

    @Test
    void militiaLeadersDenyingAnyRoleInTheAttackAreItsDeniers() {
        EventMention m = only("Militia leaders denied any role in the attack on the village of Tamsa on Sunday.");
        assertThat(m.status()).isEqualTo(Status.DENIED);
        assertThat(deniers(m)).containsExactly("Militia leaders");
    }

    @Test
    void policeDenyingThatOfficersFiredAreTheDeniers() {
        List<EventMention> ms = TestPipeline.mentionsOf("Police denied that officers had fired on the crowd in Nairobi on Friday.");
        assertThat(ms).isNotEmpty().allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(Status.DENIED);
            assertThat(deniers(m)).containsExactly("Police");
        });
    }

    @Test
    void aDenialReportedBySomeoneElseIsTheDeniers() {
        EventMention m = only("A spokesman said the movement denied shelling the market in Goma on Monday.");
        assertThat(m.status()).isEqualTo(Status.DENIED);
        assertThat(deniers(m)).containsExactly("the movement");
        assertThat(m.sources().get(0).attributedTo()).containsExactly("spokesman");
    }

    @Test
    void aDenialInTheFirstPersonIsTheQuotedSpeakers() {
        EventMention m = only("\"We deny firing any rockets at Goma,\" the group said in a statement on Monday.");
        assertThat(m.status()).isEqualTo(Status.DENIED);
        assertThat(deniers(m)).containsExactly("the group");
    }
}
