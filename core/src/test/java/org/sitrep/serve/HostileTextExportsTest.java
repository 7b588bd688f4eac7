// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.Place;
import org.sitrep.model.Source;

/**
 * One stored event whose sentence, outlet, place and actor names are hostile (markup, spreadsheet formulas), read
 * back through every route that shows stored text: each answer keeps the text as data, none lets it act.
 */
class HostileTextExportsTest {
    private static final String SENTENCE = "<img src=x onerror=alert(1)> Gunmen burned a depot, \"a guard\" said.";
    private static final String OUTLET = "=HYPERLINK(\"http://wire.example\",\"open\")";
    private static final String PLACE = "+SUM(1)<script>alert(2)</script>";
    private static final String ACTOR = "@cmd|' /C calc'!A0";
    private static final String OTHER_ACTOR = "\t-2+3";

    @TempDir
    Path dir;

    ServeFixture fx;
    SitrepServer server;
    String eventId;

    @BeforeEach
    void start() {
        fx = new ServeFixture(dir, 10, 3);
        EventMention m = fx.mentions.values().iterator().next().get(0);
        Place p = m.location();
        Place place = new Place(PLACE, p.country(), p.countryCode(), p.admin1(), p.admin1Code(), p.admin2(), p.lat(),
                p.lon(), p.geoPrecision(), List.of(), null, PLACE);
        Source s = new Source("hostile-1", OUTLET, null, SENTENCE, 0, SENTENCE.length(), List.of("a guard"));
        EventMention hostile = new EventMention("hostile-1-m", m.type(), m.status(), false, m.date(), place, null, null,
                new Actor(ACTOR, ActorType.POLITICAL_MILITIA, ACTOR), new Actor(OTHER_ACTOR, ActorType.CIVILIANS,
                OTHER_ACTOR), m.counts(), List.of(s), List.of(), m.trigger(), m.frame());
        fx.mentions.put("hostile-1", List.of(hostile));
        fx.ingestor.ingest(List.of(new Article("hostile-1", OUTLET, null, m.date().date(), PLACE, SENTENCE, null,
                "hostile-1")));
        eventId = fx.store.eventsOfArticle("hostile-1").get(0).path("id").asText();
        server = SitrepServer.start(ServeConfig.defaults().withPort(0), fx.store, fx.ingestor, AccessLog.NONE);
    }

    @AfterEach
    void stop() {
        server.stop();
        fx.close();
    }

    @Test
    void everyJsonAnswerKeepsTheTextAsDataAndNoneHoldsMarkup() throws Exception {
        List<String> routes = List.of("/api/events", "/api/events/" + eventId, "/api/articles/hostile-1",
                "/api/export.jsonl", "/api/export.geojson", "/api/timeline", "/api/sitrep", "/api/search?q=depot");
        for (String route : routes) {
            HttpResponse<String> r = fx.get(server, route);
            assertThat(r.statusCode()).as(route).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(route).doesNotContain("html");
            assertThat(r.body()).as(route).doesNotContain("<").doesNotContain(">").contains("\\u003C");
        }
        JsonNode event = ServeFixture.json(fx.get(server, "/api/events/" + eventId));
        assertThat(event.path("location").path("name").asText()).isEqualTo(PLACE);
        assertThat(event.path("actor1").path("name").asText()).isEqualTo(ACTOR);
        assertThat(event.path("sources").get(0).path("sentence").asText()).isEqualTo(SENTENCE);
        assertThat(event.path("sources").get(0).path("outlet").asText()).isEqualTo(OUTLET);
        JsonNode feature = ServeFixture.json(fx.get(server, "/api/export.geojson")).path("features");
        List<String> locations = new ArrayList<>();
        feature.forEach(f -> locations.add(f.path("properties").path("location").asText()));
        assertThat(locations).contains(PLACE);
    }

    @Test
    void theSituationReportsHtmlEscapesTheText() throws Exception {
        String html = ServeFixture.json(fx.get(server, "/api/sitrep")).path("html").asText();
        // the report's outlet table shows the outlet: as text, its quotes escaped
        assertThat(html).contains("<td>=HYPERLINK(&quot;http://wire.example&quot;,&quot;open&quot;)</td>")
                .doesNotContain("<script>").doesNotContain("<img");
        assertThat(html).contains("Content-Security-Policy");
    }

    @Test
    void noCsvCellStartsAFormula() throws Exception {
        HttpResponse<String> r = fx.get(server, "/api/export.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(r.body(), CSVFormat.DEFAULT.builder().setHeader().build())) {
            rows = p.getRecords();
        }
        CSVRecord hostile = rows.stream().filter(row -> row.get("event_id_cnty").equals(eventId)).findFirst().orElseThrow();
        assertThat(hostile.get("location")).isEqualTo("'" + PLACE);
        assertThat(hostile.get("actor1")).isEqualTo("'" + ACTOR);
        assertThat(hostile.get("actor2")).isEqualTo("'" + OTHER_ACTOR);
        assertThat(hostile.get("source")).isEqualTo("'" + OUTLET);
        assertThat(hostile.get("notes")).isEqualTo(SENTENCE);
        for (CSVRecord row : rows) {
            for (String cell : row) {
                // a negative coordinate is a number, which a spreadsheet reads as one
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    assertThat(cell).as("a cell starting a formula").matches("-\\d+(\\.\\d+)?");
                }
            }
        }
    }
}
