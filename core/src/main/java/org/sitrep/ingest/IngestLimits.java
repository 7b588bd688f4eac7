package org.sitrep.ingest;

/**
 * Limits that protect the ingest stage from oversized or trivial input.
 *
 * @param maxFileBytes   largest {@code .txt} or {@code .html} file (and {@link Ingest#readString} text, in UTF-8
 *                       bytes) that is read; bigger files are rejected before they are read
 * @param maxRecordBytes largest single JSONL line; JSONL files themselves are streamed and have no size limit
 * @param minTextChars   shortest article text (after trimming) that is accepted
 */
public record IngestLimits(long maxFileBytes, int maxRecordBytes, int minTextChars) {

    /** 5 MB per file, 1 MB per JSONL record, 40 characters of text. */
    public static final IngestLimits DEFAULTS = new IngestLimits(5L * 1024 * 1024, 1024 * 1024, 40);

    public IngestLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
        }
        if (minTextChars < 1) {
            throw new IllegalArgumentException("minTextChars must be at least 1: " + minTextChars);
        }
    }

    public static IngestLimits defaults() {
        return DEFAULTS;
    }
}
