// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API over a store of synthetic events, on 127.0.0.1 and a free port. */
class SitrepServerTest {
    @TempDir
    Path dir;

    ServeFixture fx;
    SitrepServer server;

    @BeforeEach
    void start() {
        fx = new ServeFixture(dir, 120, 5).preload(40);
        server = SitrepServer.start(ServeConfig.defaults().withPort(0).withWriteToken(ServeFixture.TOKEN)
                .withMaxRequestBytes(4096), fx.store, fx.ingestor);
    }

    @AfterEach
    void stop() {
        server.stop();
        fx.close();
    }

    @Test
    void listsAndFiltersEvents() throws Exception {
        HttpResponse<String> r = fx.get(server, "/api/events");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        JsonNode all = ServeFixture.json(r);
        assertThat(all.path("total").asLong()).isEqualTo(fx.store.eventCount()).isPositive();

        String country = all.path("events").get(0).path("location").path("country").asText();
        JsonNode some = ServeFixture.json(fx.get(server, "/api/events?region=" + country.replace(" ", "%20") + "&limit=1"));
        assertThat(some.path("events")).hasSize(1);
        assertThat(some.path("total").asLong()).isPositive().isLessThanOrEqualTo(all.path("total").asLong());
        JsonNode filtered = ServeFixture.json(fx.get(server, "/api/events?region=" + country.replace(" ", "%20") + "&limit=1000"));
        assertThat(filtered.path("events")).hasSize((int) some.path("total").asLong());
        filtered.path("events").forEach(e -> assertThat(e.path("location").path("country").asText()).isEqualTo(country));

        JsonNode paged = ServeFixture.json(fx.get(server, "/api/events?limit=2&offset=1"));
        assertThat(paged.path("events")).hasSize(2);
        assertThat(paged.path("events").get(0).path("id")).isEqualTo(all.path("events").get(1).path("id"));

        JsonNode none = ServeFixture.json(fx.get(server, "/api/events?from=2030-01-01"));
        assertThat(none.path("total").asLong()).isZero();

        HttpResponse<String> bad = fx.get(server, "/api/events?status=maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ServeFixture.json(bad).path("error").asText()).contains("status");
        assertThat(fx.get(server, "/api/events?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(fx.get(server, "/api/events?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void oneEventOr404() throws Exception {
        String id = ServeFixture.json(fx.get(server, "/api/events?limit=1")).path("events").get(0).path("id").asText();
        HttpResponse<String> r = fx.get(server, "/api/events/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode e = ServeFixture.json(r);
        assertThat(e.path("id").asText()).isEqualTo(id);
        assertThat(e.path("accounts").isArray()).isTrue();
        assertThat(e.path("disputes").isArray()).isTrue();

        HttpResponse<String> missing = fx.get(server, "/api/events/no-such-event");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(ServeFixture.json(missing).path("error").asText()).isNotBlank();

        HttpResponse<String> unknownRoute = fx.get(server, "/api/nothing-here");
        assertThat(unknownRoute.statusCode()).isEqualTo(404);
        assertThat(ServeFixture.json(unknownRoute).has("error")).isTrue();
    }

    @Test
    void searchFindsArticlesAndEvents() throws Exception {
        String doc = fx.articles.get(3).docId();
        JsonNode r = ServeFixture.json(fx.get(server, "/api/search?q=synthetic"));
        assertThat(r.path("articles").size()).isPositive();
        assertThat(r.path("events").size()).isPositive();
        JsonNode first = r.path("articles").get(0);
        assertThat(first.has("doc_id")).isTrue();
        assertThat(first.has("title")).isTrue();
        assertThat(first.has("outlet")).isTrue();
        assertThat(first.path("snippet").asText().toLowerCase(Locale.ROOT)).contains("synthetic");

        // a phrase that only one article's text has
        JsonNode one = ServeFixture.json(fx.get(server, "/api/search?q=" + java.net.URLEncoder.encode("\"" + doc + "\"", "UTF-8")));
        List<String> ids = new ArrayList<>();
        one.path("articles").forEach(a -> ids.add(a.path("doc_id").asText()));
        assertThat(ids).contains(doc);

        assertThat(fx.get(server, "/api/search").statusCode()).isEqualTo(400);
        HttpResponse<String> unparsable = fx.get(server, "/api/search?q=%22unclosed");
        assertThat(unparsable.statusCode()).isEqualTo(400);
        assertThat(ServeFixture.json(unparsable).path("error").asText()).contains("query");
    }

    @Test
    void exportsCsvJsonlAndGeoJson() throws Exception {
        long total = fx.store.eventCount();
        HttpResponse<String> csv = fx.get(server, "/api/export.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("event_id_cnty,event_date,year,time_precision,event_type");

        HttpResponse<String> jsonl = fx.get(server, "/api/export.jsonl");
        assertThat(jsonl.body().lines().count()).isEqualTo(total);
        for (String line : jsonl.body().lines().toList()) {
            assertThat(Json.MAPPER.readTree(line).has("id")).isTrue();
        }

        HttpResponse<String> geo = fx.get(server, "/api/export.geojson");
        assertThat(geo.statusCode()).isEqualTo(200);
        JsonNode fc = ServeFixture.json(geo);
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.path("features").size()).isEqualTo((int) total);
        for (JsonNode f : fc.path("features")) {
            assertThat(f.path("type").asText()).isEqualTo("Feature");
            assertThat(f.path("geometry").path("type").asText()).isEqualTo("Point");
            JsonNode c = f.path("geometry").path("coordinates");
            assertThat(c).hasSize(2);
            assertThat(c.get(0).isNumber() && c.get(1).isNumber()).isTrue();
            assertThat(c.get(0).asDouble()).isBetween(-180.0, 180.0);
            assertThat(c.get(1).asDouble()).isBetween(-90.0, 90.0);
            JsonNode p = f.path("properties");
            for (String k : List.of("id", "event_type", "sub_event_type", "date", "fatalities", "displaced", "status", "location")) {
                assertThat(p.has(k)).as(k).isTrue();
            }
            assertThat(p.path("fatalities").isNumber()).isTrue();
        }

        // the same filters apply
        JsonNode some = ServeFixture.json(fx.get(server, "/api/export.geojson?limit=3"));
        assertThat(some.path("features")).hasSize(3);
        assertThat(fx.get(server, "/api/export.csv?from=2030-01-01").body().lines().count()).isEqualTo(1);
    }

    @Test
    void reportsAreMarkdownAndHtml() throws Exception {
        JsonNode t = ServeFixture.json(fx.get(server, "/api/timeline"));
        assertThat(t.path("markdown").asText()).isNotBlank();
        JsonNode s = ServeFixture.json(fx.get(server, "/api/sitrep?from=2020-01-01&to=2020-12-31"));
        assertThat(s.path("markdown").asText()).isNotBlank();
        assertThat(s.path("html").asText()).contains("<");
        assertThat(fx.get(server, "/api/sitrep?from=2020-02-01&to=2020-01-01").statusCode()).isEqualTo(400);
    }

    @Test
    void writesNeedTheToken() throws Exception {
        String body = article(fx.articles.get(50).docId(), fx.articles.get(50).text());
        HttpResponse<String> none = fx.post(server, "/api/articles", null, body);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(ServeFixture.json(none).path("error").asText()).contains("token");
        assertThat(fx.post(server, "/api/articles", "wrong", body).statusCode()).isEqualTo(401);
        assertThat(fx.store.articleCount()).isEqualTo(40);

        long events = fx.store.eventCount();
        String two = "[" + body + "," + article(fx.articles.get(51).docId(), fx.articles.get(51).text()) + "]";
        HttpResponse<String> ok = fx.post(server, "/api/articles", ServeFixture.TOKEN, two);
        assertThat(ok.statusCode()).isEqualTo(202);
        JsonNode accepted = ServeFixture.json(ok);
        assertThat(accepted.path("articles").asInt()).isEqualTo(2);
        assertThat(accepted.path("warnings")).isEmpty();
        JsonNode job = fx.awaitJob(server, accepted.path("job").asText());
        assertThat(job.path("state").asText()).isEqualTo("done");
        assertThat(job.path("total").asInt()).isEqualTo(2);
        assertThat(job.path("done").asInt()).isEqualTo(2);
        assertThat(job.path("errors")).isEmpty();
        assertThat(fx.store.articleCount()).isEqualTo(42);
        assertThat(ServeFixture.json(fx.get(server, "/api/events")).path("total").asLong()).isGreaterThan(events - 1)
                .isEqualTo(fx.store.eventCount());
        String mention = fx.mentions.get(fx.articles.get(50).docId()).get(0).id();
        boolean found = false;
        for (JsonNode e : ServeFixture.json(fx.get(server, "/api/events?limit=1000")).path("events")) {
            for (JsonNode m : e.path("mention_ids")) {
                found |= m.asText().equals(mention);
            }
        }
        assertThat(found).as("the posted article's mention is in an event").isTrue();
        assertThat(fx.get(server, "/api/jobs/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void writesAreRefusedWithoutAConfiguredToken() throws Exception {
        SitrepServer readOnly = SitrepServer.start(ServeConfig.defaults().withPort(0), fx.store, fx.ingestor);
        try {
            HttpResponse<String> r = fx.post(readOnly, "/api/articles", "anything", article("x", "Some text."));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(ServeFixture.json(r).path("error").asText()).contains("disabled");
        } finally {
            readOnly.stop();
        }
    }

    @Test
    void oversizeBodiesAre413() throws Exception {
        String big = article("big", "x".repeat(10_000));
        HttpResponse<String> r = fx.post(server, "/api/articles", ServeFixture.TOKEN, big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(ServeFixture.json(r).path("error").asText()).contains("larger");
        assertThat(fx.store.articleCount()).isEqualTo(40);
    }

    @Test
    void malformedJsonIs400WithAJsonError() throws Exception {
        HttpResponse<String> r = fx.post(server, "/api/articles", ServeFixture.TOKEN, "{\"text\": <script>alert(1)</script>");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).doesNotContain("<script>");
        assertThat(ServeFixture.json(r).path("error").asText()).contains("malformed JSON");

        HttpResponse<String> noText = fx.post(server, "/api/articles", ServeFixture.TOKEN, "{\"id\":\"a\"}");
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(ServeFixture.json(noText).path("error").asText()).contains("text");
        assertThat(fx.post(server, "/api/articles", ServeFixture.TOKEN, "[]").statusCode()).isEqualTo(400);
        HttpResponse<String> badId = fx.post(server, "/api/articles", ServeFixture.TOKEN,
                "{\"id\":\"forged\\nGET /admin 200\",\"text\":\"t\"}");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(ServeFixture.json(badId).path("error").asText()).isEqualTo("id holds a control character (U+000A at 6)");
        assertThat(fx.post(server, "/api/articles", ServeFixture.TOKEN, "{\"text\":\"t\",\"published\":\"soon\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void articleMarkupComesBackEscapedAsJson() throws Exception {
        String doc = fx.articles.get(60).docId();
        // not a tag of an HTML element, so stored as written (an element's tags are dropped at ingest: the title's <b>)
        String text = "Quokkaville report <x-script>alert(1)</x-script> about " + doc + ".";
        HttpResponse<String> ok = fx.post(server, "/api/articles", ServeFixture.TOKEN,
                "{\"id\":\"" + doc + "\",\"title\":\"<b>bold</b>\",\"text\":" + Json.write(text) + "}");
        assertThat(ok.statusCode()).isEqualTo(202);
        assertThat(fx.awaitJob(server, ServeFixture.json(ok).path("job").asText()).path("state").asText()).isEqualTo("done");

        HttpResponse<String> r = fx.get(server, "/api/search?q=quokkaville");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json").doesNotContain("html");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.body()).doesNotContain("<x-script>").doesNotContain("<b>").contains("\\u003Cx-script\\u003E");
        JsonNode hit = ServeFixture.json(r).path("articles").get(0);
        assertThat(hit.path("doc_id").asText()).isEqualTo(doc);
        assertThat(hit.path("snippet").asText()).contains("<x-script>alert(1)</x-script>");
        assertThat(hit.path("title").asText()).isEqualTo("bold");
    }

    @Test
    void bindsToLoopbackByDefault() throws Exception {
        assertThat(ServeConfig.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(ServeConfig.defaults().port()).isEqualTo(8080);
        assertThat(ServeConfig.defaults().writesEnabled()).isFalse();
        assertThat(new ServeConfig(null, 0, null, 0, 0).host()).isEqualTo("127.0.0.1");
        assertThat(server.host()).isEqualTo("127.0.0.1");
        assertThat(server.boundHost()).isEqualTo("127.0.0.1");
        assertThat(ServeConfig.defaults().withWriteToken("secret").toString()).doesNotContain("secret");
    }

    @Test
    void securityHeadersAndNoCors() throws Exception {
        HttpResponse<String> r = fx.get(server, "/api/events?limit=1");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> page = fx.get(server, "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("/api/openapi.json");
    }

    private static String article(String id, String text) {
        return "{\"id\":" + Json.write(id) + ",\"outlet\":\"test\",\"published\":\"2020-03-01\",\"text\":" + Json.write(text) + "}";
    }
}
