// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * JSON as the API reads and writes it. Request bodies must be UTF-8 and at most {@value #MAX_DEPTH} levels deep.
 * Responses are UTF-8, with {@code < > & '} written as {@code \}{@code u003C}-style escapes so
 * untrusted article text can never form markup, even if a browser is tricked into reading a response as HTML.
 */
final class Json {
    static final ObjectMapper MAPPER = mapper();
    /** Deepest nesting a request body may have: articles and corrections are flat objects. */
    static final int MAX_DEPTH = 20;
    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());

    private Json() {
    }

    private static ObjectMapper mapper() {
        JsonFactory f = new JsonFactory();
        f.setCharacterEscapes(new HtmlSafe());
        return new ObjectMapper(f);
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * A request body as JSON, or null when it is empty. Bytes that are not UTF-8 are refused rather than replaced,
     * so a stored text or note is what was sent; a leading byte order mark is skipped. Errors (400) name the byte offset or the line and column and
     * never quote the body.
     */
    static JsonNode read(byte[] body) {
        // a new decoder reports malformed bytes; UTF-8 never decodes to more chars than bytes
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        if (utf8.decode(in, out, true).isError() || utf8.flush(out).isError()) {
            throw new ApiError(400, "the body is not UTF-8 (at byte offset " + in.position() + ")");
        }
        String text = out.flip().toString();
        try {
            // a byte order mark, which some editors and Windows tools write, is no part of the JSON (RFC 8259, 8.1)
            JsonNode root = READER.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            return root == null || root.isMissingNode() ? null : root;
        } catch (StreamConstraintsException e) {
            throw new ApiError(400, "the JSON is nested deeper than " + MAX_DEPTH + " levels");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ApiError(400, "malformed JSON" + where);
        }
    }

    /** {"error": message}. */
    static String error(String message) {
        ObjectNode o = object();
        o.put("error", message);
        return write(o);
    }

    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] codes;

        HtmlSafe() {
            codes = standardAsciiEscapesForJSON();
            codes['<'] = ESCAPE_STANDARD;
            codes['>'] = ESCAPE_STANDARD;
            codes['&'] = ESCAPE_STANDARD;
            codes['\''] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
