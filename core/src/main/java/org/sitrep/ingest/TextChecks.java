package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.common.BinaryContent;
import org.sitrep.common.Sha256;

/** Byte- and text-level checks shared by all input formats. */
final class TextChecks {
    /** How much of the start of an input is inspected for binary content. */
    static final int SNIFF_BYTES = BinaryContent.SNIFF_BYTES;
    private static final double MAX_CONTROL_SHARE = BinaryContent.MAX_CONTROL_SHARE;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The start of a whole HTML page: a doctype or the html element, after any white space. */
    private static final Pattern HTML_PAGE = Pattern.compile("\\s*<(!doctype\\s+html|html[\\s>])",
            Pattern.CASE_INSENSITIVE);

    /**
     * Why a whole page is refused and what to do instead, true on every road a text comes by (a .txt file, a JSONL
     * line, the API, a feed): the page's own file is read as HTML, its article found and its menus left out.
     */
    static final String PAGE_GIVEN_AS_TEXT = "the text is a whole HTML page (it begins with a doctype or an <html> "
            + "tag), not an article's text: its menus and scripts would be read as sentences. Give the article's text "
            + "alone, or save the page as an .html file and read that with 'sitrep extract' or 'sitrep ingest', "
            + "which find the article in the page";

    private TextChecks() {
    }

    /**
     * Refuses an id that would break what shows it: a control character forges log and error lines, and an id
     * longer than {@link Ingest#MAX_ID_CHARS} leaves no room in the store's 512-character keys for the mention
     * ids made from it.
     */
    static void checkId(String id) throws RejectedInput {
        if (id.length() > Ingest.MAX_ID_CHARS) {
            throw new RejectedInput("id is " + id.length() + " characters, longer than the limit of "
                    + Ingest.MAX_ID_CHARS);
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                throw new RejectedInput(String.format(Locale.ROOT, "id holds a control character (U+%04X at %d)",
                        (int) id.charAt(i), i));
            }
        }
    }

    static boolean hasUtf8Bom(byte[] b, int len) {
        return len >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** Rejects binary content ({@link BinaryContent#problem}). */
    static void rejectBinary(byte[] b, int len) throws RejectedInput {
        var problem = BinaryContent.problem(b, len);
        if (problem.isPresent()) {
            throw new RejectedInput(problem.get());
        }
    }

    /** The same check for text that is already decoded ({@link Ingest#readString}, JSONL fields). */
    static void rejectBinary(String s) throws RejectedInput {
        int n = Math.min(s.length(), SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw new RejectedInput("binary content (NUL character at offset " + i + ")");
            }
            if (c < 0x80 && BinaryContent.isControl(c)) {
                control++;
            }
        }
        if (n > 0 && control > n * MAX_CONTROL_SHARE) {
            throw new RejectedInput(String.format(Locale.ROOT,
                    "binary content (%d of the first %d characters are control characters)", control, n));
        }
    }

    /**
     * Decodes strictly: malformed or unmappable input is reported with its byte offset, never replaced.
     *
     * @param baseOffset added to the reported offset (the position of {@code b[off]} in the file)
     */
    static String decodeStrict(byte[] b, int off, int len, Charset charset, long baseOffset) throws RejectedInput {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) Math.ceil(len * (double) decoder.maxCharsPerByte()) + 4));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            long at = baseOffset + (in.position() - off);
            String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
            throw new RejectedInput("invalid " + name + " at byte offset " + at);
        }
        if (r.isOverflow()) {
            // cannot happen: the buffer holds maxCharsPerByte * len characters
            throw new IllegalStateException("decoder overflow");
        }
        out.flip();
        return out.toString();
    }

    /** Strips a leading BOM character and turns CRLF into LF; everything else is kept as is. */
    static String normalizeNewlines(String s) {
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n");
    }

    /** Empty, whitespace-only, binary, a whole HTML page given as text, and too-short text. */
    static void checkText(String text, int minTextChars) throws RejectedInput {
        if (text.isEmpty()) {
            throw new RejectedInput("empty text");
        }
        if (text.isBlank()) {
            throw new RejectedInput("whitespace-only text");
        }
        rejectBinary(text);
        // read as text, a page's markup, scripts and menus would be taken for the article's sentences
        if (isHtmlPage(text)) {
            throw new RejectedInput(PAGE_GIVEN_AS_TEXT);
        }
        int chars = text.strip().length();
        if (chars < minTextChars) {
            throw new RejectedInput("text too short: " + chars + " characters, the minimum is "
                    + minTextChars + " (minTextChars)");
        }
    }

    /** Whether the text is a whole HTML page: it begins with a doctype or an {@code <html>} tag. */
    static boolean isHtmlPage(String text) {
        return HTML_PAGE.matcher(text).lookingAt();
    }

    /** Text as it is hashed: Unicode NFC, whitespace runs collapsed to one space, trimmed. */
    static String normalizeForHash(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").strip();
    }

    /** SHA-256 (lower-case hex) of the {@linkplain #normalizeForHash normalized} text. */
    static String contentHash(String text) {
        return Sha256.hex(normalizeForHash(text));
    }

    /** Number of bytes {@code s} takes in UTF-8, without encoding it. */
    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
