package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.InputError;

/** The state of one {@link Ingest#read} call: accepted articles, errors, and what was already seen. */
final class IngestRun {
    static final String STAGE = "ingest";

    private final IngestLimits limits;
    private final List<Article> articles = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private final Set<String> hashes = new HashSet<>();
    private final Set<String> docIds = new HashSet<>();
    private int duplicates;

    IngestRun(IngestLimits limits) {
        this.limits = limits;
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
            String hash = TextChecks.contentHash(text);
            if (hashes.contains(hash)) {
                duplicates++;
                return;
            }
            LanguageGuard.requireEnglish(text);
            hashes.add(hash);
            articles.add(new Article(uniqueDocId(docId), outlet, url, published, title, text, hash, input));
        } catch (RejectedInput e) {
            error(input, e.reason());
        }
    }

    /** Two different articles never share a docId: later ones get {@code ~2}, {@code ~3}, ... */
    private String uniqueDocId(String docId) {
        String id = docId;
        for (int n = 2; !docIds.add(id); n++) {
            id = docId + "~" + n;
        }
        return id;
    }

    IngestResult result() {
        return new IngestResult(articles, errors, duplicates);
    }
}
