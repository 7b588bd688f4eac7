package org.sitrep.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as ingested: untrusted text plus what we know of its origin.
 *
 * @param docId       stable identifier: the file name without extension, or the JSONL record's {@code id}
 * @param outlet      the publishing outlet (from the record, or the URL host), or null when unknown
 * @param url         the article's URL, or null
 * @param published   publication date, or null when the input gives none
 * @param title       headline, or null
 * @param text        the article body; character offsets in {@link Source} point into this string
 * @param contentHash SHA-256 of the normalized text, used to process identical articles once
 * @param input       where the article came from (path, and record number for JSONL), for error messages
 * @param copyOf      the docId of the earlier article of the same run with the same text, or null: a copy is
 *                    reported under its own docId, outlet and url, and counted with that article as one source
 */
public record Article(String docId, String outlet, String url, LocalDate published, String title,
                      String text, String contentHash, String input, String copyOf) implements Serializable {
    public Article {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
    }

    /** An article that copies no earlier one. */
    public Article(String docId, String outlet, String url, LocalDate published, String title,
                   String text, String contentHash, String input) {
        this(docId, outlet, url, published, title, text, contentHash, input, null);
    }
}
