package org.sitrep.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Static checks on the shipped web files; these run even where no browser is installed. */
class UiResourcesTest {
    private static String text(String resource) throws IOException {
        try (InputStream in = UiResourcesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final String[] SCRIPTS = {"/web/dom.js", "/web/regions.js", "/web/map.js", "/web/explain.js",
        "/web/charts.js", "/web/corrections.js", "/web/add.js", "/web/markdown.js", "/web/timeline.js", "/web/article.js",
        "/web/event.js", "/web/lists.js", "/web/app.js"};

    @Test
    void noScriptEverParsesHtmlAndEachSaysSo() throws IOException {
        for (String f : SCRIPTS) {
            String js = text(f);
            assertThat(js).as(f).contains("SECURITY:");
            String code = Pattern.compile("^\\s*//.*$", Pattern.MULTILINE).matcher(js).replaceAll("");
            assertThat(code).as(f).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                    "srcdoc", "new Function", "setAttribute('style'");
            assertThat(text("/web/index.html")).contains("<script src=\"" + f.substring(5) + "\"></script>");
        }
    }

    /** One job per script: a script over 300 lines holds several (app.js was split for it). */
    @Test
    void everyScriptTheUiLoadsIsCheckedAndUnder300Lines() throws IOException {
        java.util.List<String> loaded = Pattern.compile("<script src=\"([a-z0-9-]+\\.js)\"></script>")
                .matcher(text("/web/index.html")).results().map(m -> "/web/" + m.group(1)).toList();
        assertThat(loaded).containsExactly(SCRIPTS);
        for (String f : SCRIPTS) {
            assertThat(text(f).lines().count()).as(f).isLessThanOrEqualTo(300);
        }
    }

    @Test
    void subTypeFilterOffersExactlyTheOntologysSubTypes() throws IOException {
        java.util.List<String> fromTsv = text("/ontology/event-types.tsv").lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")[1]).toList();
        String html = text("/web/index.html");
        String select = html.substring(html.indexOf("<select name=\"sub_type\">"), html.indexOf("</select>", html.indexOf("name=\"sub_type\"")));
        java.util.List<String> options = Pattern.compile("<option>([^<]*)</option>").matcher(select).results().map(m -> m.group(1)).toList();
        assertThat(options).containsExactlyElementsOf(fromTsv);
        assertThat(html).contains("<option>Humanitarian</option>").contains("name=\"actor\"");
    }

    @Test
    void placeLabelsComeBiggestFirstFromTheGazetteer() throws IOException {
        JsonNode places = new ObjectMapper().readTree(text("/web/places.json")).get("places");
        assertThat(places.size()).isGreaterThan(3000);
        long lastPopulation = Long.MAX_VALUE;
        boolean capitals = true;
        boolean damascus = false;
        for (JsonNode p : places) {
            boolean capital = p.get(4).asInt() == 1;
            if (!capital) {
                if (capitals) {
                    lastPopulation = Long.MAX_VALUE;
                }
                capitals = false;
            } else {
                assertThat(capitals).as("capitals come first").isTrue();
            }
            assertThat(p.get(3).asLong()).isLessThanOrEqualTo(lastPopulation);
            lastPopulation = p.get(3).asLong();
            damascus |= p.get(0).asText().equals("Damascus");
        }
        assertThat(damascus).isTrue();
    }

    @Test
    void noExternalUrlsAtRunTime() throws IOException {
        for (String f : new String[] {"/web/index.html", "/web/app.js", "/web/dom.js", "/web/regions.js", "/web/map.js",
            "/web/explain.js", "/web/charts.js", "/web/corrections.js", "/web/add.js", "/web/markdown.js",
            "/web/timeline.js", "/web/article.js", "/web/event.js", "/web/lists.js",
            "/web/app.css"}) {
            String s = text(f).replace("http://www.w3.org", "");
            assertThat(s).as(f).doesNotContainPattern("(src|href)\\s*=\\s*\"(https?:)?//");
            assertThat(s).as(f).doesNotContainPattern("fetch\\(\\s*['\"]https?:");
            assertThat(s).as(f).doesNotContainPattern("url\\(\\s*['\"]?https?:");
        }
        assertThat(UiResourcesTest.class.getResource("/META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.js"))
                .as("Leaflet webjar on the classpath").isNotNull();
    }

    @Test
    void worldOutlinesAreAGeoJsonFeatureCollectionOfCountries() throws IOException {
        JsonNode world = new ObjectMapper().readTree(text("/web/world.geojson"));
        assertThat(world.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(world.get("features").size()).isGreaterThan(150);
        boolean syria = false;
        for (JsonNode f : world.get("features")) {
            syria |= "Syria".equals(f.path("properties").path("name").asText());
        }
        assertThat(syria).isTrue();
    }

    @Test
    void admin1OutlinesAreKeyedToTheGazetteersAdmin1Names() throws IOException {
        JsonNode regions = new ObjectMapper().readTree(text("/web/admin1.geojson"));
        assertThat(regions.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(regions.get("features").size()).isGreaterThan(4000);
        // every key is [country code, admin1 display name, admin1 code] exactly as the gazetteer's admin1.tsv has them
        java.util.Set<String> gazetteer = new java.util.HashSet<>();
        for (String line : text("/gazetteer/admin1.tsv").split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] c = line.split("\t");
                gazetteer.add(c[0].substring(0, 2) + "|" + c[1] + "|" + c[0]);
            }
        }
        java.util.Set<String> joined = new java.util.HashSet<>();
        java.util.Map<String, String> outlineOf = new java.util.HashMap<>();
        for (JsonNode f : regions.get("features")) {
            assertThat(f.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
            for (JsonNode k : f.path("properties").path("admin1")) {
                String key = k.get(0).asText() + "|" + k.get(1).asText();
                assertThat(gazetteer).as("gazetteer region " + key).contains(key + "|" + k.get(2).asText());
                joined.add(key);
                outlineOf.putIfAbsent(key, f.path("properties").path("name").asText());
            }
        }
        // docs/ui.md gives the figure: 3,578 of the gazetteer's 3,865 regions have an outline
        assertThat(joined.size()).isGreaterThan((int) (gazetteer.size() * 0.9));
        assertThat(outlineOf).containsEntry("SY|Aleppo", "Aleppo").containsEntry("NG|Borno State", "Borno")
                .containsEntry("PS|Gaza Strip", "Gaza Strip").containsEntry("US|Texas", "Texas");
    }
}
