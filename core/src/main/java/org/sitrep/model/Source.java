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
 * @param attributedTo who the article says the claim comes from, as normalised names ("Russian Defence Ministry",
 *                     "Syrian Observatory for Human Rights"): the names that let reports of several articles be
 *                     grouped by speaker
 * @param attributedWords the same sources in the article's own words ("Russia's Defence Ministry", "the war
 *                     monitor"), so a reader sees what the article says and not only Sitrep's reading of it
 */
public record Source(String docId, String outlet, String url, String sentence, int start, int end,
                     List<String> attributedTo, List<String> attributedWords) implements Serializable {
    public Source {
        attributedTo = attributedTo == null ? List.of() : List.copyOf(attributedTo);
        attributedWords = attributedWords == null ? List.of() : List.copyOf(attributedWords);
    }

    /** A source whose attribution was read without the article's words (synthetic or stored before they were kept). */
    public Source(String docId, String outlet, String url, String sentence, int start, int end,
                  List<String> attributedTo) {
        this(docId, outlet, url, sentence, start, end, attributedTo, List.of());
    }
}
