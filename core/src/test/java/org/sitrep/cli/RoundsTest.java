// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundsTest {
    @Test
    void theFirstRoundRunsOnePassOfEachPhaseThenBlocksAsLongAsTheSlowestPass() {
        Rounds rounds = new Rounds(3, 5, 10);
        for (int p : rounds.order()) {
            assertThat(rounds.passesThisRound(p)).isEqualTo(1);
        }
        rounds.record(0, 1, 0.50);
        rounds.record(1, 1, 0.21);
        rounds.record(2, 1, 0.14);
        rounds.endRound();
        // 0.50 / 0.21 = 2.4 and 0.50 / 0.14 = 3.6, rounded
        assertThat(rounds.perRound()).containsExactly(1, 2, 4);
        assertThat(rounds.passesThisRound(2)).isEqualTo(4);
    }

    @Test
    void theOrderOfThePhasesTurnsByOneEachRound() {
        Rounds rounds = new Rounds(3, 1, 0);
        assertThat(rounds.order()).containsExactly(0, 1, 2);
        rounds.endRound();
        assertThat(rounds.order()).containsExactly(1, 2, 0);
        rounds.endRound();
        assertThat(rounds.order()).containsExactly(2, 0, 1);
        rounds.endRound();
        assertThat(rounds.order()).containsExactly(0, 1, 2);
    }

    @Test
    void roundsGoOnUntilEveryPhaseHasItsPassesAndItsFloorOfWallTime() {
        Rounds rounds = new Rounds(2, 3, 1.0);
        assertThat(rounds.done()).isFalse();
        rounds.record(0, 1, 0.6);
        rounds.record(1, 1, 0.3);
        rounds.endRound();
        assertThat(rounds.done()).isFalse(); // one pass each, under the floor
        rounds.record(0, 1, 0.6);
        rounds.record(1, 2, 0.6);
        rounds.endRound();
        assertThat(rounds.done()).isFalse(); // phase 0 has 1.2 s but only 2 of its 3 passes
        rounds.record(0, 1, 0.6);
        rounds.record(1, 2, 0.6);
        rounds.endRound();
        assertThat(rounds.done()).isTrue();
        assertThat(rounds.passes(0)).isEqualTo(3);
        assertThat(rounds.passes(1)).isEqualTo(5);
        assertThat(rounds.seconds(1)).isEqualTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rounds.rounds()).isEqualTo(3);
    }

    @Test
    void aPhaseWithNoMeasurableTimeStillRunsAPassPerRound() {
        assertThat(Rounds.perRound(new double[] {0.4, 0.0, 0.1})).containsExactly(1, 1, 4);
    }

    @Test
    void noPhaseIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Rounds(0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
