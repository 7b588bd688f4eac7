// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document against the running server: the same operations as the routes it registers, and the
 * answers every operation may get (400 for a query that is not UTF-8, 405 with Allow for another method) listed
 * on the operation and given by the server.
 */
class OpenApiSpecTest {
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    @TempDir
    Path dir;

    ServeFixture fx;
    SitrepServer server;
    JsonNode doc;

    @BeforeEach
    void start() throws Exception {
        fx = new ServeFixture(dir, 10, 3).preload(2);
        server = SitrepServer.start(ServeConfig.defaults().withPort(0).withWriteToken(ServeFixture.TOKEN), fx.store,
                fx.ingestor, AccessLog.NONE);
        HttpResponse<String> r = send("GET", "/api/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        doc = ServeFixture.json(r);
    }

    @AfterEach
    void stop() {
        server.stop();
        fx.close();
    }

    @Test
    void theDocumentHoldsExactlyTheServersRoutes() {
        assertThat(doc.path("openapi").asText()).startsWith("3.0");
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
            }
        }));
        Set<String> served = new TreeSet<>();
        server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
        assertThat(served).hasSizeGreaterThanOrEqualTo(16);
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void everyOperationLists400And405AndTheServerGivesThem() throws Exception {
        List<String> checked = new ArrayList<>();
        var paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            var p = paths.next();
            String path = p.getKey().replaceAll("\\{[^}]+}", "x1");
            Set<String> takes = new LinkedHashSet<>();
            for (String m : METHODS) {
                if (!p.getValue().has(m)) {
                    continue;
                }
                String method = m.toUpperCase(Locale.ROOT);
                JsonNode responses = p.getValue().path(m).path("responses");
                assertThat(resolve(responses.path("400")).path("description").asText()).as(method + " " + path)
                        .contains("not UTF-8 once percent-decoded");
                JsonNode notAllowed = resolve(responses.path("405"));
                assertThat(notAllowed.path("headers").has("Allow")).as(method + " " + path).isTrue();

                // the route refuses a query that is not UTF-8 before anything else, token or body
                HttpResponse<String> bad = send(method, path + "?q=caf%E9");
                assertThat(bad.statusCode()).as(method + " " + path).isEqualTo(400);
                assertThat(ServeFixture.json(bad).path("error").asText()).startsWith("the query string is not UTF-8");
                takes.add(method);
                if (method.equals("GET")) {
                    takes.add("HEAD");
                }
            }
            for (String other : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                if (takes.contains(other)) {
                    continue;
                }
                HttpResponse<String> r = send(other, path);
                assertThat(r.statusCode()).as(other + " " + path).isEqualTo(405);
                assertThat(r.headers().firstValue("Allow")).as(other + " " + path).hasValue(String.join(", ", takes));
            }
            checked.add(p.getKey());
        }
        assertThat(checked).contains("/api/events", "/api/articles", "/api/corrections/{id}/undo");
    }

    @Test
    void everyReferenceResolvesAndNoTypeIsAList() {
        List<String> refs = new ArrayList<>();
        walk(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void theQueueCapAndTheJobAddressAreDocumented() {
        JsonNode post = doc.path("paths").path("/api/articles").path("post").path("responses");
        assertThat(post.path("503").path("headers").has("Retry-After")).isTrue();
        assertThat(post.path("202").path("headers").has("Location")).isTrue();
    }

    private JsonNode resolve(JsonNode response) {
        String ref = response.path("$ref").asText(null);
        return ref == null ? response : doc.at(ref.substring(1));
    }

    /** Collects every $ref and fails on a JSON Schema 2020 type list, which OpenAPI 3.0 does not read. */
    private static void walk(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                }
                if (f.getKey().equals("type")) {
                    assertThat(f.getValue().isTextual()).as("type " + f.getValue()).isTrue();
                }
                walk(f.getValue(), refs);
            });
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, refs));
        }
    }

    private HttpResponse<String> send(String method, String pathAndQuery) throws Exception {
        return fx.send(server, method, pathAndQuery);
    }
}
