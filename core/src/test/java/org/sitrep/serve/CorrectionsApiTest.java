// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventQuery;

/** The corrections API: token, size and error answers, and split, merge, set and undo over HTTP. */
class CorrectionsApiTest {
    @TempDir
    Path dir;

    ServeFixture fx;
    SitrepServer server;
    /** Generous: a correction re-fuses blocks and rebuilds the search index, on a loaded CI machine too. */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @BeforeEach
    void start() {
        fx = new ServeFixture(dir, 120, 5).preload(120);
        server = SitrepServer.start(ServeConfig.defaults().withPort(0).withWriteToken(ServeFixture.TOKEN)
                .withMaxRequestBytes(4096), fx.store, fx.ingestor, AccessLog.NONE, ServeFixture::fuser);
    }

    @AfterEach
    void stop() {
        server.stop();
        fx.close();
    }

    private HttpResponse<String> post(SitrepServer s, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(ServeFixture.uri(s, path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode twoReportEvent() {
        return fx.store.events(EventQuery.all().limit(1000)).stream().filter(e -> e.path("mention_ids").size() > 1)
                .findFirst().orElseThrow();
    }

    private static String error(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        return ServeFixture.json(r).path("error").asText();
    }

    @Test
    void writesNeedTheTokenAndBadRequestsSayWhy() throws Exception {
        String id = twoReportEvent().path("id").asText();
        String split = "{\"kind\": \"split\", \"event_id\": \"" + id + "\", \"mention_id\": \"x\", \"by\": \"alice\"}";
        HttpResponse<String> none = post(server, "/api/corrections", null, split);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(post(server, "/api/corrections", "wrong-token", split).statusCode()).isEqualTo(401);
        assertThat(post(server, "/api/corrections/cor-0123456789ab/undo", null, "{\"by\": \"a\"}").statusCode()).isEqualTo(401);

        HttpResponse<String> bad = post(server, "/api/corrections", ServeFixture.TOKEN, "{\"kind\": ");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(error(bad)).startsWith("malformed JSON at line 1");
        HttpRequest latin1 = HttpRequest.newBuilder(ServeFixture.uri(server, "/api/corrections"))
                .header("Authorization", "Bearer " + ServeFixture.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(("{\"kind\": \"set_value\", \"event_id\": \"" + id
                        + "\", \"field\": \"location\", \"value\": \"Caf\u00e9\", \"by\": \"alice\"}")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).build();
        HttpResponse<String> notUtf8 = http.send(latin1, HttpResponse.BodyHandlers.ofString());
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        assertThat(error(notUtf8)).startsWith("the body is not UTF-8");
        HttpResponse<String> kind = post(server, "/api/corrections", ServeFixture.TOKEN, "{\"kind\": \"rename\", \"event_id\": \"" + id + "\"}");
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(error(kind)).contains("split, merge or set_value");
        HttpResponse<String> report = post(server, "/api/corrections", ServeFixture.TOKEN, split);
        assertThat(report.statusCode()).isEqualTo(404);
        assertThat(error(report)).contains("has no report x");
        HttpResponse<String> event = post(server, "/api/corrections", ServeFixture.TOKEN,
                "{\"kind\": \"merge\", \"event_id\": \"ev-000000000000\", \"other_event_id\": \"" + id + "\", \"by\": \"alice\"}");
        assertThat(event.statusCode()).isEqualTo(404);
        assertThat(error(event)).startsWith("no event ev-000000000000");
        HttpResponse<String> value = post(server, "/api/corrections", ServeFixture.TOKEN,
                "{\"kind\": \"set_value\", \"event_id\": \"" + id + "\", \"field\": \"fatalities\", \"value\": \"<b>many</b>\", \"by\": \"alice\"}");
        assertThat(value.statusCode()).isEqualTo(400);
        assertThat(value.body()).doesNotContain("<b>").contains("\\u003Cb\\u003E");
        HttpResponse<String> who = post(server, "/api/corrections", ServeFixture.TOKEN,
                "{\"kind\": \"set_value\", \"event_id\": \"" + id + "\", \"field\": \"fatalities\", \"value\": \"3\"}");
        assertThat(who.statusCode()).isEqualTo(400);
        assertThat(error(who)).contains("who makes the correction");
        HttpResponse<String> big = post(server, "/api/corrections", ServeFixture.TOKEN,
                "{\"kind\": \"split\", \"note\": \"" + "x".repeat(5000) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
        HttpResponse<String> undo = post(server, "/api/corrections/cor-0123456789ab/undo", ServeFixture.TOKEN, "{\"by\": \"alice\"}");
        assertThat(undo.statusCode()).isEqualTo(404);
        assertThat(fx.store.corrections()).isEmpty();

        SitrepServer readOnly = SitrepServer.start(ServeConfig.defaults().withPort(0), fx.store, fx.ingestor,
                AccessLog.NONE, ServeFixture::fuser);
        try {
            HttpResponse<String> off = post(readOnly, "/api/corrections", ServeFixture.TOKEN, split);
            assertThat(off.statusCode()).isEqualTo(403);
            assertThat(error(off)).contains("writes are disabled");
        } finally {
            readOnly.stop();
        }
    }

    @Test
    void splitMergeSetAndUndoOverHttp() throws Exception {
        JsonNode event = twoReportEvent();
        String id = event.path("id").asText();
        String first = event.path("mention_ids").get(0).asText();
        String second = event.path("mention_ids").get(1).asText();

        HttpResponse<String> split = post(server, "/api/corrections", ServeFixture.TOKEN, "{\"kind\": \"split\", \"event_id\": \""
                + id + "\", \"mention_id\": \"" + first + "\", \"by\": \"alice\", \"note\": \"another day\"}");
        assertThat(split.statusCode()).as(split.body()).isEqualTo(201);
        JsonNode made = ServeFixture.json(split);
        assertThat(made.path("correction").path("kind").asText()).isEqualTo("split");
        assertThat(made.path("correction").path("by").asText()).isEqualTo("alice");
        String left = made.path("event_id").asText();
        JsonNode after = ServeFixture.json(fx.get(server, "/api/events/" + left));
        assertThat(after.path("mention_ids").toString()).contains(second).doesNotContain(first);
        assertThat(after.path("corrections").get(0).path("id")).isEqualTo(made.path("correction").path("id"));

        String alone = fx.store.eventIdsFor(java.util.List.of(first)).iterator().next();
        HttpResponse<String> merge = post(server, "/api/corrections", ServeFixture.TOKEN, "{\"kind\": \"merge\", \"event_id\": \""
                + left + "\", \"other_event_id\": \"" + alone + "\", \"by\": \"bob\"}");
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(201);
        String merged = ServeFixture.json(merge).path("event_id").asText();
        assertThat(ServeFixture.json(fx.get(server, "/api/events/" + merged)).path("mention_ids").toString())
                .contains(first).contains(second);

        HttpResponse<String> set = post(server, "/api/corrections", ServeFixture.TOKEN, "{\"kind\": \"set_value\", \"event_id\": \""
                + merged + "\", \"field\": \"fatalities\", \"value\": \"77\", \"by\": \"alice\", \"note\": \"morgue count\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
        JsonNode corrected = ServeFixture.json(fx.get(server, "/api/events/" + ServeFixture.json(set).path("event_id").asText()));
        assertThat(corrected.path("counts").path("fatalities").path("value").asLong()).isEqualTo(77);

        JsonNode list = ServeFixture.json(fx.get(server, "/api/corrections"));
        assertThat(list).hasSize(3);
        assertThat(list.get(2).path("value").asText()).isEqualTo("77");
        String setId = list.get(2).path("id").asText();
        HttpResponse<String> undo = post(server, "/api/corrections/" + setId + "/undo", ServeFixture.TOKEN, "{\"by\": \"carol\"}");
        assertThat(undo.statusCode()).as(undo.body()).isEqualTo(200);
        assertThat(ServeFixture.json(undo).path("correction").path("undone_by").asText()).isEqualTo("carol");
        JsonNode back = ServeFixture.json(fx.get(server, "/api/events/" + ServeFixture.json(undo).path("event_id").asText()));
        assertThat(back.path("counts").path("fatalities").path("value").asLong()).isNotEqualTo(77);
        HttpResponse<String> again = post(server, "/api/corrections/" + setId + "/undo", ServeFixture.TOKEN, "{\"by\": \"carol\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(error(again)).contains("undone already");
        // the export shows the corrected events too
        assertThat(fx.get(server, "/api/export.jsonl").body()).contains("\"corrections\":[{\"id\":\"" + list.get(0).path("id").asText());
        assertThat(fx.store.integrityProblems()).isEmpty();
    }
}
