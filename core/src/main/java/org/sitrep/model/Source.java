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
 * @param copyOf       the earlier article whose text this article repeats word for word (a syndicated copy, or a
 *                     coder's note repeated for a second location), or null for an article of its own: fusion
 *                     counts an article and its copies as one source
 */
public record Source(String docId, String outlet, String url, String sentence, int start, int end,
                     List<String> attributedTo, List<String> attributedWords, String copyOf) implements Serializable {
    public Source {
        attributedTo = attributedTo == null ? List.of() : List.copyOf(attributedTo);
        attributedWords = attributedWords == null ? List.of() : List.copyOf(attributedWords);
    }

    /** A source of an article of its own (no copy of another). */
    public Source(String docId, String outlet, String url, String sentence, int start, int end,
                  List<String> attributedTo, List<String> attributedWords) {
        this(docId, outlet, url, sentence, start, end, attributedTo, attributedWords, null);
    }

    /** A source whose attribution was read without the article's words (synthetic or stored before they were kept). */
    public Source(String docId, String outlet, String url, String sentence, int start, int end,
                  List<String> attributedTo) {
        this(docId, outlet, url, sentence, start, end, attributedTo, List.of());
    }

    /** The same evidence as another article publishes it: a copy of {@code copyOf}'s text. */
    public Source reportedBy(String docId, String outlet, String url, String copyOf) {
        return new Source(docId, outlet, url, sentence, start, end, attributedTo, attributedWords, copyOf);
    }
}
