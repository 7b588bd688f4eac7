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

    /** A model's scores raised by up to a position's error, as the screened normaliser raises them. */
    private static final class Raised implements TagViterbi.Screened {
        private final Model exact;
        private final double[] error;

        Raised(Model exact, double[] error) {
            this.exact = exact;
            this.error = error;
        }

        @Override
        public double error(int pos) {
            return error[pos];
        }

        @Override
        public int length() {
            return exact.length();
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
            return exact.getPossibleValues(position);
        }

        @Override
        public double[] scoresOf(int[] sequence, int position) {
            double[] out = exact.scoresOf(sequence, position);
            Random raise = new Random(position * 31L + sequence[position - 1] * 7L + sequence[position - 2]);
            for (int j = 0; j < out.length; j++) {
                out[j] += raise.nextDouble() * error[position];
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

    /** Runs screened models against their exact ones; returns how many the screen decided. */
    private static int screenedAgreesWithCoreNlp(double[] levels, double maxError, long seed) {
        Random random = new Random(seed);
        int decided = 0;
        for (int i = 0; i < 3000; i++) {
            Model model = new Model(random, levels);
            double[] error = new double[model.length() + 2];
            for (int pos = 2; pos < error.length; pos++) {
                error[pos] = random.nextDouble() * maxError;
            }
            int[] screened = TagViterbi.screenedSequence(new Raised(model, error));
            if (screened != null) {
                assertThat(screened).as("model %d", i).containsExactly(new ExactBestSequenceFinder().bestSequence(model));
                decided++;
            }
        }
        return decided;
    }

    @Test
    void theScreenDecidesOnlyWhatTheExactScoresDecideAlike() {
        double[] spread = {-0.1, -0.7, -1.3, -2.9, -4.4, -6.1, -9.5};
        // errors far below the gaps between scores: nearly every model is decided, ties never
        assertThat(screenedAgreesWithCoreNlp(spread, 1e-6, 4)).isGreaterThan(2000);
        // errors as large as the gaps: many models go back to the exact scores, and none is decided wrongly
        int rough = screenedAgreesWithCoreNlp(spread, 0.5, 5);
        assertThat(rough).isLessThan(2500).isGreaterThan(0);
        // exact ties among the scores are never decided by the screen
        assertThat(screenedAgreesWithCoreNlp(new double[] {-0.5, -1.0, -1.5, -2.0}, 1e-12, 6)).isLessThan(3000);
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
