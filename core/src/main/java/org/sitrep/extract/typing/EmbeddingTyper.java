package org.sitrep.extract.typing;

import java.util.Optional;
import org.sitrep.model.EventType;

/**
 * Decides between sub-types the rules can tell apart only from words the sentence may not hold (an air strike
 * or shelling, a clash or an attack, a peaceful or a dispersed protest): a nearest-centroid classifier over
 * the sentence's embedding, trained when loaded on the project's own labelled sentences. It changes the rules'
 * sub-type only to another of the same contested group and only when its nearest label leads the runner-up by
 * {@link #MIN_MARGIN}; it never adds or drops an event. Immutable once loaded: one instance serves all threads.
 */
public final class EmbeddingTyper implements TypeReview {
    /**
     * Cosine lead the nearest label needs over the second: below it the two centroids are too close for the
     * model to overrule a rule.
     */
    static final double MIN_MARGIN = 0.05;

    private final SentenceEmbedder embedder;
    private final CentroidClassifier classifier;
    private final ContestedTypes contested = new ContestedTypes();

    EmbeddingTyper(SentenceEmbedder embedder, CentroidClassifier classifier) {
        this.embedder = embedder;
        this.classifier = classifier;
    }

    /** Loads the embedding model and trains on typing/training-sentences.tsv (a few seconds). */
    public static EmbeddingTyper load() {
        SentenceEmbedder embedder = SentenceEmbedder.load();
        return new EmbeddingTyper(embedder, CentroidClassifier.train(TrainingSentences.load(), embedder));
    }

    /** The classifier's reading of a sentence, whatever the rules said. */
    public Prediction predict(String sentence) {
        return classifier.classify(embedder.embed(sentence));
    }

    @Override
    public EventType review(String sentence, EventType rules) {
        Optional<String> group = contested.group(rules.subEventType());
        if (group.isEmpty() || sentence == null || sentence.isBlank()) {
            return rules;
        }
        Prediction p = predict(sentence);
        if (p.margin() < MIN_MARGIN || !group.equals(contested.group(p.label()))) {
            return rules;
        }
        return contested.type(p.label());
    }
}
