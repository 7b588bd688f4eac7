package edu.stanford.nlp.tagger.maxent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.SequenceModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortened Viterbi chooses CoreNLP's sequence, ties and rounding included. */
class TagViterbiTest {
    /** Scores that depend on the two earlier tags and the position, drawn from a few values so that sums tie. */
    private static final class Model implements SequenceModel {
        private final int[][] values;
        private final double[] levels;
        private final long seed;

        Model(Random random, double[] levels) {
            int length = 1 + random.nextInt(12);
            values = new int[length + 2][];
            values[0] = new int[] {-1};
            values[1] = new int[] {-1};
            for (int pos = 2; pos < values.length; pos++) {
                List<Integer> tags = new ArrayList<>();
                for (int t = 0; t < 9; t++) {
                    tags.add(t);
                }
                Collections.shuffle(tags, random);
                int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 9 : 4);
                values[pos] = tags.subList(0, n).stream().mapToInt(Integer::intValue).toArray();
            }
            this.levels = levels;
            this.seed = random.nextLong();
        }

        @Override
        public int length() {
            return values.length - 2;
        }

        @Override
        public int leftWindow() {
            return 2;
        }

        @Override
        public int rightWindow() {
            return 0;
        }

        @Override
        public int[] getPossibleValues(int position) {
            return values[position];
        }

        @Override
        public double[] scoresOf(int[] sequence, int position) {
            double[] out = new double[values[position].length];
            for (int j = 0; j < out.length; j++) {
                long h = seed ^ (position * 1_000_003L) ^ (sequence[position - 2] * 10_007L)
                        ^ (sequence[position - 1] * 101L) ^ values[position][j];
                out[j] = levels[(int) Math.floorMod(new Random(h).nextLong(), (long) levels.length)];
            }
            return out;
        }

        @Override
        public double scoreOf(int[] sequence, int position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public double scoreOf(int[] sequence) {
            throw new UnsupportedOperationException();
        }
    }

    private static void agreesWithCoreNlp(double[] levels, long seed) {
        Random random = new Random(seed);
        int compared = 0;
        for (int i = 0; i < 3000; i++) {
            Model model = new Model(random, levels);
            int[] expected;
            try {
                expected = new ExactBestSequenceFinder().bestSequence(model);
            } catch (RuntimeException e) {
                // every sequence impossible: CoreNLP's backtrace fails, and so must this one
                assertThatThrownBy(() -> TagViterbi.bestSequence(model))
                        .isInstanceOf(e.getClass());
                continue;
            }
            assertThat(TagViterbi.bestSequence(model)).as("model %d", i).containsExactly(expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(2000);
    }

    @Test
    void exactTiesKeepTheFirstPredecessor() {
        agreesWithCoreNlp(new double[] {-0.5, -1.0, -1.5, -2.0}, 1);
    }

    @Test
    void sumsThatRoundEqualKeepTheFirstPredecessor() {
        // scores a few units apart at the 1e16 scale, where adding them rounds distinct values together
        agreesWithCoreNlp(new double[] {-1e16, -1e16 - 2, -1e16 - 4, -3.0, -1.0}, 2);
    }

    @Test
    void impossibleWindowsAndSpreadScores() {
        agreesWithCoreNlp(new double[] {Double.NEGATIVE_INFINITY, -0.1, -2.3, -7.9, -0.1 - 1e-17}, 3);
    }
}
