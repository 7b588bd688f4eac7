package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The screen's bounds hold, and it vouches for a choice only where no error within them could change it. */
class ScoreScreenTest {
    /** Shift, two left arcs, a left arc from the root, a right arc, a right arc from the root. */
    private static final List<String> TRANSITIONS = List.of("S", "L(nsubj)", "L(obj)", "L(root)", "R(obj)", "R(root)");

    private static ScoreScreen screen(int hidden, Random random) {
        float[][] w2 = new float[TRANSITIONS.size()][hidden];
        for (float[] row : w2) {
            for (int h = 0; h < hidden; h++) {
                row[h] = (float) random.nextGaussian();
            }
        }
        return new ScoreScreen(w2, TRANSITIONS, "root");
    }

    @Test
    void vouchesOnlyForClearLeaders() {
        ScoreScreen screen = screen(4, new Random(3));
        double[] bound = {0.01, 0.01, 0.01, 0.01, 0.01, 0.01};
        assertThat(screen.decides(new double[] {5, 3, 1, -2, 4, -6}, bound)).isTrue();
        // two arcs of the same group closer than their bounds: which one leads is not known
        assertThat(screen.decides(new double[] {5, 3, 2.99, -2, 4, -6}, bound)).isFalse();
        // two group leaders closer than their bounds: which one wins when both are allowed is not known
        assertThat(screen.decides(new double[] {5, 3, 1, -2, 4.985, -6}, bound)).isFalse();
        // an unlikely root arc still matters: it may be the only one allowed beside another group's near tie
        assertThat(screen.decides(new double[] {5, 3, 1, -5.995, 4, -6}, bound)).isFalse();
        assertThat(screen.decides(new double[] {5, 3, 1, -2, 4, Double.NaN}, bound)).isFalse();
    }

    @Test
    void boundsHoldForPerturbedHiddenLayers() {
        Random random = new Random(7);
        int hidden = 200;
        float[][] w2 = new float[TRANSITIONS.size()][hidden];
        for (float[] row : w2) {
            for (int h = 0; h < hidden; h++) {
                row[h] = (float) random.nextGaussian();
            }
        }
        ScoreScreen screen = new ScoreScreen(w2, TRANSITIONS, "root");
        for (int trial = 0; trial < 200; trial++) {
            double[] pre = new double[hidden];
            double[] exactPre = new double[hidden];
            double[] delta = new double[hidden];
            double uniform = 1e-6 * random.nextDouble();
            for (int h = 0; h < hidden; h++) {
                pre[h] = random.nextGaussian() * 2;
                delta[h] = 1e-5 * random.nextDouble();
                // the exact value anywhere within the bound, often at its edge (0.999: room for this addition's rounding)
                double shift = random.nextBoolean() ? 0.999 : 1.998 * random.nextDouble() - 0.999;
                exactPre[h] = pre[h] + shift * (delta[h] + uniform) * (random.nextBoolean() ? 1 : -1);
            }
            double[] cubed = cube(pre);
            double[] approx = scores(w2, cubed);
            double[] exact = scores(w2, cube(exactPre));
            double[] bound = screen.bounds(pre, delta, uniform, cubed);
            double largest = 0;
            for (double v : pre) {
                largest = Math.max(largest, Math.abs(v));
            }
            double maxDelta = 0;
            for (double d : delta) {
                maxDelta = Math.max(maxDelta, d);
            }
            double[] coarse = screen.coarseBounds(largest, maxDelta + uniform);
            for (int o = 0; o < approx.length; o++) {
                double error = Math.abs(approx[o] - exact[o]);
                assertThat(error).isLessThanOrEqualTo(bound[o]);
                assertThat(error).isLessThanOrEqualTo(coarse[o]);
                // and not uselessly loose
                assertThat(bound[o]).isLessThan(1e-1);
            }
        }
    }

    @Test
    void errorsOfRoundedAndFloatSummedRowsGrowWithTheirTerms() {
        // a row of magnitude 1 rounded to float is off by at most 2^-24; summed in float over 48 rows, 48 times more
        assertThat(ScoreScreen.roundedRowsError(1, 0)).isBetween(0x1p-24, 0x1p-24 * 1.01);
        assertThat(ScoreScreen.floatSumError(48, 1, 0)).isBetween(49 * 0x1p-24, 49 * 0x1p-24 * 1.01);
        assertThat(ScoreScreen.floatGamma(48)).isGreaterThan(48 * 0x1p-24);
    }

    private static double[] cube(double[] pre) {
        double[] out = new double[pre.length];
        for (int h = 0; h < pre.length; h++) {
            out[h] = pre[h] * pre[h] * pre[h];
        }
        return out;
    }

    private static double[] scores(float[][] w2, double[] cubed) {
        double[] out = new double[w2.length];
        for (int o = 0; o < w2.length; o++) {
            for (int h = 0; h < cubed.length; h++) {
                out[o] += cubed[h] * w2[o][h];
            }
        }
        return out;
    }
}
