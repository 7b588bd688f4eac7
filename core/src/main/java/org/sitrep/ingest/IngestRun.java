package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/** The state of one {@link Ingest#read} call: accepted articles, errors, and what was already seen. */
final class IngestRun {
    static final String STAGE = "ingest";

    private final IngestLimits limits;
    private final List<Article> articles = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private final Deduplicator dedup;

    IngestRun(IngestLimits limits) {
        this(limits, new Deduplicator());
    }

    /** @param dedup null to keep every article (the caller deduplicates across runs) */
    IngestRun(IngestLimits limits, Deduplicator dedup) {
        this.limits = limits;
        this.dedup = dedup;
    }

    IngestLimits limits() {
        return limits;
    }

    void error(String input, String reason) {
        errors.add(new InputError(input, STAGE, reason));
    }

    /**
     * Validates one article's text (empty, binary, too short, not English), drops it as a duplicate
     * when the same text was already accepted, and otherwise adds it.
     */
    void offer(String docId, String outlet, String url, LocalDate published, String title, String text,
               String input) {
        try {
            TextChecks.checkText(text, limits.minTextChars());
            LanguageGuard.requireEnglish(text);
            String hash = TextChecks.contentHash(text);
            Optional<String> id = dedup == null ? Optional.of(docId) : dedup.accept(hash, docId);
            id.ifPresent(d -> articles.add(new Article(d, outlet, url, published, title, text, hash, input)));
        } catch (RejectedInput e) {
            error(input, e.reason());
        }
    }

    IngestResult result() {
        return new IngestResult(articles, errors, dedup == null ? 0 : dedup.duplicates());
    }
}
