package edu.stanford.nlp.parser.nndep;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether scores computed from the rounded (float) hidden-layer table pick the same transition as the exact
 * (double) scores would, for every set of transitions the parser may allow.
 *
 * <p>CoreNLP takes the first highest-scoring transition among those allowed, and a transition is allowed or not by
 * its group alone: shift; left or right arc; with the root label or another (ArcStandard.canApply). So the choice
 * is the same whenever, in each group, the approximate leader beats every other member by more than both error
 * bounds, and the group leaders' intervals are pairwise disjoint. Otherwise the caller scores in double.
 *
 * <p>The bound follows the error through the network. Each precomputed hidden-layer contribution rounded to float
 * is off by at most 2^-24 of its magnitude, so a hidden unit's pre-activation by {@code delta = 2^-24 * sum |row|}
 * plus the double sums' own rounding (Higham, Accuracy and Stability of Numerical Algorithms, 3.1); the cube by
 * {@code 3 delta (|a| + delta)^2} plus its rounding; a score by the sum of |W2| times those, bounded by the
 * smallest of three norm products (Cauchy-Schwarz and two Hoelder bounds). Scores summed in float by
 * {@link OutputLayer#inFloat} add their own rounding, bounded the same way ({@link #addFloatOutputError}). Read-only
 * once built; shared by threads.
 */
final class ScoreScreen {
    /** Float's unit roundoff, with a margin for the bound's own double arithmetic. */
    private static final double FLOAT_UNIT = 0x1p-24 * 1.0001;
    /** Twice gamma(50) in double (the hidden sums of both paths, at most 48 features and the bias), rounded up. */
    private static final double HIDDEN_SUM_ROUNDING = 2e-14;
    /** Twice gamma(2) in double (the cube of both paths), rounded up. */
    private static final double CUBE_ROUNDING = 5e-16;
    /** Covers float underflow: a contribution rounded to a subnormal float is off by at most 2^-150 (48 of them). */
    private static final double UNDERFLOW = 1e-40;
    /** Margin on the final bound for the rounding of the norms and of this computation itself. */
    private static final double MARGIN = 1.01;

    private final int hiddenSize;
    private final int outputs;
    /** Twice gamma(hidden size) in double, rounded up: the output sums of both paths. */
    private final double outputRounding;
    /** Per output: Euclidean norm, largest magnitude and sum of magnitudes of its weights. */
    private final double[] norm2;
    private final double[] maxAbs;
    private final double[] norm1;
    /** Output indices by the group that decides whether a transition is allowed. */
    private final int[][] groups;

    /**
     * @param w2          the output weights, {@code w2[o][h]}
     * @param transitions the transitions in output order: "S", "L(label)", "R(label)"
     * @param rootLabel   the label of an arc from the root
     */
    ScoreScreen(float[][] w2, List<String> transitions, String rootLabel) {
        outputs = w2.length;
        hiddenSize = w2[0].length;
        double n = hiddenSize + 1;
        outputRounding = 2.5 * n * 0x1p-53 / (1 - n * 0x1p-53);
        norm2 = new double[outputs];
        maxAbs = new double[outputs];
        norm1 = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            double squares = 0;
            for (int h = 0; h < hiddenSize; h++) {
                double a = Math.abs((double) w2[o][h]);
                squares += a * a;
                maxAbs[o] = Math.max(maxAbs[o], a);
                norm1[o] += a;
            }
            norm2[o] = Math.sqrt(squares);
        }
        List<List<Integer>> byGroup = new ArrayList<>();
        for (int g = 0; g < 5; g++) {
            byGroup.add(new ArrayList<>());
        }
        for (int o = 0; o < outputs; o++) {
            byGroup.get(group(transitions.get(o), rootLabel)).add(o);
        }
        groups = byGroup.stream().filter(l -> !l.isEmpty())
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** As ArcStandard.canApply reads a transition: its kind, and for an arc whether its label is the root's. */
    private static int group(String transition, String rootLabel) {
        if (transition.startsWith("L") || transition.startsWith("R")) {
            boolean root = transition.substring(2, transition.length() - 1).equals(rootLabel);
            return (transition.startsWith("L") ? 1 : 3) + (root ? 1 : 0);
        }
        return 0;
    }

    /**
     * Bound on the error of a hidden unit's sum whose table rows (magnitudes summing to {@code rows}) were rounded
     * to float and summed in double, beside exact terms whose magnitudes sum to at most {@code exact}.
     */
    static double roundedRowsError(double rows, double exact) {
        return FLOAT_UNIT * rows + HIDDEN_SUM_ROUNDING * (rows + exact) + UNDERFLOW;
    }

    /** As {@link #roundedRowsError}, the {@code count} rounded rows being summed in float: gamma(count) more. */
    static double floatSumError(int count, double rows, double exact) {
        return roundedRowsError(rows, exact) + floatGamma(count) * rows;
    }

    /** Higham's gamma(n) for float, with a margin: the relative error bound of a float sum of n + 1 terms. */
    static double floatGamma(int n) {
        return 1.0001 * n * 0x1p-24 / (1 - n * 0x1p-24);
    }

    /**
     * A cheaper, coarser bound for a uniform error {@code delta} of every pre-activation, from the largest magnitude
     * of the pre-activations alone (the Hoelder bound with the sum of each output's weight magnitudes).
     */
    double[] coarseBounds(double maxPreActivation, double delta) {
        double reach = maxPreActivation + delta;
        double error = 3 * delta * reach * reach + CUBE_ROUNDING * reach * reach * reach;
        double cube = reach * reach * reach;
        double[] bound = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            bound[o] = MARGIN * norm1[o] * ((1 + outputRounding) * error + outputRounding * cube);
        }
        return bound;
    }

    /**
     * The bound on |approximate - exact| of each score.
     *
     * @param preActivation the approximate hidden layer before the cube (sums plus bias)
     * @param delta         per hidden unit, a bound on the error of its pre-activation, plus {@code uniform} (null: 0)
     * @param cubed         the approximate hidden layer after the cube
     */
    double[] bounds(double[] preActivation, double[] delta, double uniform, double[] cubed) {
        double errorSum = 0;
        double errorSquares = 0;
        double errorMax = 0;
        double cubeSum = 0;
        double cubeSquares = 0;
        double cubeMax = 0;
        for (int h = 0; h < hiddenSize; h++) {
            double d = delta == null ? uniform : delta[h] + uniform;
            double reach = Math.abs(preActivation[h]) + d;
            double e = 3 * d * reach * reach + CUBE_ROUNDING * reach * reach * reach;
            errorSum += e;
            errorSquares += e * e;
            errorMax = Math.max(errorMax, e);
            double c = Math.abs(cubed[h]);
            cubeSum += c;
            cubeSquares += c * c;
            cubeMax = Math.max(cubeMax, c);
        }
        double errorNorm = Math.sqrt(errorSquares);
        double cubeNorm = Math.sqrt(cubeSquares);
        double[] bound = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            double propagated = Math.min(norm2[o] * errorNorm, Math.min(maxAbs[o] * errorSum, norm1[o] * errorMax));
            double products = Math.min(norm2[o] * cubeNorm, Math.min(maxAbs[o] * cubeSum, norm1[o] * cubeMax));
            bound[o] = MARGIN * ((1 + outputRounding) * propagated + outputRounding * products);
        }
        return bound;
    }

    /**
     * The bounds for the same scores summed in float: {@code bound} plus {@code rounding} (the float sum's relative
     * error, {@link OutputLayer#floatRounding}) times the sum of the products' magnitudes, itself bounded from the
     * cubed hidden layer's largest magnitude, sum of magnitudes and Euclidean norm; plus what underflow can lose: at
     * most 2^-150 in the cube rounded to float (times the weight) and in the product (float additions of subnormals
     * are exact), doubled for margin.
     */
    double[] addFloatOutputError(double[] bound, double cubeMax, double cubeSum, double cubeNorm, double rounding) {
        double[] out = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            double products = Math.min(norm2[o] * cubeNorm, Math.min(maxAbs[o] * cubeSum, norm1[o] * cubeMax));
            out[o] = bound[o] + MARGIN * rounding * products + (norm1[o] + hiddenSize) * 0x1p-149;
        }
        return out;
    }

    /** Whether the approximate scores, each within its bound of the exact one, choose as the exact scores would. */
    boolean decides(double[] scores, double[] bound) {
        int[] leaders = new int[groups.length];
        for (int g = 0; g < groups.length; g++) {
            int[] group = groups[g];
            int lead = group[0];
            for (int o : group) {
                if (!Double.isFinite(scores[o]) || !Double.isFinite(bound[o])) {
                    return false;
                }
                if (scores[o] > scores[lead]) {
                    lead = o;
                }
            }
            for (int o : group) {
                if (o != lead && !apart(scores, bound, lead, o)) {
                    return false;
                }
            }
            leaders[g] = lead;
        }
        for (int g = 0; g < leaders.length; g++) {
            for (int k = g + 1; k < leaders.length; k++) {
                int a = scores[leaders[g]] >= scores[leaders[k]] ? leaders[g] : leaders[k];
                int b = a == leaders[g] ? leaders[k] : leaders[g];
                if (!apart(scores, bound, a, b)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether score {@code high} exceeds score {@code low} by more than both bounds, with room for this subtraction's rounding. */
    private static boolean apart(double[] scores, double[] bound, int high, int low) {
        return scores[high] - scores[low] > (bound[high] + bound[low]) * (1 + 1e-9);
    }
}
