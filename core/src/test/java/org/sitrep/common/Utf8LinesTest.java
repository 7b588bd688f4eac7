// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines that are not UTF-8 are found by number, whatever line ends the file uses. */
class Utf8LinesTest {
    @Test
    void findsTheLinesWithBytesThatAreNotUtf8() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("caf\u00e9 ok\n".getBytes(StandardCharsets.UTF_8));            // 1
        b.writeBytes("caf\u00e9 latin-1\r\n".getBytes(StandardCharsets.ISO_8859_1)); // 2
        b.writeBytes("plain\r".getBytes(StandardCharsets.UTF_8));                    // 3, a lone CR ends it
        b.writeBytes(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}); // 4, an encoded surrogate
        b.writeBytes(new byte[] {'e', 'n', 'd', (byte) 0xC3});                       // 5, cut in a character
        assertThat(Utf8Lines.notUtf8(new ByteArrayInputStream(b.toByteArray()))).containsExactly(2L, 4L, 5L);
        assertThat(Utf8Lines.notUtf8(new ByteArrayInputStream(new byte[0]))).isEmpty();
    }
}
