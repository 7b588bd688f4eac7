package org.sitrep.extract.typing;

/**
 * The classifier's reading of a sentence.
 *
 * @param label      the nearest label (an ACLED sub-event type or {@link LabelledSentence#NO_EVENT})
 * @param similarity cosine between the sentence and that label's centroid
 * @param margin     how far the nearest label lies ahead of the second (0 when they tie)
 */
public record Prediction(String label, double similarity, double margin) {
}
