package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The output layer's exact form is CoreNLP's sum, and its float form stays within the bound the screen adds for it. */
class OutputLayerTest {
    /** Shift, two left arcs, a left arc from the root, a right arc, a right arc from the root. */
    private static final List<String> TRANSITIONS = List.of("S", "L(nsubj)", "L(obj)", "L(root)", "R(obj)", "R(root)");

    private static float[][] weights(int hidden, Random random) {
        float[][] w2 = new float[TRANSITIONS.size()][hidden];
        for (float[] row : w2) {
            for (int h = 0; h < hidden; h++) {
                row[h] = (float) (random.nextGaussian() * 0.05);
            }
        }
        return w2;
    }

    /** As Classifier.computeScores sums the output layer: per output, the hidden units in order, in double. */
    private static double[] coreNlp(float[][] w2, double[] cubed) {
        double[] scores = new double[w2.length];
        for (int o = 0; o < w2.length; o++) {
            for (int h = 0; h < cubed.length; h++) {
                scores[o] += w2[o][h] * cubed[h];
            }
        }
        return scores;
    }

    /** A hidden layer of pre-activations spread over several scales, so that products cancel and round. */
    private static double[] preActivations(int hidden, Random random, double scale) {
        double[] pre = new double[hidden];
        for (int h = 0; h < hidden; h++) {
            pre[h] = random.nextGaussian() * scale * Math.pow(10, random.nextInt(3) - 1);
        }
        return pre;
    }

    /** The float scores' bound as TransposedClassifier forms it: the screen's bound for an exact hidden layer, plus the float rounding. */
    private static double[] floatBound(ScoreScreen screen, double[] pre, int hidden) {
        double[] cubed = cube(pre);
        double max = 0;
        double sum = 0;
        double squares = 0;
        for (double c : cubed) {
            max = Math.max(max, Math.abs(c));
            sum += Math.abs(c);
            squares += c * c;
        }
        return screen.addFloatOutputError(screen.bounds(pre, null, 0, cubed), max, sum, Math.sqrt(squares),
                OutputLayer.floatRounding(hidden));
    }

    private static double[] cube(double[] pre) {
        double[] out = new double[pre.length];
        for (int h = 0; h < pre.length; h++) {
            out[h] = pre[h] * pre[h] * pre[h];
        }
        return out;
    }

    @Test
    void exactScoresAreCoreNlpsSumsBitForBit() {
        Random random = new Random(5);
        for (int hidden : new int[] {1, 7, 1000}) {
            float[][] w2 = weights(hidden, random);
            OutputLayer layer = new OutputLayer(w2);
            for (int trial = 0; trial < 20; trial++) {
                double[] cubed = cube(preActivations(hidden, random, 1));
                assertThat(layer.exact(cubed)).isEqualTo(coreNlp(w2, cubed));
            }
        }
    }

    @Test
    void floatScoresStayWithinTheirBound() {
        Random random = new Random(11);
        int beyondDoubleBound = 0;
        // whole blocks of four, and one, two and three units after the last whole block
        for (int hidden : new int[] {1000, 1001, 1002, 1003, 3}) {
            float[][] w2 = weights(hidden, random);
            OutputLayer layer = new OutputLayer(w2);
            ScoreScreen screen = new ScoreScreen(w2, TRANSITIONS, "root");
            for (int trial = 0; trial < 200; trial++) {
                double[] pre = preActivations(hidden, random, 1);
                double[] cubed = cube(pre);
                double[] exact = coreNlp(w2, cubed);
                double[] approx = layer.inFloat(cubed);
                double[] bound = floatBound(screen, pre, hidden);
                double[] doubleBound = screen.bounds(pre, null, 0, cubed);
                for (int o = 0; o < exact.length; o++) {
                    double error = Math.abs(approx[o] - exact[o]);
                    assertThat(error).isLessThanOrEqualTo(bound[o]);
                    if (error > doubleBound[o]) {
                        beyondDoubleBound++;
                    }
                }
            }
        }
        // the float rounding is real: without its term the bound would fail
        assertThat(beyondDoubleBound).isGreaterThan(1000);
    }

    @Test
    void floatScoresOfVanishingUnitsStayWithinTheirBound() {
        // cubes around 1e-40 are subnormal in float: their products underflow, which the bound's last term covers
        Random random = new Random(13);
        int hidden = 1000;
        float[][] w2 = weights(hidden, random);
        OutputLayer layer = new OutputLayer(w2);
        ScoreScreen screen = new ScoreScreen(w2, TRANSITIONS, "root");
        for (int trial = 0; trial < 50; trial++) {
            double[] pre = preActivations(hidden, random, 4e-14);
            double[] exact = coreNlp(w2, cube(pre));
            double[] approx = layer.inFloat(cube(pre));
            double[] bound = floatBound(screen, pre, hidden);
            for (int o = 0; o < exact.length; o++) {
                assertThat(Math.abs(approx[o] - exact[o])).isLessThanOrEqualTo(bound[o]);
            }
        }
    }
}
