package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Lines read with a bound on what is kept of each. */
class LineReaderTest {
    /** {@code size} bytes of 'a', then the tail, made up as they are read: no array holds them. */
    private static InputStream longLineThen(long size, String tail) {
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long pos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= size + end.length) {
                    return -1;
                }
                int n = 0;
                while (n < len && pos < size + end.length) {
                    if (pos < size) {
                        int run = (int) Math.min(len - n, size - pos);
                        Arrays.fill(b, off + n, off + n + run, (byte) 'a');
                        n += run;
                        pos += run;
                    } else {
                        b[off + n++] = end[(int) (pos++ - size)];
                    }
                }
                return n;
            }
        };
    }

    @Test
    void aLineLongerThanAnyArrayIsCountedAndSkippedAndTheNextLineIsRead() throws Exception {
        long size = 2_200_000_000L; // over Integer.MAX_VALUE: a reader that kept it would fail, not count it
        try (LineReader lines = new LineReader(longLineThen(size, "\n{\"text\": \"short\"}\n"), 1024)) {
            assertThat(lines.next()).isTrue();
            assertThat(lines.tooLong()).isTrue();
            assertThat(lines.lineBytes()).isEqualTo(size);
            assertThat(lines.length()).isZero();
            assertThat(lines.bytes().length).isLessThanOrEqualTo(1024);
            assertThat(lines.next()).isTrue();
            assertThat(new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8)).isEqualTo("{\"text\": \"short\"}");
            assertThat(lines.lineNo()).isEqualTo(2);
            assertThat(lines.lineStart()).isEqualTo(size + 1);
            assertThat(lines.next()).isFalse();
        }
    }

    @Test
    void thePositionIsWhereTheNextLineStarts() throws Exception {
        try (LineReader lines = new LineReader(new ByteArrayInputStream("ab\r\n\ncd".getBytes(StandardCharsets.UTF_8)), 8)) {
            assertThat(lines.position()).isZero();
            assertThat(lines.next()).isTrue();
            assertThat(lines.length()).isEqualTo(2); // the CR before the LF is dropped
            assertThat(lines.position()).isEqualTo(4);
            assertThat(lines.next()).isTrue();
            assertThat(lines.length()).isZero();
            assertThat(lines.position()).isEqualTo(5);
            assertThat(lines.next()).isTrue();
            assertThat(lines.lineStart()).isEqualTo(5);
            assertThat(lines.position()).isEqualTo(7);
            assertThat(lines.next()).isFalse();
        }
    }
}
