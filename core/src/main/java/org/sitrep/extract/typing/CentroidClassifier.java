package org.sitrep.extract.typing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nearest-centroid classifier over unit sentence embeddings: each label is the normalised mean of its
 * training sentences' vectors, a sentence takes the label whose centroid has the highest cosine. Chosen over
 * k nearest neighbours because with a dozen sentences a label it was steadier on the dev sets (see
 * docs/decisions.md). Built once, immutable afterwards, so shared by any number of threads.
 */
public final class CentroidClassifier {
    private final List<String> labels;
    private final float[][] centroids;

    private CentroidClassifier(List<String> labels, float[][] centroids) {
        this.labels = List.copyOf(labels);
        this.centroids = centroids;
    }

    /** Trains on the given sentences (labels in first-seen order, so ties break the same way every run). */
    public static CentroidClassifier train(List<LabelledSentence> sentences, SentenceEmbedder embedder) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (LabelledSentence s : sentences) {
            float[] v = embedder.embed(s.sentence());
            double[] sum = sums.computeIfAbsent(s.label(), k -> new double[v.length]);
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        List<String> labels = new ArrayList<>(sums.keySet());
        float[][] centroids = new float[labels.size()][];
        for (int l = 0; l < labels.size(); l++) {
            double[] sum = sums.get(labels.get(l));
            float[] c = new float[sum.length];
            for (int i = 0; i < sum.length; i++) {
                c[i] = (float) sum[i];
            }
            centroids[l] = SentenceEmbedder.unit(c);
        }
        return new CentroidClassifier(labels, centroids);
    }

    /** The labels it knows, in training order. */
    public List<String> labels() {
        return labels;
    }

    /** The nearest label of a unit vector, with its cosine and its lead over the runner-up. */
    public Prediction classify(float[] v) {
        int best = -1;
        double first = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < centroids.length; l++) {
            double cos = 0;
            for (int i = 0; i < v.length; i++) {
                cos += v[i] * centroids[l][i];
            }
            if (cos > first) {
                second = first;
                first = cos;
                best = l;
            } else if (cos > second) {
                second = cos;
            }
        }
        double margin = centroids.length > 1 ? first - second : 0;
        return new Prediction(labels.get(best), first, margin);
    }
}
