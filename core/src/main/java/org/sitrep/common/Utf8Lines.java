// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.common;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

/**
 * The lines of a text file that are not UTF-8, by number (from 1; a line ends at LF, CRLF or a lone CR, as CSV
 * parsers count). A reader that decodes leniently (each bad byte a replacement character) can then refuse those
 * lines by number and read the others, rather than store text with replacement characters where letters were.
 */
public final class Utf8Lines {
    private Utf8Lines() {
    }

    /** The numbers of the lines of {@code in} that hold a byte sequence that is not UTF-8; the stream is read to its end. */
    public static TreeSet<Long> notUtf8(InputStream in) throws IOException {
        TreeSet<Long> bad = new TreeSet<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long number = 1;
        boolean afterCr = false;
        InputStream buffered = new BufferedInputStream(in, 1 << 16);
        for (int b = buffered.read(); b >= 0; b = buffered.read()) {
            if (b == '\n' && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = b == '\r';
            if (b == '\n' || b == '\r') {
                check(line, number++, decoder, bad);
            } else {
                line.write(b);
            }
        }
        check(line, number, decoder, bad);
        return bad;
    }

    private static void check(ByteArrayOutputStream line, long number, CharsetDecoder decoder, TreeSet<Long> bad) {
        try {
            decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
        } catch (CharacterCodingException e) {
            bad.add(number);
        }
        line.reset();
    }
}
