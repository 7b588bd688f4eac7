package org.sitrep.spark.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a synthetic report and the draws behind them. */
class WordingTest {
    @Test
    void anotherOutletsFigureIsAtLeastTwoAndRoundInTheHundreds() {
        assertThat(Wording.estimate(0.4)).isEqualTo(2);
        assertThat(Wording.estimate(37.9)).isEqualTo(37);
        assertThat(Wording.estimate(149.0)).isEqualTo(100);
        assertThat(Wording.estimate(1234.5)).isEqualTo(1200);
    }

    @Test
    void capitalizeRaisesOnlyTheFirstLetter() {
        assertThat(Wording.capitalize("police dispersed the crowd")).isEqualTo("Police dispersed the crowd");
        assertThat(Wording.capitalize("")).isEmpty();
    }

    @Test
    void aCountIsWordedWithinTheSameMagnitude() {
        Wording w = new Wording(SynthData.get(), new Chance(3));
        for (int i = 0; i < 200; i++) {
            String said = w.count(40);
            String digits = said.replaceAll("[^0-9]", "");
            if (!digits.isEmpty()) {
                assertThat(Integer.parseInt(digits)).as(said).isBetween(24, 50);
            } else {
                assertThat(said).isEqualTo("dozens of");
            }
        }
    }

    @Test
    void oneSeedGivesOneSequenceOfDraws() {
        List<Integer> a = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        List<Integer> b = new ArrayList<>(a);
        Chance first = new Chance(9);
        Chance second = new Chance(9);
        first.shuffleInPlace(a);
        second.shuffleInPlace(b);
        assertThat(a).isEqualTo(b).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(first.weighted(new int[] {0, 5, 0})).isEqualTo(1);
        assertThat(second.pick(List.of("only"))).isEqualTo("only");
    }
}
