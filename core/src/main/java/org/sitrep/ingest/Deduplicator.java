package org.sitrep.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Makes docIds unique and tells copies apart, in input order. An article whose text repeats an earlier
 * article's word for word is a copy of it (a syndicated story, a coder's note repeated for a second
 * location): it is kept under its own docId, and the pipeline reports it with the earlier article's
 * reading instead of losing it. {@link Ingest} uses one per run; readers that check records in parallel
 * (the Spark job) feed one the accepted records in input order afterwards, and get the same result.
 */
public final class Deduplicator {
    /** Per content hash, the docId of the first article with that text. */
    private final Map<String, String> firstByHash = new HashMap<>();
    private final Set<String> docIds = new HashSet<>();
    private int copies;

    /**
     * How an article is admitted.
     *
     * @param docId  the docId it is kept under ({@code ~2}, {@code ~3}, ... added when an earlier article took it)
     * @param copyOf the docId of the first article with the same text, or null when this is the first
     */
    public record Admitted(String docId, String copyOf) {
        public boolean copy() {
            return copyOf != null;
        }
    }

    public Admitted accept(String contentHash, String docId) {
        String id = docId;
        for (int n = 2; !docIds.add(id); n++) {
            id = docId + "~" + n;
        }
        String first = firstByHash.putIfAbsent(contentHash, id);
        if (first != null) {
            copies++;
        }
        return new Admitted(id, first);
    }

    /** How many articles repeated an earlier article's text. */
    public int copies() {
        return copies;
    }
}
