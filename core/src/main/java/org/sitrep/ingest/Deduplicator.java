package org.sitrep.ingest;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the first of identical texts and makes docIds unique, in input order. {@link Ingest} uses one per
 * run; readers that check records in parallel (the Spark job) feed one the accepted records in input
 * order afterwards, and get the same result.
 */
public final class Deduplicator {
    private final Set<String> hashes = new HashSet<>();
    private final Set<String> docIds = new HashSet<>();
    private int duplicates;

    /**
     * The docId the article is kept under ({@code ~2}, {@code ~3}, ... added when an earlier article took
     * it), or empty when an identical text was already kept.
     */
    public Optional<String> accept(String contentHash, String docId) {
        if (!hashes.add(contentHash)) {
            duplicates++;
            return Optional.empty();
        }
        String id = docId;
        for (int n = 2; !docIds.add(id); n++) {
            id = docId + "~" + n;
        }
        return Optional.of(id);
    }

    /** How many articles were dropped as identical to an earlier one. */
    public int duplicates() {
        return duplicates;
    }
}
