package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * The neural dependency parser's network, scored with the same arithmetic in a faster order; the parse is
 * bit-for-bit the one CoreNLP's own {@link Classifier} gives.
 *
 * <p>CoreNLP scores each transition with dot products whose sums run one after another (a hidden layer of
 * 1,000 units times 85 outputs, and 1,000 sums of 50 for each feature not precomputed), so the processor waits
 * on every addition: the parse was half of Sitrep's pipeline (docs/benchmarks.md). Here the weight matrices are
 * stored column by column, so the same sums, in the same order for each output, run side by side; every
 * product and every partial sum is the same IEEE value as CoreNLP's, so the scores and the parse are identical.
 * The values CoreNLP precomputed at load are shared, not copied. Features CoreNLP would compute through its
 * least-recently-used cache (under one lock for all threads) are kept in a direct-mapped cache of immutable
 * entries that threads share without a lock (a lost entry is only computed again).
 *
 * <p>This class sits in CoreNLP's package because the method it replaces, {@code computeScores}, is
 * package-private; {@link #install} swaps it into a loaded parser.
 */
public final class TransposedClassifier extends Classifier {
    /** Cached features: 8,192 of 4 KB at most (32 MB); on 200 dev notes 8 in 10 lookups hit from the second pass. */
    private static final int CACHE_SLOTS = 1 << 13;

    private final int hiddenSize;
    private final int numTokens;
    private final int embeddingSize;
    private final int outputs;
    private final float[] b1;
    private final float[][] embeddings;
    /** W1 by column: {@code w1ByColumn[c][h] == W1[h][c]}. */
    private final float[][] w1ByColumn;
    /** W2 by column, widened (exactly) to double: {@code w2ByColumn[h][o] == W2[o][h]}. */
    private final double[][] w2ByColumn;
    /** CoreNLP's precomputed hidden-layer contributions, and where each feature's row is. */
    private final double[][] saved;
    private final PrecomputedRows rows;
    private final Slice[] slices = new Slice[CACHE_SLOTS];

    /** A feature's hidden-layer contribution, rounded to float as CoreNLP's cache rounds it. */
    private record Slice(int feature, float[] values) {
    }

    private TransposedClassifier(Config config, Classifier stock, Map<Integer, Integer> preMap, double[][] saved) {
        super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
        float[][] w1 = stock.getW1();
        float[][] w2 = stock.getW2();
        this.hiddenSize = config.hiddenSize;
        this.numTokens = config.numTokens;
        this.embeddingSize = config.embeddingSize;
        this.outputs = w2.length;
        this.b1 = stock.getb1();
        this.embeddings = stock.getE();
        this.w1ByColumn = new float[w1[0].length][hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            for (int c = 0; c < w1[h].length; c++) {
                w1ByColumn[c][h] = w1[h][c];
            }
        }
        this.w2ByColumn = new double[hiddenSize][outputs];
        for (int o = 0; o < outputs; o++) {
            for (int h = 0; h < hiddenSize; h++) {
                w2ByColumn[h][o] = w2[o][h];
            }
        }
        this.saved = saved;
        this.rows = new PrecomputedRows(preMap);
    }

    /**
     * Replaces the loaded parser's classifier by this one, reusing its weights and precomputed values.
     *
     * @throws IllegalStateException if this CoreNLP's parser is not laid out as expected
     */
    public static void install(DependencyParser parser) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            Field configField = DependencyParser.class.getDeclaredField("config");
            Field preMapField = Classifier.class.getDeclaredField("preMap");
            Field savedField = Classifier.class.getDeclaredField("saved");
            for (Field f : List.of(classifierField, configField, preMapField, savedField)) {
                f.setAccessible(true);
            }
            Classifier stock = (Classifier) classifierField.get(parser);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) preMapField.get(stock);
            TransposedClassifier fast = new TransposedClassifier((Config) configField.get(parser), stock, preMap,
                    (double[][]) savedField.get(stock));
            // the training-only gradient histories every Classifier allocates (about 50 MB) are never read in parsing
            for (String training : List.of("eg2E", "eg2W1", "eg2W2", "eg2b1")) {
                Field f = Classifier.class.getDeclaredField(training);
                f.setAccessible(true);
                f.set(fast, null);
            }
            classifierField.set(parser, fast);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("unexpected layout of CoreNLP's dependency parser", e);
        }
    }

    @Override
    double[] computeScores(int[] feature) {
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            int row = rows.get(index);
            if (row >= 0) {
                double[] s = saved[row];
                for (int h = 0; h < hiddenSize; h++) {
                    hidden[h] += s[h];
                }
            } else {
                float[] s = slice(index, tok, offset);
                for (int h = 0; h < hiddenSize; h++) {
                    hidden[h] += s[h];
                }
            }
            offset += embeddingSize;
        }
        for (int h = 0; h < hiddenSize; h++) {
            double v = hidden[h] + b1[h];
            hidden[h] = v * v * v;
        }
        double[] scores = new double[outputs];
        for (int h = 0; h < hiddenSize; h++) {
            double v = hidden[h];
            double[] w = w2ByColumn[h];
            for (int o = 0; o < outputs; o++) {
                scores[o] += v * w[o];
            }
        }
        return scores;
    }

    /** The hidden-layer contribution of one feature not precomputed: CoreNLP's sums of float products, rounded to float. */
    private float[] slice(int index, int tok, int offset) {
        int slot = Math.floorMod(index * 0x9E3779B9, CACHE_SLOTS);
        Slice cached = slices[slot];
        if (cached != null && cached.feature() == index) {
            return cached.values();
        }
        double[] partial = new double[hiddenSize];
        float[] e = embeddings[tok];
        for (int k = 0; k < embeddingSize; k++) {
            float ek = e[k];
            float[] w = w1ByColumn[offset + k];
            for (int h = 0; h < hiddenSize; h++) {
                partial[h] += w[h] * ek;
            }
        }
        float[] values = new float[hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            values[h] = (float) partial[h];
        }
        slices[slot] = new Slice(index, values);
        return values;
    }

    /** Feature index to row of the precomputed table: open addressing over ints, without boxing. */
    private static final class PrecomputedRows {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        PrecomputedRows(Map<Integer, Integer> preMap) {
            int capacity = Integer.highestOneBit(Math.max(4, preMap.size() * 4) - 1) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            mask = capacity - 1;
            java.util.Arrays.fill(values, -1);
            for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
                int i = slot(e.getKey());
                while (values[i] >= 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = e.getKey();
                values[i] = e.getValue();
            }
        }

        private int slot(int key) {
            return (key * 0x9E3779B9 >>> 7) & mask;
        }

        int get(int key) {
            for (int i = slot(key); values[i] >= 0; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return -1;
        }
    }
}
