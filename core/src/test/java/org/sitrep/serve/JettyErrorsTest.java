// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that Jetty refuses before any route sees them (malformed, URI or headers over its limits) are answered in
 * the API's JSON error shape, not Jetty's HTML page. Sent over a raw socket: Java's HTTP client will not send them.
 */
class JettyErrorsTest {
    @TempDir
    Path dir;

    ServeFixture fx;
    SitrepServer server;

    @BeforeEach
    void start() {
        fx = new ServeFixture(dir, 10, 3).preload(2);
        server = SitrepServer.start(ServeConfig.defaults().withPort(0).withWriteToken(ServeFixture.TOKEN)
                .withMaxRequestBytes(4096), fx.store, fx.ingestor, AccessLog.NONE);
    }

    @AfterEach
    void stop() {
        server.stop();
        fx.close();
    }

    @Test
    void aMalformedPathIsAJson400() throws Exception {
        Answer a = send("GET /api/events/a%00b HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(a.status).isEqualTo(400);
        assertThat(a.json().path("error").asText()).startsWith("malformed request");
    }

    @Test
    void aPathClimbingOutOfTheRootIsAJson400() throws Exception {
        Answer a = send("GET /web/../../etc/passwd HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(a.status).isEqualTo(400);
        assertThat(a.json().path("error").asText()).startsWith("malformed request");
    }

    @Test
    void aUriOverJettysLimitIsAJson414() throws Exception {
        Answer a = send("GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(a.status).isEqualTo(414);
        assertThat(a.json().path("error").asText()).isEqualTo("the request URI is too long");
    }

    @Test
    void headersOverJettysLimitAreAJson431() throws Exception {
        Answer a = send("GET /api/events HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "b".repeat(20_000)
                + "\r\n\r\n");
        assertThat(a.status).isEqualTo(431);
        assertThat(a.json().path("error").asText()).isEqualTo("the request headers are too large");
    }

    @Test
    void aBrokenRequestLineIsAJson400() throws Exception {
        Answer a = send("GET /api/events HTTP/9.9\r\nHost: localhost\r\n\r\n");
        assertThat(a.status).isBetween(400, 505);
        assertThat(a.json().path("error").asText()).isNotBlank();
    }

    @Test
    void reasonsAreWordsAClientCanActOn() {
        assertThat(JsonErrorHandler.reason(400, "Bad Request")).isEqualTo("malformed request");
        assertThat(JsonErrorHandler.reason(400, "Ambiguous URI path separator"))
                .isEqualTo("malformed request: Ambiguous URI path separator");
        assertThat(JsonErrorHandler.reason(413, null)).isEqualTo("the request body is too large");
        assertThat(JsonErrorHandler.reason(400, "bad\r\nSet-Cookie: x")).isEqualTo("malformed request: bad??Set-Cookie: x");
        assertThat(JsonErrorHandler.reason(418, "")).isEqualTo("request refused (HTTP 418)");
    }

    private record Answer(int status, String head, String body) {
        JsonNode json() throws IOException {
            assertThat(head.toLowerCase(Locale.ROOT)).contains("content-type: application/json");
            assertThat(body).doesNotContain("<");
            return Json.MAPPER.readTree(body);
        }
    }

    private Answer send(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            // Jetty closes the connection after a refused request; a complete answer is read before that
            while ((n = in.read(buf)) > 0) {
                all.write(buf, 0, n);
                String sofar = all.toString(StandardCharsets.UTF_8);
                int end = sofar.indexOf("\r\n\r\n");
                if (end >= 0 && complete(sofar, end)) {
                    break;
                }
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, text.substring(end + 4));
        }
    }

    private static boolean complete(String sofar, int headEnd) {
        for (String line : sofar.substring(0, headEnd).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring(15).strip());
                return sofar.getBytes(StandardCharsets.UTF_8).length - headEnd - 4 >= length;
            }
        }
        return false;
    }
}
