package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSONL feed: one {@code {id, url, outlet, published, title, text}} object per line. The file is
 * streamed; a bad line becomes an error naming {@code file.jsonl:LINE} and the other lines still count. A field that
 * is not an article field is left out with a warning, once per file and field, naming the first line that has it
 * (a misspelt {@code "titel"} would otherwise vanish without a word).
 */
final class JsonlReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int MAX_MESSAGE = 200;
    /** Distinct unknown fields warned about per file; a feed with hundreds of extra fields gets one line for the rest. */
    static final int MAX_UNKNOWN_FIELDS = 20;

    private JsonlReader() {
    }

    static void read(Path path, IngestRun run, IngestLimits limits) throws IOException, RejectedInput {
        String file = path.toString();
        String base = InputFiles.baseName(path);
        try (LineReader lines = new LineReader(Files.newInputStream(path), limits.maxRecordBytes())) {
            byte[] head = lines.peek();
            if (head.length == 0) {
                throw new RejectedInput("empty file (0 bytes)");
            }
            TextChecks.rejectBinary(head, sniffed(head));
            int records = 0;
            Map<String, Unknown> unknown = new LinkedHashMap<>();
            while (lines.next()) {
                String input = file + ":" + lines.lineNo();
                try {
                    if (lines.tooLong()) {
                        records++;
                        throw new RejectedInput("record is " + lines.lineBytes() + " bytes, larger than the limit of "
                                + limits.maxRecordBytes() + " bytes (maxRecordBytes)");
                    }
                    int skip = lines.lineNo() == 1 && TextChecks.hasUtf8Bom(lines.bytes(), lines.length()) ? 3 : 0;
                    String line = TextChecks.decodeStrict(lines.bytes(), skip, lines.length() - skip,
                            StandardCharsets.UTF_8, lines.lineStart() + skip);
                    if (line.isBlank()) {
                        continue;
                    }
                    records++;
                    for (String field : record(line, input, base + "#" + lines.lineNo(), run)) {
                        unknown.computeIfAbsent(field, f -> new Unknown(lines.lineNo())).lines++;
                    }
                } catch (RejectedInput e) {
                    run.error(input, e.reason());
                }
            }
            warnUnknown(file, unknown, run);
            if (records == 0) {
                throw new RejectedInput("whitespace-only file (no JSONL records)");
            }
        }
    }

    /**
     * How much of a file's first bytes judge it binary as a whole: only its first line when that line is a whole JSON
     * object's start, so that one corrupt record further on costs that record alone, wherever it falls; else all of
     * them (a compressed or other binary file does not open with a line of text starting with a brace).
     */
    static int sniffed(byte[] head) {
        int i = TextChecks.hasUtf8Bom(head, head.length) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i == head.length || head[i] != '{') {
            return head.length;
        }
        for (int j = i; j < head.length; j++) {
            if (head[j] == '\n') {
                return j;
            }
        }
        return head.length;
    }

    /**
     * One line, checked as {@link #read} checks it; blank lines add nothing. A line over the limit is refused by its
     * {@code length} alone, so a reader may pass only its first bytes (or none).
     */
    static void line(byte[] bytes, long fullLength, boolean firstLine, String input, String fallbackId, IngestRun run,
                     IngestLimits limits) {
        try {
            if (fullLength > limits.maxRecordBytes()) {
                throw new RejectedInput("record is " + fullLength + " bytes, larger than the limit of "
                        + limits.maxRecordBytes() + " bytes (maxRecordBytes)");
            }
            int length = (int) fullLength;
            TextChecks.rejectBinary(bytes, length);
            int skip = firstLine && TextChecks.hasUtf8Bom(bytes, length) ? 3 : 0;
            String line = TextChecks.decodeStrict(bytes, skip, length - skip, StandardCharsets.UTF_8, skip);
            if (!line.isBlank()) {
                for (String field : record(line, input, fallbackId, run)) {
                    run.warn(input, unknownField(field, 1));
                }
            }
        } catch (RejectedInput e) {
            run.error(input, e.reason());
        }
    }

    /** Where a file's unknown field is first seen and on how many lines. */
    private static final class Unknown {
        final long firstLine;
        long lines;

        Unknown(long firstLine) {
            this.firstLine = firstLine;
        }
    }

    private static void warnUnknown(String file, Map<String, Unknown> unknown, IngestRun run) {
        int n = 0;
        for (Map.Entry<String, Unknown> e : unknown.entrySet()) {
            if (n++ == MAX_UNKNOWN_FIELDS) {
                run.warn(file, (unknown.size() - MAX_UNKNOWN_FIELDS) + " more unknown fields ignored");
                return;
            }
            run.warn(file + ":" + e.getValue().firstLine, unknownField(e.getKey(), e.getValue().lines));
        }
    }

    private static String unknownField(String quotedName, long lines) {
        return "unknown field " + quotedName + " ignored" + (lines > 1 ? ", here and on " + (lines - 1)
                + (lines == 2 ? " later line" : " later lines") : "") + " (the fields read are "
                + String.join(", ", ArticleFields.FIELDS) + ")";
    }

    /** Offers the line's article; returns its unknown fields (quoted), which the article is read without. */
    private static List<String> record(String line, String input, String fallbackId, IngestRun run)
            throws RejectedInput {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new RejectedInput("invalid JSON: " + describe(e));
        }
        ArticleFields a;
        try {
            a = ArticleFields.of(node);
        } catch (IllegalArgumentException e) {
            throw new RejectedInput(e.getMessage());
        }
        run.offer(a.id() != null ? a.id() : fallbackId, a.outlet(), a.url(), a.published(), a.title(), a.text(), input);
        return ArticleFields.unknownFields(node);
    }

    private static String describe(JsonProcessingException e) {
        String msg = e.getOriginalMessage();
        if (msg == null) {
            msg = e.getClass().getSimpleName();
        }
        int nl = msg.indexOf('\n');
        if (nl >= 0) {
            msg = msg.substring(0, nl);
        }
        if (msg.length() > MAX_MESSAGE) {
            msg = msg.substring(0, MAX_MESSAGE) + "...";
        }
        JsonLocation at = e.getLocation();
        return at != null && at.getColumnNr() > 0 ? msg + " at column " + at.getColumnNr() : msg;
    }
}
