// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that no route takes as sent: a request URI that is not UTF-8 once percent-decoded is a 400 that does not
 * echo it, a known path asked with another method a 405 with {@code Allow}, an unknown path a 404.
 */
class UnroutedTest {
    @TempDir
    Path dir;

    ServeFixture fx;
    SitrepServer server;

    @BeforeEach
    void start() {
        fx = new ServeFixture(dir, 10, 3).preload(2);
        server = SitrepServer.start(ServeConfig.defaults().withPort(0).withWriteToken(ServeFixture.TOKEN), fx.store,
                fx.ingestor, AccessLog.NONE);
    }

    @AfterEach
    void stop() {
        server.stop();
        fx.close();
    }

    @Test
    void aPathThatIsNotUtf8IsA400ThatDoesNotEchoIt() throws Exception {
        for (String path : new String[] {"/api/events/%FF%FE", "/api/articles/ab%C3%28", "/no-such%E9page"}) {
            HttpResponse<String> r = send("GET", path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            String error = ServeFixture.json(r).path("error").asText();
            assertThat(error).isEqualTo("the request path is not UTF-8 once percent-decoded; send UTF-8 percent-encoded");
            assertThat(r.body()).doesNotContain("\uFFFD").doesNotContain("%");
        }
        HttpResponse<String> q = send("GET", "/api/search?q=r%E9fugi%E9s");
        assertThat(q.statusCode()).isEqualTo(400);
        assertThat(ServeFixture.json(q).path("error").asText()).startsWith("the query string is not UTF-8");
        assertThat(q.body()).doesNotContain("\uFFFD").doesNotContain("fugi");
    }

    @Test
    void theApiDocumentNamesTheAnswersEveryPathMayGet() throws Exception {
        HttpResponse<String> r = send("GET", "/api/openapi.json");
        String description = ServeFixture.json(r).path("info").path("description").asText();
        // the answers no operation lists: this class's 404, and Jetty's own 414 and 431
        for (String answer : new String[] {"404 for an unknown path", "414", "431"}) {
            assertThat(description).as(answer).contains(answer);
        }
    }

    @Test
    void aPercentEncodedUtf8PathIsReadAsText() throws Exception {
        HttpResponse<String> r = send("GET", "/api/events/caf%C3%A9");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(ServeFixture.json(r).path("error").asText()).isEqualTo("no event with id 'café'");
    }

    @Test
    void aKnownPathAskedWithAnotherMethodIsA405NamingMethodAndPath() throws Exception {
        HttpResponse<String> delete = send("DELETE", "/api/events");
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(ServeFixture.json(delete).path("error").asText())
                .isEqualTo("method 'DELETE' is not allowed on '/api/events'; it takes GET, HEAD");

        HttpResponse<String> get = send("GET", "/api/articles");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(ServeFixture.json(get).path("error").asText())
                .isEqualTo("method 'GET' is not allowed on '/api/articles'; it takes POST");

        HttpResponse<String> put = send("PUT", "/api/events/some-event/");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(ServeFixture.json(put).path("error").asText()).contains("'PUT'", "'/api/events/some-event/'");

        HttpResponse<String> undo = send("GET", "/api/corrections/12/undo");
        assertThat(undo.statusCode()).isEqualTo(405);
        assertThat(undo.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void anUnknownPathIsA404NamingIt() throws Exception {
        HttpResponse<String> r = send("DELETE", "/api/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Allow")).isEmpty();
        assertThat(ServeFixture.json(r).path("error").asText()).isEqualTo("no endpoint 'DELETE' '/api/nothing-here'");
        assertThat(send("GET", "/api/events/one/two").statusCode()).isEqualTo(404);
    }

    @Test
    void routePatternsMatchWholeSegments() {
        Unrouted u = new Unrouted();
        u.add("GET", "/api/events/{id}");
        u.add("POST", "/api/corrections/{id}/undo");
        u.add("GET", "/api/export.csv");
        assertThat(u.allowed("/api/events/x1")).containsExactly("GET", "HEAD");
        assertThat(u.allowed("/api/events/")).isEmpty();
        assertThat(u.allowed("/api/corrections/3/undo")).containsExactly("POST");
        assertThat(u.allowed("/api/corrections/3/4/undo")).isEmpty();
        assertThat(u.allowed("/api/exportXcsv")).isEmpty();
    }

    @Test
    void utf8IsJudgedOnThePercentDecodedBytes() {
        assertThat(Unrouted.isUtf8("/api/events/plain")).isTrue();
        assertThat(Unrouted.isUtf8("/a%20b%C3%A9%F0%9F%98%80")).isTrue();
        assertThat(Unrouted.isUtf8("/a%C3")).isFalse();
        assertThat(Unrouted.isUtf8("/a%ED%A0%80")).as("an encoded surrogate").isFalse();
        assertThat(Unrouted.isUtf8("/100%")).as("a lone percent sign is left to the route").isTrue();
    }

    private HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
        return fx.send(server, method, pathAndQuery);
    }
}
