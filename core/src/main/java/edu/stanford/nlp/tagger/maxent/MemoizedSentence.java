package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.tagger.common.Tagger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One sentence tagged by {@link MemoizedTagger}: CoreNLP's {@link TestSentence} as a sequence model, with the
 * score of each history computed from sums kept per position instead of from every feature again, and its
 * Viterbi run by {@link TagViterbi}. Used by one thread for one sentence.
 */
final class MemoizedSentence extends TestSentence {
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
        int[] best = TagViterbi.bestSequence(this);
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
        ArrayMath.logNormalize(t);
        int[] values = getPossibleValues(pos);
        double[] scores = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            scores[j] = t[values[j]];
        }
        return scores;
    }

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
