package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * The neural dependency parser's network, scored in a faster order and from a half-size table; the parse is
 * bit-for-bit the one CoreNLP's own {@link Classifier} gives.
 *
 * <p>CoreNLP scores each transition with dot products whose sums run one after another (a hidden layer of
 * 1,000 units times 83 outputs, and 1,000 sums of 50 for each feature not precomputed), so the processor waits
 * on every addition: the parse was half of Sitrep's pipeline (docs/benchmarks.md). Here the weight matrices are
 * stored column by column, so the same sums, in the same order for each output, run side by side; every
 * product and every partial sum is the same IEEE value as CoreNLP's.
 *
 * <p>CoreNLP's precomputed hidden-layer contributions (20,000 rows of 1,000 doubles, 160 MB) are kept rounded to
 * float in one array (80 MB): a transition sums about 45 rows, and reading them was most of a step's time. The
 * scores from the rounded rows are used when {@link ScoreScreen} proves they choose the transition the exact
 * scores would; otherwise (a near tie) the step recomputes the rows it used exactly, as CoreNLP computed them at
 * load, and scores in double. The output layer is likewise summed in float first ({@link OutputLayer}), its rounding
 * one more term of the screen's bound, and in double where the screen cannot vouch for the float scores. Features CoreNLP would compute through its least-recently-used cache (under one lock
 * for all threads) are kept in a direct-mapped cache of immutable entries that threads share without a lock (a
 * lost entry is only computed again).
 *
 * <p>This class sits in CoreNLP's package because the method it replaces, {@code computeScores}, is
 * package-private; {@link #install} swaps it into a loaded parser.
 */
public final class TransposedClassifier extends Classifier {
    private final int hiddenSize;
    private final int numTokens;
    private final int embeddingSize;
    private final float[] b1;
    private final OutputLayer output;
    /** The relative rounding of the output layer summed in float. */
    private final double outputRounding;
    /**
     * CoreNLP's precomputed hidden-layer contributions rounded to float, the largest magnitude of each, and where
     * each feature's row is. One array per row, not one long array: HotSpot 17 vectorizes the sum of rows only so.
     */
    private final float[][] table;
    private final double[] rowMagnitude;
    private final PrecomputedRows rows;
    /** The largest magnitude of the bias: a term of every hidden unit's sum. */
    private final double biasMagnitude;
    private final ScoreScreen screen;
    private final FeatureContributions contributions;

    private TransposedClassifier(Config config, Classifier stock, Map<Integer, Integer> preMap, double[][] saved,
            ParsingSystem system) {
        super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
        float[][] w2 = stock.getW2();
        this.hiddenSize = config.hiddenSize;
        this.numTokens = config.numTokens;
        this.embeddingSize = config.embeddingSize;
        this.b1 = stock.getb1();
        this.output = new OutputLayer(w2);
        this.outputRounding = OutputLayer.floatRounding(hiddenSize);
        this.table = new float[saved.length][hiddenSize];
        this.rowMagnitude = new double[saved.length];
        for (int r = 0; r < saved.length; r++) {
            for (int h = 0; h < hiddenSize; h++) {
                table[r][h] = (float) saved[r][h];
                rowMagnitude[r] = Math.max(rowMagnitude[r], Math.abs((double) table[r][h]));
            }
        }
        this.rows = new PrecomputedRows(preMap);
        double bias = 0;
        for (float b : b1) {
            bias = Math.max(bias, Math.abs((double) b));
        }
        this.biasMagnitude = bias;
        this.screen = new ScoreScreen(w2, system.transitions, system.rootLabel);
        this.contributions = new FeatureContributions(stock.getW1(), stock.getE(), config.embeddingSize);
    }

    /**
     * Replaces the loaded parser's classifier by this one, reusing its weights and precomputed values (once: a
     * parser already scored so is left as it is).
     *
     * @throws IllegalStateException if this CoreNLP's parser is not laid out as expected
     */
    public static void install(DependencyParser parser) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            Field configField = DependencyParser.class.getDeclaredField("config");
            Field systemField = DependencyParser.class.getDeclaredField("system");
            Field preMapField = Classifier.class.getDeclaredField("preMap");
            Field savedField = Classifier.class.getDeclaredField("saved");
            for (Field f : List.of(classifierField, configField, systemField, preMapField, savedField)) {
                f.setAccessible(true);
            }
            Classifier stock = (Classifier) classifierField.get(parser);
            if (stock instanceof TransposedClassifier) {
                // CoreNLP caches loaded parsers: a second load of the model in this JVM returns this one
                return;
            }
            // the screen reads which transitions are allowed together as ArcStandard.canApply decides it
            ParsingSystem system = (ParsingSystem) systemField.get(parser);
            if (!(system instanceof ArcStandard)) {
                throw new IllegalStateException("the parser's transition system is not arc-standard: " + system);
            }
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) preMapField.get(stock);
            TransposedClassifier fast = new TransposedClassifier((Config) configField.get(parser), stock, preMap,
                    (double[][]) savedField.get(stock), system);
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

    /**
     * First every feature's contribution summed in float (vectorized, and the table's rows in half the memory of
     * CoreNLP's doubles) and the output layer in float, screened by a coarse bound and then a finer one, then the same
     * hidden layer through the output layer in double; if the screen cannot vouch for that choice
     * (0.8% of steps on ACLED-style notes), the table's rows summed in double beside CoreNLP's own contributions of
     * the other features; if it still cannot (a near tie: 2 steps in 28,414), CoreNLP's exact scores.
     */
    @Override
    double[] computeScores(int[] feature) {
        float[] sums = new float[hiddenSize];
        double magnitude = biasMagnitude;
        double sliceError = 0;
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            int row = rows.get(index);
            float[] values;
            if (row >= 0) {
                values = table[row];
                magnitude += rowMagnitude[row];
            } else {
                FeatureContributions.Slice s = contributions.slice(index, tok, offset);
                values = s.values();
                magnitude += s.maxAbs();
                sliceError += s.error();
            }
            for (int h = 0; h < hiddenSize; h++) {
                sums[h] += values[h];
            }
            offset += embeddingSize;
        }
        double[] hidden = new double[hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            hidden[h] = sums[h];
        }
        double uniform = sliceError + ScoreScreen.floatSumError(feature.length, magnitude, magnitude);
        double[] scores = screened(hidden, null, uniform);
        if (scores != null) {
            return scores;
        }
        scores = doubleSums(feature);
        if (scores != null) {
            return scores;
        }
        return exactScores(feature);
    }

    /**
     * The scores of hidden-layer sums within {@code delta[h] + uniform} of the exact ones (delta null: 0), or null if
     * the screen cannot vouch for their choice.
     */
    private double[] screened(double[] sums, double[] delta, double uniform) {
        double[] cubed = new double[hiddenSize];
        double largest = 0;
        double cubeMax = 0;
        double cubeSum = 0;
        double cubeSquares = 0;
        for (int h = 0; h < hiddenSize; h++) {
            double v = sums[h] + b1[h];
            sums[h] = v;
            double c = v * v * v;
            cubed[h] = c;
            largest = Math.max(largest, Math.abs(v));
            double a = Math.abs(c);
            cubeMax = Math.max(cubeMax, a);
            cubeSum += a;
            cubeSquares += a * a;
        }
        double cubeNorm = Math.sqrt(cubeSquares);
        if (delta == null) {
            // the output layer in float first (half its cost); its rounding is one more term of the bound
            double[] scores = output.inFloat(cubed);
            double[] coarse = screen.coarseBounds(largest, uniform);
            if (screen.decides(scores, screen.addFloatOutputError(coarse, cubeMax, cubeSum, cubeNorm, outputRounding))) {
                return scores;
            }
            double[] fine = screen.bounds(sums, null, uniform, cubed);
            if (screen.decides(scores, screen.addFloatOutputError(fine, cubeMax, cubeSum, cubeNorm, outputRounding))) {
                return scores;
            }
            scores = output.exact(cubed);
            return screen.decides(scores, fine) ? scores : null;
        }
        double[] scores = output.exact(cubed);
        return screen.decides(scores, screen.bounds(sums, delta, uniform, cubed)) ? scores : null;
    }

    /**
     * The scores with the table's float rows summed in double, bounded per hidden unit, and the other features'
     * contributions exactly CoreNLP's; null if still undecided.
     */
    private double[] doubleSums(int[] feature) {
        double[] hidden = new double[hiddenSize];
        double[] rounded = new double[hiddenSize];
        double exactTerms = biasMagnitude;
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            int row = rows.get(index);
            if (row >= 0) {
                float[] r = table[row];
                for (int h = 0; h < hiddenSize; h++) {
                    hidden[h] += r[h];
                    rounded[h] += Math.abs(r[h]);
                }
            } else {
                // CoreNLP's own rounded slice: rare enough here to compute again
                double[] s = contributions.exact(tok, offset);
                double maxAbs = 0;
                for (int h = 0; h < hiddenSize; h++) {
                    float v = (float) s[h];
                    hidden[h] += v;
                    maxAbs = Math.max(maxAbs, Math.abs(v));
                }
                exactTerms += maxAbs;
            }
            offset += embeddingSize;
        }
        double[] delta = new double[hiddenSize];
        for (int h = 0; h < hiddenSize; h++) {
            delta[h] = ScoreScreen.roundedRowsError(rounded[h], exactTerms);
        }
        return screened(hidden, delta, 0);
    }

    /** The scores as CoreNLP computes them, every hidden-layer contribution computed again as it computes it. */
    double[] exactScores(int[] feature) {
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            double[] s = contributions.exact(tok, offset);
            if (rows.get(tok * numTokens + j) >= 0) {
                // precomputed at load in double
                for (int h = 0; h < hiddenSize; h++) {
                    hidden[h] += s[h];
                }
            } else {
                // computed when met, and cached rounded to float
                for (int h = 0; h < hiddenSize; h++) {
                    hidden[h] += (float) s[h];
                }
            }
            offset += embeddingSize;
        }
        for (int h = 0; h < hiddenSize; h++) {
            double v = hidden[h] + b1[h];
            hidden[h] = v * v * v;
        }
        return output.exact(hidden);
    }
}
