package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.util.Pair;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's maximum-entropy part-of-speech tagger, scoring each history from features computed once; the tags
 * are bit-for-bit the ones {@link MaxentTagger#tagSentence(List, boolean)} gives.
 *
 * <p>CoreNLP's exact Viterbi scores every history (a position and the tags of the two words before it) by
 * building each feature's string and looking it up in a hash map, and it computes the current word's features
 * again for every history (its per-word cache never matches in exact scoring, since the cached array has one
 * entry per tag of the model, not per possible tag of the word). Here a word's own features are summed once
 * per position, and the features that read earlier tags are looked up once per value of those tags: for the
 * features that read tags alone, once for the whole model at load. Each feature's weights are kept as a dense
 * row over the model's tags, with 0.0 where CoreNLP adds nothing: every sum starts at +0.0 and so is never
 * -0.0, and adding +0.0 to it changes no bit. The rows are added in CoreNLP's order and normalized by its own
 * code, so every score is the same IEEE value; {@link TagViterbi} chooses among them as CoreNLP's Viterbi does.
 *
 * <p>This class sits in CoreNLP's package because the tagger's model (feature maps, weights, extractors) is
 * package-private. It is immutable once built, so threads share it; each sentence gets its own
 * {@link MemoizedSentence}. A tagger this class does not know how to score exactly makes construction fail.
 */
public final class MemoizedTagger {
    final MaxentTagger tagger;
    final int ySize;
    final int leftWindow;
    /** Codes of the tags before a position: a tag's index, or {@link #outside} before the sentence's start. */
    final int outside;
    final int radix;
    /** The current word's features, common then rare, as CoreNLP sums them. */
    final Feature[] local;
    final Feature[] localRare;
    final Feature[] localContext;
    final Feature[] localContextRare;
    /** The features that read earlier tags: common, then rare (only for rare words). */
    final Dynamic[] dynamic;
    final Dynamic[] dynamicRare;

    /** One extractor and the map from its values to each tag's feature number. */
    record Feature(Extractor extractor, Map<String, int[]> associations) {
    }

    /** A feature's weights over the model's tags, 0.0 where the feature has none; null weights: no feature at all. */
    static final class Row {
        static final Row NONE = new Row(null);
        final double[] weights;

        Row(double[] weights) {
            this.weights = weights;
        }
    }

    /**
     * A feature that reads earlier tags: how many ({@code depth}), and whether it reads tags alone, in which case
     * its rows for every value of those tags are in {@code byTags}; otherwise each sentence looks them up per position.
     */
    static final class Dynamic {
        final Feature feature;
        final int depth;
        final Row[] byTags;

        Dynamic(Feature feature, int depth, Row[] byTags) {
            this.feature = feature;
            this.depth = depth;
            this.byTags = byTags;
        }
    }

    private MemoizedTagger(MaxentTagger tagger) {
        if (tagger.hasApproximateScoring() || tagger.VERBOSE || (tagger.config != null && tagger.config.getVerbose())) {
            throw new IllegalStateException("MemoizedTagger reproduces CoreNLP's exact, quiet scoring only");
        }
        if (tagger.rightContext != 0 || tagger.leftContext < 1) {
            throw new IllegalStateException("MemoizedTagger expects tags of the left context only, not left "
                    + tagger.leftContext + " right " + tagger.rightContext);
        }
        this.tagger = tagger;
        this.ySize = tagger.ySize;
        this.leftWindow = tagger.leftContext;
        this.outside = ySize;
        this.radix = ySize + 1;
        int common = tagger.extractors.size();
        this.local = features(tagger.extractors.local, 0);
        this.localRare = features(tagger.extractorsRare.local, common);
        this.localContext = features(tagger.extractors.localContext, 0);
        this.localContextRare = features(tagger.extractorsRare.localContext, common);
        this.dynamic = dynamics(tagger.extractors.dynamic, 0);
        this.dynamicRare = dynamics(tagger.extractorsRare.dynamic, common);
    }

    /** Builds the scorer for a loaded tagger; throws if the tagger is not one this class scores exactly. */
    public static MemoizedTagger of(MaxentTagger tagger) {
        return new MemoizedTagger(tagger);
    }

    /** The words' tags, as {@code tagger.tagSentence(words, false)} gives them. */
    public String[] tags(List<? extends HasWord> words) {
        return new MemoizedSentence(this).tags(words);
    }

    private Feature[] features(List<Pair<Integer, Extractor>> extractors, int offset) {
        Feature[] out = new Feature[extractors.size()];
        for (int i = 0; i < out.length; i++) {
            Pair<Integer, Extractor> p = extractors.get(i);
            out[i] = new Feature(p.second(), tagger.fAssociations.get(p.first() + offset));
        }
        return out;
    }

    private Dynamic[] dynamics(List<Pair<Integer, Extractor>> extractors, int offset) {
        Feature[] features = features(extractors, offset);
        Dynamic[] out = new Dynamic[features.length];
        for (int i = 0; i < out.length; i++) {
            Extractor e = features[i].extractor();
            Class<?> c = e.getClass();
            if (c == Extractor.class || c == ExtractorFrames.ExtractorContinuousTagConjunction.class) {
                // the tag at `position` alone, or every tag from `position` to the one before: tags, no words
                int depth = -e.position;
                if (depth < 1 || depth > leftWindow) {
                    throw new IllegalStateException("MemoizedTagger: " + e + " reads outside the left window");
                }
                out[i] = new Dynamic(features[i], depth, rowsByTags(features[i], depth));
            } else if (c == ExtractorStartSentenceCap.class || c == ExtractorMidSentenceCap.class
                    || c == ExtractorMidSentenceCapC.class) {
                // the tag before and the current word (CoreNLP 4.5's bytecode): looked up per position and tag
                out[i] = new Dynamic(features[i], 1, null);
            } else {
                // any other feature may read every tag of the window: looked up per position and window
                out[i] = new Dynamic(features[i], leftWindow, null);
            }
        }
        return out;
    }

    /**
     * The rows of a feature that reads tags alone, for every code of the {@code depth} tags before a position,
     * read through CoreNLP's own extractor on a history whose earlier tags are those (or lie before the
     * sentence's start, where CoreNLP reads "NA"). Codes that cannot occur (a tag before the start) stay null.
     */
    private Row[] rowsByTags(Feature f, int depth) {
        int combos = combos(depth);
        Row[] rows = new Row[combos];
        for (int key = 0; key < combos; key++) {
            int[] codes = decode(key, depth); // codes[k-1]: the tag k positions back
            int inside = 0;
            while (inside < depth && codes[inside] != outside) {
                inside++;
            }
            boolean possible = true;
            for (int k = inside; k < depth; k++) {
                possible &= codes[k] == outside;
            }
            if (!possible) {
                continue;
            }
            PairsHolder pairs = new PairsHolder();
            pairs.setSize(inside + 1);
            for (int k = 1; k <= inside; k++) {
                pairs.setTag(inside - k, tagger.tags.getTag(codes[k - 1]));
            }
            History h = new History(0, inside, inside, pairs, tagger.extractors);
            rows[key] = row(f.associations().get(f.extractor().extract(h)));
        }
        return rows;
    }

    /** How many codes {@code depth} earlier tags have. */
    int combos(int depth) {
        int combos = 1;
        for (int k = 0; k < depth; k++) {
            combos *= radix;
        }
        return combos;
    }

    /** The key of tags before a position: codes[k-1] is the code of the tag k positions back. */
    int[] decode(int key, int depth) {
        int[] codes = new int[depth];
        for (int k = 0; k < depth; k++) {
            codes[k] = key % radix;
            key /= radix;
        }
        return codes;
    }

    /** A feature value's weights as a dense row, or {@link Row#NONE} where the value has no feature. */
    Row row(int[] associations) {
        if (associations == null) {
            return Row.NONE;
        }
        double[] lambda = tagger.getLambdaSolve().lambda;
        double[] w = new double[ySize];
        for (int y = 0; y < ySize; y++) {
            int f = associations[y];
            if (f > -1) {
                w[y] = lambda[f];
            }
        }
        return new Row(w);
    }

    /** Adds the features' weights for the current word to {@code scores}, in CoreNLP's order. */
    void addScores(Feature[] features, History h, double[] scores) {
        double[] lambda = tagger.getLambdaSolve().lambda;
        for (Feature f : features) {
            int[] associations = f.associations().get(f.extractor().extract(h));
            if (associations != null) {
                for (int y = 0; y < ySize; y++) {
                    int n = associations[y];
                    if (n > -1) {
                        scores[y] += lambda[n];
                    }
                }
            }
        }
    }

}
