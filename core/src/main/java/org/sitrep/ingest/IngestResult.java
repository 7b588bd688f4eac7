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
 * @param warnings what was read but left out of inputs that still count (a JSONL record's unknown fields)
 */
public record IngestResult(List<Article> articles, List<InputError> errors, int copies, List<IngestWarning> warnings) {
    public IngestResult {
        articles = articles == null ? List.of() : List.copyOf(articles);
        errors = errors == null ? List.of() : List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if (copies < 0) {
            throw new IllegalArgumentException("copies must not be negative: " + copies);
        }
    }

    /** A result without warnings. */
    public IngestResult(List<Article> articles, List<InputError> errors, int copies) {
        this(articles, errors, copies, List.of());
    }
}
