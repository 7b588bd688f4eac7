package org.sitrep.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTML page: decoded strictly (UTF-8 unless the page declares another charset), then extracted. */
final class HtmlReader {
    private static final int CHARSET_SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

    private HtmlReader() {
    }

    static void read(Path path, IngestRun run, IngestLimits limits) throws IOException, RejectedInput {
        byte[] bytes = InputFiles.readBounded(path, limits.maxFileBytes());
        TextChecks.rejectBinary(bytes, bytes.length);
        int skip = TextChecks.hasUtf8Bom(bytes, bytes.length) ? 3 : 0;
        Charset charset = skip > 0 ? StandardCharsets.UTF_8 : declaredCharset(bytes);
        String html = TextChecks.decodeStrict(bytes, skip, bytes.length - skip, charset, skip);
        if (html.isBlank()) {
            throw new RejectedInput("whitespace-only text");
        }
        HtmlExtractor.Extracted page = HtmlExtractor.extract(html, run.limits().minTextChars());
        run.offer(InputFiles.baseName(path), page.outlet(), page.url(), page.published(), page.title(),
                page.text(), path.toString());
    }

    /** The charset named in a {@code <meta>} near the top of the page; UTF-8 when none or unknown. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                // pages that say ASCII are often UTF-8 in fact; UTF-8 decodes all of ASCII the same way
                return declared.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : declared;
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
