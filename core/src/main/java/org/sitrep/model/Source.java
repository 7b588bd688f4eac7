package org.sitrep.model;

import java.io.Serializable;
import java.util.List;

/**
 * Where a value came from: one sentence of one article, and who the article says made the claim.
 *
 * @param docId        the article
 * @param outlet       the publishing outlet, or null when unknown
 * @param url          the article's URL, or null
 * @param sentence     the evidence sentence, verbatim
 * @param start        character offset of the sentence in the article text
 * @param end          character offset just past the sentence
 * @param attributedTo who the article says the claim comes from ("SANA", "Syrian Observatory for Human Rights")
 */
public record Source(String docId, String outlet, String url, String sentence, int start, int end,
                     List<String> attributedTo) implements Serializable {
    public Source {
        attributedTo = attributedTo == null ? List.of() : List.copyOf(attributedTo);
    }
}
