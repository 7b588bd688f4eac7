package org.sitrep.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text article. An optional first line {@code " date 2018-03-22"} gives the publication date;
 * the text may follow on the same line or on the next. The text is kept exactly as written, except that
 * a UTF-8 BOM is dropped, CRLF becomes LF, and the date prefix (with the whitespace after it) is removed.
 */
final class TxtReader {
    /** Leading spaces optional, {@code date} in any case, an optional colon, then an ISO date. */
    static final Pattern DATE_LINE = Pattern.compile("[ \\t]*(?i:date):?[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=\\s|\\z)\\s*");

    private TxtReader() {
    }

    static void read(Path path, IngestRun run, IngestLimits limits) throws IOException, RejectedInput {
        byte[] bytes = InputFiles.readBounded(path, limits.maxFileBytes());
        TextChecks.rejectBinary(bytes, bytes.length);
        int skip = TextChecks.hasUtf8Bom(bytes, bytes.length) ? 3 : 0;
        String text = TextChecks.normalizeNewlines(
                TextChecks.decodeStrict(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8, skip));
        if (text.isBlank()) {
            throw new RejectedInput("whitespace-only text");
        }
        LocalDate published = null;
        Matcher m = DATE_LINE.matcher(text);
        if (m.lookingAt()) {
            published = Metadata.parseDate(m.group(1));
            if (published == null) {
                // "date 2020-02-30": refused, not read as undated (the events would quietly lose their dates)
                throw new RejectedInput("the date line's " + m.group(1) + " is not a calendar date");
            }
            text = text.substring(m.end());
            if (text.isBlank()) {
                throw new RejectedInput("no article text after the date line");
            }
        }
        run.offer(InputFiles.baseName(path), null, null, published, null, text, path.toString());
    }
}
