// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON as the API writes it: UTF-8, with {@code < > & '} written as {@code \}{@code u003C}-style escapes so
 * untrusted article text can never form markup, even if a browser is tricked into reading a response as HTML.
 */
final class Json {
    static final ObjectMapper MAPPER = mapper();

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
