package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.pipeline.TestPipeline;

/**
 * What the words for a side say of it ({@link ParticipantWords}): armed people are no crowd, members belong to
 * their organisation, a group of residents or vigilantes is a crowd, someone off duty is a noncombatant.
 */
class ParticipantWordsTest {
    private final ParticipantWords words = new ParticipantWords();

    @Test
    void armedPeopleAreNoCrowdAndMembersBelongToTheirOrganisation() {
        ParticipantWords w = new ParticipantWords();
        assertThat(w.of(new ActorRef("three armed inmates", "inmates"))).isEqualTo(ParticipantWords.Kind.ARMED);
        assertThat(w.of(new ActorRef("dozens of inmates", "dozens"))).isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(w.of(new ActorRef("two groups", "groups"))).isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(w.of(new ActorRef("two armed groups", "groups"))).isNotEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(w.of(new ActorRef("gang members", "members"))).isEqualTo(ParticipantWords.Kind.UNKNOWN);
        assertThat(w.of(new ActorRef("community members", "members"))).isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(w.of(new ActorRef("a group of vigilantes", "group"))).isEqualTo(ParticipantWords.Kind.CROWD);
        assertThat(w.noncombatantIn("Gunmen shot dead a police officer who was off duty in Celaya.")).isTrue();
    }

    @Test
    void aNoncombatantWordEndingTheSentenceOrQuotedStillCounts() {
        assertThat(words.noncombatantIn("Two gunmen shot dead a prison warder who was off-duty.")).isTrue();
        assertThat(words.noncombatantIn("Two gunmen shot dead a prison warder who was 'off-duty'.")).isTrue();
        assertThat(words.of(new ActorRef("a soldier, \"retired\"", "soldier"))).isEqualTo(ParticipantWords.Kind.UNARMED);
        assertThat(words.noncombatantIn("Two gunmen shot dead a prison warder on duty.")).isFalse();
    }

    @Test
    void aPolicemanShotWhenOffDutyAtTheSentencesEndIsAnAttackOnACivilian() {
        assertThat(TestPipeline.firstSubType("On 3 June 2021, gunmen on a motorbike shot dead a police officer in "
                + "Rutara who was off-duty.")).isEqualTo("Attack");
    }
}
