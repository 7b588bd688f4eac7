package edu.stanford.nlp.parser.nndep;

/**
 * The parser network's output layer (scores = W2 times the cubed hidden layer), in two forms: exactly as CoreNLP sums
 * it, and in float, four hidden units at a time.
 *
 * <p>After the precomputed table went to float, the output layer (83 outputs of 1,000 products in double, 664 KB of
 * weights read per transition) was about as costly as summing the table's rows. The float form reads half the
 * weights, holds twice the lanes per vector, and adds four units' products before touching the running sums; its
 * rounding is bounded by {@link #floatRounding} times the sum of the products' magnitudes, which
 * {@link ScoreScreen#addFloatOutputError} adds to the screen's bounds, so it is used only where it cannot change the
 * chosen transition. Read-only once built; shared by threads.
 */
final class OutputLayer {
    /** Units summed together in the float form before their sum is added to the running scores. */
    private static final int BLOCK = 4;
    /** Float lanes of the widest vector HotSpot uses here (AVX-512): each float column is padded to a multiple. */
    private static final int LANES = 16;

    private final int hiddenSize;
    private final int outputs;
    private final int padded;
    /** W2 by column, widened (exactly) to double: {@code byColumn[h][o] == W2[o][h]}. */
    private final double[][] byColumn;
    /** W2 by column in float, zero beyond the last output: {@code floatByColumn[h][o] == W2[o][h]}. */
    private final float[][] floatByColumn;

    OutputLayer(float[][] w2) {
        this.outputs = w2.length;
        this.hiddenSize = w2[0].length;
        this.padded = (outputs + LANES - 1) / LANES * LANES;
        this.byColumn = new double[hiddenSize][outputs];
        this.floatByColumn = new float[hiddenSize][padded];
        for (int o = 0; o < outputs; o++) {
            for (int h = 0; h < hiddenSize; h++) {
                byColumn[h][o] = w2[o][h];
                floatByColumn[h][o] = w2[o][h];
            }
        }
    }

    /**
     * The relative rounding of {@link #inFloat}: along any one product's path, the cube rounded to float, the
     * product, the two additions inside its block, then at most one addition into the running score per whole
     * block and per unit left after the last whole block (Higham's gamma of that many roundings).
     */
    static double floatRounding(int hiddenSize) {
        return ScoreScreen.floatGamma(4 + hiddenSize / BLOCK + hiddenSize % BLOCK);
    }

    /** CoreNLP's scores bit for bit: each output's products added in order of the hidden units, in double. */
    double[] exact(double[] cubed) {
        double[] scores = new double[outputs];
        for (int h = 0; h < hiddenSize; h++) {
            double v = cubed[h];
            double[] w = byColumn[h];
            for (int o = 0; o < outputs; o++) {
                scores[o] += v * w[o];
            }
        }
        return scores;
    }

    /** The scores in float, within {@link #floatRounding} of the sum of the products' magnitudes (or infinite). */
    double[] inFloat(double[] cubed) {
        float[] sums = new float[padded];
        int h = 0;
        for (; h + BLOCK <= hiddenSize; h += BLOCK) {
            float c0 = (float) cubed[h];
            float c1 = (float) cubed[h + 1];
            float c2 = (float) cubed[h + 2];
            float c3 = (float) cubed[h + 3];
            float[] w0 = floatByColumn[h];
            float[] w1 = floatByColumn[h + 1];
            float[] w2 = floatByColumn[h + 2];
            float[] w3 = floatByColumn[h + 3];
            for (int o = 0; o < padded; o++) {
                sums[o] += (c0 * w0[o] + c1 * w1[o]) + (c2 * w2[o] + c3 * w3[o]);
            }
        }
        for (; h < hiddenSize; h++) {
            float c = (float) cubed[h];
            float[] w = floatByColumn[h];
            for (int o = 0; o < padded; o++) {
                sums[o] += c * w[o];
            }
        }
        double[] scores = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            scores[o] = sums[o];
        }
        return scores;
    }
}
