package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.tagger.common.Tagger;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sentence tagged by {@link MemoizedTagger}: CoreNLP's {@link TestSentence} as a sequence model, with the
 * score of each history computed from sums kept per position instead of from every feature again, and its
 * Viterbi run by {@link TagViterbi}. Used by one thread for one sentence.
 *
 * <p>A history's scores are normalised by the log of the sum of its 50 tags' exponentials (CoreNLP's
 * {@code ArrayMath.logNormalize}, which skips tags more than 30 below the best): an {@code exp} for nearly every tag,
 * the largest cost left in the tagger. The sentence is first scored with a screened normaliser that calls
 * {@code exp} only for tags less than {@link #SCREEN} below the best and bounds what the others would add; the
 * screened scores lie at or above the exact ones by at most that bound, and {@link TagViterbi#screenedSequence}
 * keeps their best sequence only where it is provably the exact scores' one. Otherwise (about one sentence in two
 * hundred on news) the sentence is scored again exactly, as CoreNLP does.
 */
final class MemoizedSentence extends TestSentence implements TagViterbi.Screened {
    /** Tags this far below a history's best get no {@code exp} under the screen, only a bound (e^-10 is 4.5e-5). */
    static final double SCREEN = 10.0;

    private final MemoizedTagger model;
    /** Per window position (sentence position + left window): the possible tags' indices. */
    private int[][] possible;
    /** Per sentence position, once scored: whether the word is rare; the sums of its and its neighbours' features. */
    private boolean[] rare;
    private double[][] localScores;
    /** Per sentence position and dynamic feature (common, then rare): rows by the code of the earlier tags. */
    private MemoizedTagger.Row[][][] rows;
    private History history;
    private double[] total;
    /** Whether scores are screened (during the first run of a sentence); then, per padded position, their error bound. */
    private boolean screened;
    private double[] error;
    /** Whether the screened scores gave the tags (or the sentence was scored again exactly). */
    private boolean fromScreen;

    MemoizedSentence(MemoizedTagger model) {
        super(model.tagger);
        this.model = model;
    }

    /**
     * The sentence's tags, as {@code TestSentence.tagSentence(words, false)} gives them: the same words (through the
     * tagger's word function, and the end-of-sentence word), the same possible tags and scores, the same best sequence.
     */
    String[] tags(List<? extends HasWord> words) {
        int n = words.size();
        sent = new ArrayList<>(n + 1);
        for (HasWord w : words) {
            sent.add(maxentTagger.wordFunction != null ? maxentTagger.wordFunction.apply(w.word()) : w.word());
        }
        sent.add(Tagger.EOS_WORD);
        size = n + 1;
        init();
        pairs.setSize(size);
        for (int i = 0; i < size; i++) {
            pairs.setWord(i, sent.get(i));
        }
        screened = true;
        int[] best = TagViterbi.screenedSequence(this);
        screened = false;
        fromScreen = best != null;
        if (best == null) {
            // the same memos, scored exactly this time
            best = TagViterbi.bestSequence(this);
        }
        String[] out = new String[n];
        for (int j = 0; j < n; j++) {
            out[j] = maxentTagger.tags.getTag(best[j + leftWindow()]);
        }
        return out;
    }

    @Override
    protected void init() {
        // CoreNLP's own init only counts unknown words (for its test statistics) and sets up the scoring replaced here
        int n = size;
        possible = new int[n + leftWindow()][];
        rare = new boolean[n];
        localScores = new double[n][];
        rows = new MemoizedTagger.Row[n][][];
        history = new History(pairs, maxentTagger.extractors);
        total = new double[model.ySize];
        error = new double[n + leftWindow()];
    }

    /** Whether the last {@link #tags} call kept the screened scores' sequence. */
    boolean fromScreen() {
        return fromScreen;
    }

    @Override
    public double error(int pos) {
        return error[pos];
    }

    @Override
    public int[] getPossibleValues(int pos) {
        int[] p = possible[pos];
        if (p == null) {
            p = super.getPossibleValues(pos);
            possible[pos] = p;
        }
        return p;
    }

    @Override
    public double[] scoresOf(int[] tags, int pos) {
        int left = model.leftWindow;
        int current = pos - left;
        if (localScores[current] == null) {
            prepare(current);
        }
        double[] t = total;
        Arrays.fill(t, 0.0);
        add(model.dynamic, 0, tags, pos, t);
        if (rare[current]) {
            add(model.dynamicRare, model.dynamic.length, tags, pos, t);
        }
        ArrayMath.pairwiseAddInPlace(t, localScores[current]);
        int[] values = getPossibleValues(pos);
        if (screened) {
            return screenedScores(t, values, pos);
        }
        ArrayMath.logNormalize(t);
        double[] scores = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            scores[j] = t[values[j]];
        }
        return scores;
    }

    /**
     * The possible tags' scores normalised as {@code ArrayMath.logNormalize} does (the first best tag; each other tag
     * within 30 of it adds its exponential; log(1 + sum) added to the best), except that tags {@link #SCREEN} or more
     * below the best add nothing: their exponentials' sum, bounded above by a power of two nearly twice each term,
     * bounds how far the log-sum falls short of the exact one (log(1 + s + b) - log(1 + s) is at most b), and so how
     * far each score lies above the exact score. The position's error is the largest such bound of its histories.
     */
    private double[] screenedScores(double[] t, int[] values, int pos) {
        if (Thread.interrupted()) {
            // as CoreNLP's logSum, called once per history
            throw new RuntimeInterruptedException();
        }
        int maxIdx = 0;
        double max = t[0];
        for (int i = 1; i < t.length; i++) {
            if (t[i] > max) {
                maxIdx = i;
                max = t[i];
            }
        }
        double cutoff = max - 30.0;
        double near = max - SCREEN;
        double sum = 0.0;
        double skipped = 0.0;
        for (int i = 0; i < t.length; i++) {
            double v = t[i];
            if (i != maxIdx && v > cutoff) {
                if (v > near) {
                    sum += Math.exp(v - max);
                } else {
                    // 2^k with k above (v - max) log2(e) by at least one: the cast rounds this negative product up
                    int k = (int) ((v - max) * LOG2_E) + 1;
                    skipped += Double.longBitsToDouble((long) (k + 1023) << 52);
                }
            }
        }
        if (!(Math.abs(max) < MAX_SCORE)) {
            error[pos] = Double.POSITIVE_INFINITY;
        } else if (skipped > error[pos]) {
            error[pos] = skipped;
        }
        double logTotal = sum != 0.0 ? max + Math.log(1.0 + sum) : max;
        double[] scores = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            scores[j] = t[values[j]] + -logTotal;
        }
        return scores;
    }

    private static final double LOG2_E = 1.4426950408889634;
    /** A history's best sum this large or larger (or not a number) sends the sentence to the exact scores. */
    private static final double MAX_SCORE = 1e3;

    /** The word's rarity and the sums of its own and its neighbours' features, as CoreNLP computes them. */
    private void prepare(int current) {
        History h = history;
        h.init(0, size - 1, current);
        boolean isRare = maxentTagger.isRare(ExtractorFrames.cWord.extract(h));
        double[] own = new double[model.ySize];
        model.addScores(model.local, h, own);
        if (isRare) {
            model.addScores(model.localRare, h, own);
        }
        double[] context = new double[model.ySize];
        model.addScores(model.localContext, h, context);
        if (isRare) {
            model.addScores(model.localContextRare, h, context);
        }
        ArrayMath.pairwiseAddInPlace(context, own);
        rare[current] = isRare;
        localScores[current] = context;
        int features = model.dynamic.length + model.dynamicRare.length;
        rows[current] = new MemoizedTagger.Row[features][];
    }

    private void add(MemoizedTagger.Dynamic[] dynamics, int first, int[] tags, int pos, double[] t) {
        int current = pos - model.leftWindow;
        for (int d = 0; d < dynamics.length; d++) {
            MemoizedTagger.Dynamic dyn = dynamics[d];
            int key = key(tags, pos, dyn.depth);
            MemoizedTagger.Row row;
            if (dyn.byTags != null) {
                row = dyn.byTags[key];
            } else {
                MemoizedTagger.Row[] byKey = rows[current][first + d];
                if (byKey == null) {
                    byKey = new MemoizedTagger.Row[model.combos(dyn.depth)];
                    rows[current][first + d] = byKey;
                }
                row = byKey[key];
                if (row == null) {
                    row = lookUp(dyn.feature, tags, pos);
                    byKey[key] = row;
                }
            }
            if (row.weights != null) {
                double[] w = row.weights;
                for (int y = 0; y < t.length; y++) {
                    t[y] += w[y];
                }
            }
        }
    }

    /** The code of the {@code depth} tags before {@code pos}: a tag's index, or the outside code before the start. */
    private int key(int[] tags, int pos, int depth) {
        int left = model.leftWindow;
        int key = 0;
        for (int k = depth; k >= 1; k--) {
            int j = pos - k;
            key = key * model.radix + (j < left ? model.outside : tags[j]);
        }
        return key;
    }

    /** A feature's row for the tags before {@code pos}, as CoreNLP reads it: the window's tags set, then extracted. */
    private MemoizedTagger.Row lookUp(MemoizedTagger.Feature f, int[] tags, int pos) {
        int left = model.leftWindow;
        History h = history;
        h.init(0, size - 1, pos - left);
        for (int j = pos - left; j <= pos; j++) {
            if (j >= left && j < size + left) {
                h.setTag(j - left, maxentTagger.tags.getTag(tags[j]));
            }
        }
        return model.row(f.associations().get(f.extractor().extract(h)));
    }
}
