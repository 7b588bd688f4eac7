package org.sitrep.ingest;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/**
 * What one ingest run produced.
 *
 * @param articles   accepted articles, in input order (folders walked in sorted order)
 * @param errors     inputs that were rejected, with the reason, in input order
 * @param duplicates how many articles were dropped because an identical text was already ingested in this run
 */
public record IngestResult(List<Article> articles, List<InputError> errors, int duplicates) {
    public IngestResult {
        articles = articles == null ? List.of() : List.copyOf(articles);
        errors = errors == null ? List.of() : List.copyOf(errors);
        if (duplicates < 0) {
            throw new IllegalArgumentException("duplicates must not be negative: " + duplicates);
        }
    }
}
