package org.sitrep.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line without ever holding more than {@code maxLineBytes} of one line:
 * the rest of an over-long line is counted and skipped. Lines end at LF; a CR before the LF is dropped.
 * The CLI's JSONL reader and the Spark job's input format both read with it, so both apply one rule.
 */
public final class LineReader implements Closeable {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkLen;
    private int chunkPos;
    private long chunkStart;

    private byte[] line = new byte[256];
    private int lineLen;
    private long lineBytes;
    private long lineStart;
    private int lineNo;
    private boolean overflow;

    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Fills the first chunk and returns it, for sniffing; call before {@link #next()}. */
    public byte[] peek() throws IOException {
        if (chunkLen == 0 && chunkPos == 0) {
            fill();
        }
        return Arrays.copyOf(chunk, chunkLen);
    }

    /** Advances to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        lineLen = 0;
        lineBytes = 0;
        overflow = false;
        lineStart = chunkStart + chunkPos;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen && !fill()) {
                break;
            }
            any = true;
            int start = chunkPos;
            int end = start;
            while (end < chunkLen && chunk[end] != '\n') {
                end++;
            }
            append(start, end);
            if (end < chunkLen) {
                chunkPos = end + 1;
                break;
            }
            chunkPos = end;
        }
        if (!any) {
            return false;
        }
        lineNo++;
        if (!overflow && lineLen > 0 && line[lineLen - 1] == '\r') {
            lineLen--;
            lineBytes--;
        }
        return true;
    }

    private void append(int start, int end) {
        int n = end - start;
        lineBytes += n;
        if (overflow) {
            return;
        }
        if (lineLen + n > maxLineBytes) {
            overflow = true;
            return;
        }
        if (lineLen + n > line.length) {
            line = Arrays.copyOf(line, Math.max(lineLen + n, Math.min(maxLineBytes, line.length * 2)));
        }
        System.arraycopy(chunk, start, line, lineLen, n);
        lineLen += n;
    }

    private boolean fill() throws IOException {
        chunkStart += chunkLen;
        chunkPos = 0;
        chunkLen = 0;
        int n = in.read(chunk);
        while (n == 0) {
            n = in.read(chunk);
        }
        if (n < 0) {
            return false;
        }
        chunkLen = n;
        return true;
    }

    /** The current line's bytes, valid up to {@link #length()}; empty when {@link #tooLong()}. */
    public byte[] bytes() {
        return line;
    }

    public int length() {
        return overflow ? 0 : lineLen;
    }

    /** Length of the current line in bytes, without its line break, even when it was too long to keep. */
    public long lineBytes() {
        return lineBytes;
    }

    public boolean tooLong() {
        return overflow;
    }

    /** Byte offset of the current line's first byte in the stream. */
    public long lineStart() {
        return lineStart;
    }

    /** Byte offset in the stream of the next unread byte: where the next line starts. */
    public long position() {
        return chunkStart + chunkPos;
    }

    /** 1-based number of the current line. */
    public int lineNo() {
        return lineNo;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
