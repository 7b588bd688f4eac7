package edu.stanford.nlp.parser.nndep;

/**
 * A feature's contribution to the parser's hidden layer (its embedding times its block of W1): exactly as CoreNLP
 * computes it, or in float with a bound on the difference, cached for the features CoreNLP does not precompute.
 * Read-only once built but for the cache, a direct-mapped array of immutable entries that threads share without a
 * lock (a lost entry is only computed again).
 */
final class FeatureContributions {
    /** Cached features: 8,192 of 4 KB at most (32 MB); on 200 dev notes 8 in 10 lookups hit from the second pass. */
    private static final int CACHE_SLOTS = 1 << 13;

    private final int hiddenSize;
    private final int embeddingSize;
    private final float[][] embeddings;
    /** W1 by column: {@code w1ByColumn[c][h] == W1[h][c]}. */
    private final float[][] w1ByColumn;
    private final Slice[] slices = new Slice[CACHE_SLOTS];

    /** A feature's contribution in float, its largest magnitude, and a bound on its difference from CoreNLP's. */
    record Slice(int feature, float[] values, double maxAbs, double error) {
    }

    FeatureContributions(float[][] w1, float[][] embeddings, int embeddingSize) {
        this.hiddenSize = w1.length;
        this.embeddingSize = embeddingSize;
        this.embeddings = embeddings;
        this.w1ByColumn = new float[w1[0].length][hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            for (int c = 0; c < w1[h].length; c++) {
                w1ByColumn[c][h] = w1[h][c];
            }
        }
    }

    /**
     * The hidden-layer contribution of one feature not precomputed, its float products summed in float (vectorized;
     * CoreNLP sums them in double, then rounds to float), with the bound on the difference: gamma(embedding size)
     * times the largest sum of the products' magnitudes, and the rounding to float.
     */
    Slice slice(int index, int tok, int offset) {
        int slot = Math.floorMod(index * 0x9E3779B9, CACHE_SLOTS);
        Slice cached = slices[slot];
        if (cached != null && cached.feature() == index) {
            return cached;
        }
        float[] values = new float[hiddenSize];
        float[] magnitudes = new float[hiddenSize];
        float[] e = embeddings[tok];
        for (int k = 0; k < embeddingSize; k++) {
            float ek = e[k];
            float[] w = w1ByColumn[offset + k];
            for (int h = 0; h < hiddenSize; h++) {
                float p = w[h] * ek;
                values[h] += p;
                magnitudes[h] += Math.abs(p);
            }
        }
        double maxAbs = 0;
        double maxMagnitude = 0;
        for (int h = 0; h < hiddenSize; h++) {
            maxAbs = Math.max(maxAbs, Math.abs(values[h]));
            maxMagnitude = Math.max(maxMagnitude, magnitudes[h]);
        }
        // the float sum of magnitudes is itself within gamma of the true one: 1.01 covers it
        double error = (ScoreScreen.floatGamma(embeddingSize + 1) + 0x1p-24) * 1.01 * maxMagnitude + 1e-40;
        Slice computed = new Slice(index, values, maxAbs, error);
        slices[slot] = computed;
        return computed;
    }

    /** One feature's hidden-layer contribution in double: CoreNLP's sums of float products, in its order. */
    double[] exact(int tok, int offset) {
        double[] partial = new double[hiddenSize];
        float[] e = embeddings[tok];
        for (int k = 0; k < embeddingSize; k++) {
            float ek = e[k];
            float[] w = w1ByColumn[offset + k];
            for (int h = 0; h < hiddenSize; h++) {
                partial[h] += w[h] * ek;
            }
        }
        return partial;
    }
}
