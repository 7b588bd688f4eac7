package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/** The state of one {@link Ingest#read} call: accepted articles, errors, and what was already seen. */
final class IngestRun {
    static final String STAGE = "ingest";

    private final IngestLimits limits;
    private final List<Article> articles = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private final List<IngestWarning> warnings = new ArrayList<>();
    private final Deduplicator dedup;

    IngestRun(IngestLimits limits) {
        this(limits, new Deduplicator());
    }

    /** @param dedup null to leave docIds and copies to the caller (which reads across runs) */
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

    void warn(String input, String reason) {
        warnings.add(new IngestWarning(input, reason));
    }

    /**
     * Validates one article's id and text (empty, binary, too short, not English) and adds it, marked as a copy when
     * the same text was already accepted.
     */
    void offer(String docId, String outlet, String url, LocalDate published, String title, String text,
               String input) {
        try {
            TextChecks.checkId(docId);
            TextChecks.checkText(text, limits.minTextChars());
            LanguageGuard.requireEnglish(text);
            String hash = TextChecks.contentHash(text);
            Deduplicator.Admitted in = dedup == null ? new Deduplicator.Admitted(docId, null) : dedup.accept(hash, docId);
            articles.add(new Article(in.docId(), outlet, url, published, title, text, hash, input, in.copyOf()));
        } catch (RejectedInput e) {
            error(input, e.reason());
        }
    }

    IngestResult result() {
        return new IngestResult(articles, errors, dedup == null ? 0 : dedup.copies(), warnings);
    }
}
