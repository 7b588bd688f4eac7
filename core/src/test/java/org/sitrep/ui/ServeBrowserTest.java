package org.sitrep.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.fuse.Fuser;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;
import org.sitrep.pipeline.TestPipeline;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.serve.ArticleIngestor;
import org.sitrep.serve.ServeConfig;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoreIngest;

/**
 * `sitrep serve` end to end: the bundled articles and one hostile article go through the real pipeline
 * into an H2 store, the real server serves the UI, and headless Chromium reads it. With
 * {@code -Dsitrep.screenshots=true} it writes docs/screenshots/serve-*.png.
 */
class ServeBrowserTest {
    private static final String HOSTILE = "Gunmen attacked a market in Kaduna on Monday, killing 5 traders, police said. "
            + "A witness wrote <script>alert(1)</script> and <img src=x onerror=alert(1)> on a sign near the market.";

    private static Path dir;
    private static JdbcEventStore store;
    private static SitrepServer server;
    private static WebDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        driver = Chromium.start();
        dir = Files.createTempDirectory("sitrep-serve-test");
        store = JdbcEventStore.openH2(dir);
        StoreIngest ingest = StoreIngest.withPipeline(store, TestPipeline.get(), new Fuser(Gazetteer.load()));
        List<Article> articles = new ArrayList<>(new Ingest().read(List.of(Path.of("examples/articles"))).articles());
        articles.addAll(new Ingest().readString("hostile", HOSTILE, LocalDate.of(2021, 3, 16)).articles());
        ingest.ingest(articles);
        server = SitrepServer.start(ServeConfig.defaults().withPort(0).withWriteToken("test-token"), store,
                ArticleIngestor.of(ingest));
        base = "http://127.0.0.1:" + server.port();

    }

    @AfterAll
    static void stop() {
        Chromium.stop(driver, server, store);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void timelineAndMapShowTheStoredEvents() throws Exception {
        int located = 0;
        for (JsonNode e : api("/api/events?limit=500").get("events")) {
            if (e.hasNonNull("location") && e.get("location").hasNonNull("lat")) {
                located++;
            }
        }
        driver.get(base + "/#/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-dated .tl-item")));
        assertThat(driver.findElements(By.cssSelector("#timeline-dated .tl-item")).size()).isGreaterThan(5);
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-base-loaded", "true"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-markers", String.valueOf(located)));
        assertThat(located).isGreaterThan(5);
        // each located event is a circle of its own or counted in a cluster
        int singles = driver.findElements(By.cssSelector(".leaflet-overlay-pane path.sitrep-marker")).size();
        int clustered = driver.findElements(By.cssSelector(".sitrep-cluster")).stream()
                .mapToInt(c -> Integer.parseInt(c.getAttribute("data-count"))).sum();
        assertThat(singles + clustered).isEqualTo(located);
        assertThat(driver.findElements(By.cssSelector(".place-label"))).isNotEmpty();
        assertThat(driver.findElements(By.id("map-legend"))).hasSize(1);
        Chromium.screenshot(driver, "serve-main.png");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('histogram').scrollIntoView()");
        Chromium.screenshot(driver, "serve-time.png");
    }

    @Test
    void theElFasherShellingEventShowsTwoOutletsAccountsAndTheDenial() throws Exception {
        String id = null;
        for (JsonNode e : api("/api/events?limit=500").get("events")) {
            if (e.get("sub_event_type").asText().startsWith("Shelling") && e.get("accounts").size() == 2) {
                id = e.get("id").asText();
            }
        }
        assertThat(id).isNotNull();
        driver.get(base + "/#/event/" + id);
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#accounts .account"), 2));
        List<WebElement> accounts = driver.findElements(By.cssSelector("#accounts .account"));
        assertThat(accounts.get(0).getLocation().getY()).isEqualTo(accounts.get(1).getLocation().getY());
        assertThat(driver.findElements(By.cssSelector("#accounts mark.evidence"))).isNotEmpty();
        assertThat(driver.findElement(By.id("disputes")).getText()).contains("Rapid Support Forces");
        // why: from the real store, each report's join and the rule of each headline field
        List<WebElement> why = driver.findElements(By.cssSelector("#why-reports li"));
        assertThat(why).hasSize(2);
        // one report founded the event, the other joined it (which is first depends on the accounts' order)
        assertThat(why.stream().map(WebElement::getText)).anyMatch(t -> t.contains("founds the event"))
                .anyMatch(t -> t.contains(" joins ") || t.contains("— joins"));
        assertThat(driver.findElements(By.cssSelector("#why-headline tr[data-field]")).stream()
                .map(r -> r.getAttribute("data-field")).toList()).contains("type", "date", "location");
        Chromium.screenshot(driver, "serve-event.png");
    }

    @Test
    void framingViewListsTheWordsEachArticleUsesForActors() {
        driver.get(base + "/#/framing");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".framing-outlet")));
        assertThat(driver.findElements(By.id("framing-unavailable"))).isEmpty();
        String text = driver.findElement(By.id("framing")).getText();
        assertThat(text).contains("Rapid Support Forces").contains("Military Forces of Sudan");
        // the words themselves, not only the actor headings
        assertThat(driver.findElements(By.cssSelector(".framing-outlet dd .word"))).isNotEmpty();
    }

    @Test
    void hostileArticleTextIsShownAsText() throws Exception {
        String id = null;
        for (JsonNode e : api("/api/events?limit=500").get("events")) {
            if (e.get("sources").get(0).get("doc_id").asText().equals("hostile")) {
                id = e.get("id").asText();
            }
        }
        assertThat(id).as("the hostile article yields an event").isNotNull();
        driver.get(base + "/#/event/" + id);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#accounts .account")));
        driver.get(base + "/#/search?q=witness");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "<script>"));
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElements(By.cssSelector("img[src='x']"))).isEmpty();
    }

    @Test
    void articlePageHighlightsTheEvidenceOfItsEvents() throws Exception {
        JsonNode article = api("/api/articles/002_4aa3a9f8f14debbd");
        assertThat(article.get("events").size()).isGreaterThan(0);
        driver.get(base + "/#/article/002_4aa3a9f8f14debbd");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark.evidence")));
        List<WebElement> marks = driver.findElements(By.cssSelector("#article-text mark.evidence"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).allSatisfy(m -> assertThat(m.getAttribute("data-event-id")).isNotBlank());
        assertThat(driver.findElements(By.cssSelector("#article-text mark.key"))).isNotEmpty();
        assertThat(driver.findElement(By.id("article-text")).getText().replace("\n", ""))
                .isEqualTo(article.get("text").asText().replace("\n", ""));
        Chromium.screenshot(driver, "serve-article.png");
    }

    @Test
    void exportButtonsReturnTheFilteredSet() throws Exception {
        long total = api("/api/events?type=Explosions/Remote%20violence&limit=1000").get("total").asLong();
        assertThat(total).isPositive().isLessThan(api("/api/events?limit=1000").get("total").asLong());
        driver.get(base + "/#/?type=Explosions%2FRemote%20violence");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("export-jsonl")));
        HttpClient http = HttpClient.newHttpClient();
        String jsonl = http.send(HttpRequest.newBuilder(URI.create(driver.findElement(By.id("export-jsonl")).getAttribute("href"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(jsonl.lines().count()).isEqualTo(total);
        assertThat(jsonl.lines()).allSatisfy(l -> assertThat(l).contains("\"event_type\":\"Explosions/Remote violence\""));
        String csv = http.send(HttpRequest.newBuilder(URI.create(driver.findElement(By.id("export-csv")).getAttribute("href"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).build()).getRecords()).hasSize((int) total);
        JsonNode geo = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(
                URI.create(driver.findElement(By.id("export-geojson")).getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(geo.get("features")).allSatisfy(f -> assertThat(f.get("properties").get("event_type").asText())
                .isEqualTo("Explosions/Remote violence"));
    }
}
