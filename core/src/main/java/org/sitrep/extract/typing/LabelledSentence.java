package org.sitrep.extract.typing;

/**
 * One training sentence and its label: an ACLED sub-event type, or {@link #NO_EVENT} for news that
 * reports no conflict event.
 */
public record LabelledSentence(String label, String sentence) {
    /** The label of sentences that report no conflict event (disasters, diplomacy, crime, sport ...). */
    public static final String NO_EVENT = "None";

    public LabelledSentence {
        if (label == null || label.isBlank() || sentence == null || sentence.isBlank()) {
            throw new IllegalArgumentException("a training sentence needs a label and a text");
        }
    }
}
