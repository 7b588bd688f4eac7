package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/**
 * What one ingest run produced.
 *
 * @param articles accepted articles, in input order (folders walked in sorted order), copies included
 * @param errors   inputs that were rejected, with the reason, in input order
 * @param copies   how many of the articles repeat the text of an earlier one of this run ({@link Article#copyOf})
 */
public record IngestResult(List<Article> articles, List<InputError> errors, int copies) {
    public IngestResult {
        articles = articles == null ? List.of() : List.copyOf(articles);
        errors = errors == null ? List.of() : List.copyOf(errors);
        if (copies < 0) {
            throw new IllegalArgumentException("copies must not be negative: " + copies);
        }
    }
}
