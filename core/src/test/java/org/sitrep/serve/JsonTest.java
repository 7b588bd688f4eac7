// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Request bodies: strict UTF-8, bounded nesting, errors that name the place and never quote the body. */
class JsonTest {
    @Test
    void aUtf8BodyIsReadWithItsAccents() {
        byte[] body = "{\"note\": \"caf\u00e9 in the square\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Json.read(body).path("note").asText()).isEqualTo("caf\u00e9 in the square");
    }

    @Test
    void aLatin1BodyIsRefusedNotStoredWithReplacementCharacters() {
        byte[] body = "{\"note\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        ApiError e = catchThrowableOfType(() -> Json.read(body), ApiError.class);
        assertThat(e.status).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("the body is not UTF-8 (at byte offset 13)");
    }

    @Test
    void aBodyNestedDeeperThanTheCapIsRefused() {
        String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
        ApiError e = catchThrowableOfType(() -> Json.read(deep.getBytes(StandardCharsets.UTF_8)), ApiError.class);
        assertThat(e.status).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("the JSON is nested deeper than 20 levels");
    }

    @Test
    void malformedJsonNamesLineAndColumnWithoutQuotingTheBody() {
        ApiError e = catchThrowableOfType(() -> Json.read("{\n\"kind\": <script>".getBytes(StandardCharsets.UTF_8)),
                ApiError.class);
        assertThat(e.getMessage()).isEqualTo("malformed JSON at line 2, column 9").doesNotContain("script");
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsSkippedNotAMalformedBody() {
        byte[] body = "\uFEFF{\"kind\": \"merge\", \"note\": \"same raid\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        JsonNode read = Json.read(body);
        assertThat(read.path("kind").asText()).isEqualTo("merge");
        assertThat(read.path("note").asText()).isEqualTo("same raid");
        assertThat(Json.read("\uFEFF".getBytes(StandardCharsets.UTF_8))).as("a mark alone is an empty body").isNull();
    }

    @Test
    void anEmptyBodyIsNull() {
        assertThat(Json.read(new byte[0])).isNull();
        assertThat(Json.read("  \n".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
