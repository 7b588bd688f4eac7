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

/**
 * A JSONL feed: one {@code {id, url, outlet, published, title, text}} object per line. The file is
 * streamed; a bad line becomes an error naming {@code file.jsonl:LINE} and the other lines still count.
 */
final class JsonlReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int MAX_MESSAGE = 200;

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
            TextChecks.rejectBinary(head, head.length);
            int records = 0;
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
                    record(line, input, base + "#" + lines.lineNo(), run);
                } catch (RejectedInput e) {
                    run.error(input, e.reason());
                }
            }
            if (records == 0) {
                throw new RejectedInput("whitespace-only file (no JSONL records)");
            }
        }
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
                record(line, input, fallbackId, run);
            }
        } catch (RejectedInput e) {
            run.error(input, e.reason());
        }
    }

    private static void record(String line, String input, String fallbackId, IngestRun run) throws RejectedInput {
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
