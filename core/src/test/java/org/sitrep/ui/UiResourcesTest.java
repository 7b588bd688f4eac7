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

    @Test
    void appJsNeverParsesHtmlAndSaysSo() throws IOException {
        String js = text("/web/app.js");
        assertThat(js).contains("SECURITY:");
        String code = Pattern.compile("^\\s*//.*$", Pattern.MULTILINE).matcher(js).replaceAll("");
        assertThat(code).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }

    @Test
    void noExternalUrlsAtRunTime() throws IOException {
        for (String f : new String[] {"/web/index.html", "/web/app.js", "/web/app.css"}) {
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
}
