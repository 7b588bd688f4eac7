package org.sitrep.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the web UI in headless Chromium against a stub of the HTTP API that serves the classpath {@code /web}
 * folder, the Leaflet webjar and canned JSON from {@code ui-fixtures/}. Skipped when chromedriver is absent.
 * With {@code -Dsitrep.screenshots=true} it also writes docs/screenshots/*.png.
 */
class UiBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpServer server;
    private static String base;
    private static WebDriver driver;
    private static final AtomicInteger jobPolls = new AtomicInteger();
    private static final List<String> posted = new CopyOnWriteArrayList<>();
    private static final List<String> requests = new CopyOnWriteArrayList<>();
    /** Whether the stub answers /api/framing (else 404, as an older server would). */
    private static volatile boolean framing;

    @BeforeAll
    static void start() throws IOException {
        driver = Chromium.start();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", UiBrowserTest::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @BeforeEach
    void reset() {
        framing = false;
        jobPolls.set(0);
        posted.clear();
        requests.clear();
    }

    // ---- stub server ----

    private static void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI());
            String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
            if (path.equals("/api/events") && query.contains("region=Nowhere")) {
                send(ex, 200, "application/json", "{\"total\":0,\"events\":[]}".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/api/events") && query.contains("region=Regions")) {
                send(ex, 200, "application/json", fixture("events-regions.json"));
            } else if (path.equals("/api/events") && query.contains("region=Cluster")) {
                send(ex, 200, "application/json", fixture("events-cluster.json"));
            } else if (path.equals("/api/events")) {
                send(ex, 200, "application/json", periodFiltered(query));
            } else if (path.startsWith("/api/articles/")) {
                String id = java.net.URLDecoder.decode(path.substring("/api/articles/".length()), StandardCharsets.UTF_8);
                JsonNode a = JSON.readTree(fixture("articles.json")).get(id);
                if (a == null) {
                    send(ex, 404, "application/json", "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                var o = JSON.createObjectNode();
                o.put("doc_id", id);
                o.setAll((com.fasterxml.jackson.databind.node.ObjectNode) a.deepCopy());
                var events = o.putArray("events");
                for (JsonNode e : JSON.readTree(fixture("events.json")).get("events")) {
                    for (JsonNode want : a.get("events")) {
                        if (want.asText().equals(e.get("id").asText())) {
                            events.add(e);
                        }
                    }
                }
                send(ex, 200, "application/json", JSON.writeValueAsBytes(o));
            } else if (path.equals("/api/timeline") || path.equals("/api/sitrep")) {
                String md = "# " + (path.endsWith("timeline") ? "Timeline" : "Situation report") + "\n\n## 2024-03-05\n"
                        + "- Air/drone strike in Aleppo: killed 12 <script>alert(1)</script>\n\n| outlet | events |\n|---|---|\n| Reuters | 1 |\n"
                        // as report.Doc.md writes article text: an escaped pipe inside a cell, escaped markup
                        + "\n| Left \\| Right \\<b\\> \\&amp; | 2 |\n\n\\# Not a heading \\*x\\*\n";
                send(ex, 200, "application/json", JSON.writeValueAsBytes(java.util.Map.of("markdown", md, "html", "<p>x</p>")));
            } else if (path.equals("/api/framing") && framing) {
                send(ex, 200, "application/json", fixture("framing.json"));
            } else if (path.startsWith("/api/events/")) {
                String id = path.substring("/api/events/".length());
                for (JsonNode e : JSON.readTree(fixture("events.json")).get("events")) {
                    if (e.get("id").asText().equals(id)) {
                        send(ex, 200, "application/json", JSON.writeValueAsBytes(e));
                        return;
                    }
                }
                send(ex, 404, "application/json", "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/api/search") && query.contains("q=broken")) {
                send(ex, 400, "application/json", "{\"error\":\"cannot parse the query: <b>broken</b>\"}"
                        .getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/api/search")) {
                send(ex, 200, "application/json", fixture("search.json"));
            } else if (path.equals("/api/articles") && ex.getRequestMethod().equals("POST")) {
                String auth = ex.getRequestHeaders().getFirst("Authorization");
                posted.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if ("Bearer busy".equals(auth)) {
                    send(ex, 503, "application/json", ("{\"error\":\"the ingest queue is full: 16 jobs are waiting "
                            + "already; <i>try again</i>\"}").getBytes(StandardCharsets.UTF_8));
                } else if (!"Bearer s3cret".equals(auth)) {
                    send(ex, 401, "application/json", "{\"error\":\"unauthorized\"}".getBytes(StandardCharsets.UTF_8));
                } else {
                    send(ex, 202, "application/json", ("{\"job\":\"job-7\",\"warnings\":[\"article 1: unknown field "
                            + "'<b>titel</b>' ignored\"]}").getBytes(StandardCharsets.UTF_8));
                }
            } else if (path.equals("/api/jobs/job-7")) {
                // queued first, as a job behind another is: the page must keep polling through it
                int n = Math.min(jobPolls.incrementAndGet(), 3);
                String state = n == 1 ? "queued" : n < 3 ? "running" : "done";
                String errors = n < 3 ? "[]" : "[\"doc-3: <b>no text</b>\"]";
                send(ex, 200, "application/json", ("{\"state\":\"" + state + "\",\"total\":3,\"done\":" + n
                        + ",\"errors\":" + errors + "}").getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/api/")) {
                send(ex, 404, "application/json", "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/webjars/")) {
                classpath(ex, "META-INF/resources" + path);
            } else {
                classpath(ex, "web" + (path.equals("/") ? "/index.html" : path));
            }
        }
    }

    /** events.json, keeping only events that overlap the query's from/to, as the real API does. */
    private static byte[] periodFiltered(String query) throws IOException {
        String from = null;
        String to = null;
        for (String kv : query.split("&")) {
            if (kv.startsWith("from=")) {
                from = kv.substring(5);
            } else if (kv.startsWith("to=")) {
                to = kv.substring(3);
            }
        }
        if (from == null && to == null) {
            return fixture("events.json");
        }
        var out = JSON.createObjectNode();
        var list = out.putArray("events");
        for (JsonNode e : JSON.readTree(fixture("events.json")).get("events")) {
            String d = e.path("date").asText(null);
            if (d != null && (from == null || d.compareTo(from) >= 0) && (to == null || d.compareTo(to) <= 0)) {
                list.add(e);
            }
        }
        out.put("total", list.size());
        return JSON.writeValueAsBytes(out);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = UiBrowserTest.class.getResourceAsStream("/ui-fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void classpath(HttpExchange ex, String resource) throws IOException {
        if (resource.contains("..")) {
            send(ex, 400, "text/plain", new byte[0]);
            return;
        }
        try (InputStream in = UiBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(ex, 200, contentType(resource), in.readAllBytes());
        }
    }

    private static String contentType(String name) {
        Map<String, String> types = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
                "css", "text/css; charset=utf-8", "geojson", "application/geo+json", "json", "application/json",
                "png", "image/png");
        return types.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }

    // ---- helpers ----

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static void open(String hash) {
        driver.get(base + "/" + hash);
    }

    private static void assertNoAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private static void screenshot(String name) throws IOException {
        Chromium.screenshot(driver, name);
    }

    // ---- tests ----

    @Test
    void timelineListsDatedEventsInDateOrderAndUndatedApart() {
        open("#/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-dated .tl-item")));
        List<String> ids = driver.findElements(By.cssSelector("#timeline-dated .tl-item")).stream()
                .map(e -> e.getAttribute("data-event-id")).toList();
        assertThat(ids).containsExactly("ev-idlib-0301", "ev-aleppo-0305");
        List<String> dates = driver.findElements(By.cssSelector("#timeline-dated .tl-date")).stream()
                .map(WebElement::getText).toList();
        assertThat(dates).containsExactly("2024-03-01", "2024-03-05");
        List<String> undated = driver.findElements(By.cssSelector("#timeline-undated .tl-item")).stream()
                .map(e -> e.getAttribute("data-event-id")).toList();
        assertThat(undated).containsExactly("ev-xss");
        // an unresolved date keeps the article's words, as text
        assertThat(driver.findElement(By.cssSelector("#timeline-undated .tl-when")).getText()).isEqualTo("undated (“<b>one</b> day”)");
        assertThat(driver.findElement(By.id("event-total")).getText()).startsWith("3 events");
    }

    @Test
    void filtersGoIntoTheApiQuery() {
        open("#/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-dated .tl-item")));
        driver.findElement(By.name("region")).sendKeys("Syria");
        driver.findElement(By.name("outlet")).sendKeys("Reuters");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waiting().until(d -> requests.stream().anyMatch(r -> r.startsWith("GET /api/events?")
                && r.contains("region=Syria") && r.contains("outlet=Reuters")));
        assertThat(driver.getCurrentUrl()).contains("region=Syria");
    }

    @Test
    void mapShowsBaseLayerAndOneMarkerPerLocatedEvent() throws IOException {
        open("#/");
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-base-loaded", "true"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-markers", "2"));
        // Countries are drawn in their own pane; the overlay pane holds only the event circles.
        assertThat(driver.findElements(By.cssSelector(".leaflet-base-pane path.world-country")).size())
                .isGreaterThan(100);
        // Each located event is drawn once: as its own circle, or counted in a cluster when the zoom the
        // window allows puts the two within a few pixels of each other.
        List<WebElement> markers = driver.findElements(By.cssSelector(".leaflet-overlay-pane path"));
        assertThat(markers).allSatisfy(m -> assertThat(m.getAttribute("class")).contains("sitrep-marker"));
        int clustered = driver.findElements(By.cssSelector(".sitrep-cluster")).stream()
                .mapToInt(c -> Integer.parseInt(c.getAttribute("data-count"))).sum();
        assertThat(markers.size() + clustered).isEqualTo(2);
        // The displacement flow Saraqib -> Azaz: a line and an arrowhead.
        assertThat(driver.findElements(By.cssSelector(".leaflet-flow-pane path.sitrep-flow"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector(".leaflet-flow-pane path.sitrep-flow-head"))).hasSize(1);
        // No tile layer, nothing fetched from outside.
        assertThat(driver.findElements(By.cssSelector(".leaflet-tile"))).isEmpty();
        screenshot("main.png");
    }

    @Test
    void eventPageShowsAccountsSideBySideAndTheDispute() throws IOException {
        open("#/event/ev-aleppo-0305");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#accounts .account")));
        List<WebElement> accounts = driver.findElements(By.cssSelector("#accounts .account"));
        assertThat(accounts).hasSize(2);
        assertThat(accounts.get(0).getAttribute("data-outlet")).isEqualTo("Reuters");
        assertThat(accounts.get(1).getAttribute("data-outlet")).isEqualTo("SANA");
        // side by side: same top, the second to the right of the first
        assertThat(accounts.get(0).getLocation().getY()).isEqualTo(accounts.get(1).getLocation().getY());
        assertThat(accounts.get(1).getLocation().getX())
                .isGreaterThanOrEqualTo(accounts.get(0).getLocation().getX() + accounts.get(0).getSize().getWidth());
        // evidence sentences marked, key phrase marked inside
        WebElement reuters = accounts.get(0);
        assertThat(reuters.findElement(By.cssSelector("mark.evidence")).getText())
                .startsWith("Russian warplanes struck a market in Aleppo");
        assertThat(reuters.findElements(By.cssSelector("mark.evidence mark.key")).stream().map(WebElement::getText))
                .contains("12 civilians");
        // the dispute is marked
        WebElement disputes = driver.findElement(By.id("disputes"));
        assertThat(disputes.getText()).contains("Disputed").contains("denial").contains("SANA").contains("Reuters");
        assertThat(disputes.findElements(By.cssSelector(".claims li"))).hasSize(2);
        screenshot("event.png");
    }

    @Test
    void articleTextIsNeverInterpretedAsHtml() {
        open("#/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-undated .tl-item")));
        assertThat(driver.findElement(By.cssSelector("#timeline-undated")).getText())
                .contains("<script>alert(1)</script>Nowhere").contains("<img src=x onerror=alert(1)>");
        assertNoAlert();

        open("#/event/ev-xss");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#accounts .account")));
        WebElement sentence = driver.findElement(By.cssSelector("#accounts .account mark.evidence"));
        assertThat(sentence.getText()).isEqualTo(
                "Crowds chanted <script>alert(1)</script> and waved <img src=x onerror=alert(1)> placards.");
        assertThat(driver.findElement(By.cssSelector("#accounts .account h4")).getText()).contains("<b>Evil</b> Outlet");
        assertNoAlert();
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#view script, #view b"))).isEmpty();
        // a javascript: URL from an article is not made into a link
        assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();

        open("#/search?q=aleppo");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-articles li")));
        assertThat(driver.findElement(By.cssSelector("#search-articles .snippet")).getText())
                .endsWith("<img src=x onerror=alert(1)>");
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertNoAlert();
    }

    @Test
    void addArticlesFormPostsAndShowsJobProgress() {
        open("#/add");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("add-form")));
        driver.findElement(By.id("add-token")).sendKeys("s3cret");
        driver.findElement(By.id("add-json")).sendKeys(
                "[{\"id\":\"a1\",\"text\":\"x\"},{\"id\":\"a2\",\"text\":\"y\"},{\"id\":\"a3\",\"text\":\"\"}]");
        driver.findElement(By.cssSelector("#add-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("add-job"), "job-7"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("add-progress-text"), "data-state", "done"));
        assertThat(driver.findElement(By.id("add-progress-text")).getText()).contains("3 of 3");
        assertThat(driver.findElement(By.id("add-progress")).getAttribute("value")).isEqualTo("3");
        assertThat(driver.findElement(By.id("add-errors")).getText()).isEqualTo("doc-3: <b>no text</b>");
        assertThat(driver.findElement(By.id("add-warnings")).getText()).isEqualTo("article 1: unknown field '<b>titel</b>' ignored");
        assertThat(driver.findElements(By.cssSelector("#add-warnings b"))).isEmpty();
        assertThat(jobPolls.get()).isGreaterThanOrEqualTo(3);
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0)).contains("\"a3\"");
    }

    @Test
    void addArticlesFormReportsARefusedToken() {
        open("#/add");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("add-form")));
        driver.findElement(By.id("add-token")).sendKeys("wrong");
        driver.findElement(By.id("add-json")).sendKeys("{\"id\":\"a1\"}");
        driver.findElement(By.cssSelector("#add-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("add-status"), "refused"));
        assertThat(jobPolls.get()).isZero();
    }

    @Test
    void addArticlesFormShowsWhyTheServerRefusedThem() {
        open("#/add");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("add-form")));
        driver.findElement(By.id("add-token")).sendKeys("busy");
        driver.findElement(By.id("add-json")).sendKeys("{\"id\":\"a1\",\"text\":\"x\"}");
        driver.findElement(By.cssSelector("#add-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("add-status"), "queue is full"));
        assertThat(driver.findElement(By.id("add-status")).getText()).contains("The server refused the articles (HTTP 503): "
                + "the ingest queue is full: 16 jobs are waiting already; <i>try again</i>.");
        assertThat(driver.findElements(By.cssSelector("#add-status i"))).isEmpty();
        assertThat(jobPolls.get()).isZero();
        // leave the page: opening "#/add" again from it keeps this form (and its token) in place
        open("#/");
    }

    @Test
    void aRefusedSearchShowsTheServersReasonAsText() {
        open("#/search?q=broken");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Search failed"));
        assertThat(driver.findElement(By.cssSelector("#search-results .error")).getText())
                .isEqualTo("Search failed: cannot parse the query: <b>broken</b> (HTTP 400)");
        assertThat(driver.findElements(By.cssSelector("#search-results b"))).isEmpty();
    }

    @Test
    void framingViewSaysSoWhenTheServerHasNoFramingEndpoint() {
        open("#/framing");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("framing-unavailable")));
        assertThat(driver.findElement(By.id("framing-unavailable")).getText()).contains("not available");
    }

    @Test
    void eventPageListsTheNotes() {
        open("#/event/ev-aleppo-0305");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event-page .notes li")));
        assertThat(driver.findElements(By.cssSelector("#event-page .notes li")).stream().map(WebElement::getText))
                .containsExactly("Two outlets; the state outlet carries the denial.");
        open("#/event/ev-xss");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#event-page .notes li")));
        assertThat(driver.findElement(By.cssSelector("#event-page .notes li")).getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertNoAlert();
    }

    @Test
    void eventPageSaysWhyEachReportJoinedAndWhichRuleChoseEachHeadlineValue() throws IOException {
        open("#/event/ev-aleppo-0305");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#why-reports li")));
        List<WebElement> reports = driver.findElements(By.cssSelector("#why-reports li"));
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).getText()).startsWith("Reuters").contains("founds the event");
        assertThat(reports.get(0).findElements(By.cssSelector(".feature"))).isEmpty();
        assertThat(reports.get(1).getAttribute("data-mention-id")).isEqualTo("sana-002#m1");
        assertThat(reports.get(1).getText()).startsWith("SANA").contains("joins as a direct report");
        assertThat(reports.get(1).findElements(By.cssSelector(".feature")).stream().map(WebElement::getText))
                .containsExactly("same town", "same day", "same actor");
        WebElement date = driver.findElement(By.cssSelector("#why-headline tr[data-field='date']"));
        assertThat(date.findElements(By.tagName("td")).stream().map(WebElement::getText)).containsExactly("Date", "2024-03-05",
                "the most precise date among 2 direct reports, read from \"on Tuesday\"");
        WebElement killed = driver.findElement(By.cssSelector("#why-headline tr[data-field='fatalities']"));
        assertThat(killed.findElements(By.tagName("td")).stream().map(WebElement::getText))
                .containsExactly("fatalities", "12", "the only whole-event figure");
        assertThat(driver.findElements(By.cssSelector("#why-headline tr[data-field]"))).hasSize(4);
        screenshot("event-why.png");
        // hostile outlet, feature, value and rule stay text
        open("#/event/ev-xss");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#why-reports li")));
        assertThat(driver.findElement(By.cssSelector("#why-reports li strong")).getText()).isEqualTo("<script>alert(1)</script>");
        assertThat(driver.findElement(By.cssSelector("#why-reports .feature")).getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(driver.findElement(By.cssSelector("#why-headline tr[data-field='location']")).getText())
                .contains("<img src=x onerror=alert(1)>").contains("<b>the most specific place</b>");
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#explanation b"))).isEmpty();
        assertNoAlert();
        // an event without an explanation (an older store) shows no section
        open("#/event/ev-idlib-0301");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("event-page")));
        assertThat(driver.findElements(By.id("explanation"))).isEmpty();
    }

    @Test
    void framingViewShowsEachOutletsWordsPerActor() {
        framing = true;
        open("#/framing");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".framing-outlet dd .word")));
        List<WebElement> cards = driver.findElements(By.cssSelector(".framing-outlet"));
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).findElements(By.cssSelector("dt")).stream().map(WebElement::getText))
                .containsExactly("Syrian army", "rebels");
        assertThat(cards.get(0).findElements(By.cssSelector("dd .word")).stream().map(WebElement::getText))
                .containsExactly("regime forces", "government troops", "insurgents");
        assertThat(cards.get(1).getText()).contains("<b>terrorists</b>");
        assertThat(driver.findElements(By.cssSelector("#framing b"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void markersUnderFlowLinesStillTakeThePointer() {
        open("#/");
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-markers", "2"));
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        Object hits = js.executeScript("return [...document.querySelectorAll('path.sitrep-marker')].map((p) => {"
                + "const r = p.getBoundingClientRect();"
                + "const e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + "return e && e.classList.contains('sitrep-marker'); });");
        assertThat((List<Object>) hits).hasSize(2).containsOnly(Boolean.TRUE);
        assertThat(js.executeScript("return getComputedStyle(document.querySelector('.leaflet-flow-pane')).pointerEvents"))
                .isEqualTo("none");
        assertThat(driver.findElements(By.cssSelector(".leaflet-flow-pane path.leaflet-interactive"))).isEmpty();
    }

    @Test
    void outlinesCrossingTheAntimeridianDrawNoBandAcrossTheMap() {
        open("#/?region=Nowhere");
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-base-loaded", "true"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path[data-country='Fiji']")));
        double map = driver.findElement(By.id("map")).getSize().getWidth();
        for (String country : List.of("Fiji", "Russia")) {
            double width = driver.findElements(By.cssSelector("path[data-country='" + country + "']")).stream()
                    .mapToDouble(p -> p.getSize().getWidth()).max().orElseThrow();
            assertThat(width).as(country + " path width against the map's " + map).isLessThan(map * 0.75); // a band spans the whole drawn width
        }
        assertThat(driver.findElements(By.cssSelector("path[data-country='Fiji']")).get(0).getSize().getWidth()).isLessThan(40);
    }

    @Test
    void mapHasPlaceLabelsALegendAndClustersEventsInOnePlace() throws IOException {
        open("#/?region=Cluster");
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-markers", "5"));
        waiting().until(d -> !d.findElements(By.cssSelector(".place-label")).isEmpty());
        // four events at one place always make one cluster; the fifth, nearby, is its own circle or joins the
        // cluster, depending on the zoom the window's size allows. Either way each event is drawn once.
        assertThat(driver.findElement(By.id("map")).getAttribute("data-clusters")).isEqualTo("1");
        WebElement cluster = driver.findElement(By.cssSelector(".sitrep-cluster"));
        int inCluster = Integer.parseInt(cluster.getAttribute("data-count"));
        assertThat(inCluster).isBetween(4, 5);
        assertThat(cluster.getText()).isEqualTo(String.valueOf(inCluster));
        assertThat(driver.findElements(By.cssSelector(".leaflet-overlay-pane path.sitrep-marker"))).hasSize(5 - inCluster);
        // labels: bigger towns first, never two on top of each other
        List<WebElement> labels = driver.findElements(By.cssSelector(".place-label"));
        assertThat(labels.stream().map(WebElement::getText)).contains("Aleppo");
        assertThat(Integer.parseInt(driver.findElement(By.id("map")).getAttribute("data-labels"))).isEqualTo(labels.size());
        assertThat(driver.findElement(By.id("map-legend")).getText()).contains("killed").contains("disputed").contains("moving");
        screenshot("map-clusters.png");
        cluster.click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cluster-list li a"), inCluster));
        assertThat(driver.findElements(By.cssSelector(".cluster-list li a")).get(0).getAttribute("href")).contains("#/event/ev-cluster-");
    }

    @Test
    void admin1RegionsAreShadedByEventsOrFatalitiesWithALegend() throws IOException {
        // Aleppo governorate: three events (2, 5 and no one killed); Idlib: one (30 killed); one event in a region
        // no outline carries (with a hostile name), one with no admin-1 region at all.
        open("#/?region=Regions");
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-regions", "2"));
        WebElement aleppo = driver.findElement(By.cssSelector(".leaflet-region-pane path[data-region='Aleppo']"));
        WebElement idlib = driver.findElement(By.cssSelector(".leaflet-region-pane path[data-region='Idlib']"));
        assertThat(aleppo.getAttribute("data-value")).isEqualTo("3");
        assertThat(idlib.getAttribute("data-value")).isEqualTo("1");
        // classes for a largest value of 3: "1" and "2 or more"; the busier region is the darker class
        assertThat(aleppo.getAttribute("data-class")).isEqualTo("1");
        assertThat(idlib.getAttribute("data-class")).isEqualTo("0");
        assertThat(aleppo.getAttribute("fill")).isNotEqualTo(idlib.getAttribute("fill")).isNotEqualTo("none");
        // Syria's other governorates are drawn as empty outlines, so the country's regions read as a whole
        List<WebElement> regions = driver.findElements(By.cssSelector(".leaflet-region-pane path.sitrep-region"));
        assertThat(regions.size()).isGreaterThan(10);
        assertThat(regions.stream().filter(r -> "-1".equals(r.getAttribute("data-class"))).count()).isEqualTo(regions.size() - 2);
        // readable at the country zoom the map fits to: the governorate is tens of pixels across
        assertThat(aleppo.getSize().getWidth()).isGreaterThan(20);
        WebElement legend = driver.findElement(By.id("choropleth-legend"));
        assertThat(legend.getText()).contains("Events per admin-1 region").contains("2 or more")
                .contains("1 event(s) in regions without an outline").contains("1 without an admin-1 region");
        assertThat(legend.findElements(By.cssSelector(".lg-class"))).hasSize(2);
        // markers stay on top of the shading and keep the pointer
        assertThat(driver.findElements(By.cssSelector(".leaflet-overlay-pane path.sitrep-marker")).size()
                + driver.findElements(By.cssSelector(".sitrep-cluster")).size()).isGreaterThan(0);
        screenshot("map-regions.png");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("choropleth-mode"))).selectByValue("fatalities");
        waiting().until(d -> "7".equals(d.findElement(By.cssSelector(".leaflet-region-pane path[data-region='Aleppo']")).getAttribute("data-value")));
        aleppo = driver.findElement(By.cssSelector(".leaflet-region-pane path[data-region='Aleppo']"));
        idlib = driver.findElement(By.cssSelector(".leaflet-region-pane path[data-region='Idlib']"));
        assertThat(idlib.getAttribute("data-value")).isEqualTo("30");
        // 1, 2-4, 5-9, 10-19, 20 or more: 7 killed is the third class, 30 the fifth
        assertThat(aleppo.getAttribute("data-class")).isEqualTo("2");
        assertThat(idlib.getAttribute("data-class")).isEqualTo("4");
        legend = driver.findElement(By.id("choropleth-legend"));
        assertThat(legend.getText()).contains("People killed per admin-1 region").contains("5–9").contains("20 or more");
        assertThat(legend.findElements(By.cssSelector(".lg-class"))).hasSize(5);

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("choropleth-mode"))).selectByValue("none");
        waiting().until(ExpectedConditions.attributeToBe(By.id("map"), "data-regions", "0"));
        assertThat(driver.findElements(By.cssSelector(".leaflet-region-pane path"))).isEmpty();
        // the hostile region and place names stay text
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertNoAlert();
    }

    @Test
    void brushingTheHistogramFiltersTheList() {
        open("#/");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#histogram rect.bar")));
        List<WebElement> bars = driver.findElements(By.cssSelector("#histogram rect.bar"));
        assertThat(bars).hasSize(5); // 2024-03-01 .. 2024-03-05, one bar a day
        assertThat(bars.get(0).getAttribute("data-events")).isEqualTo("1");
        assertThat(driver.findElement(By.id("chart-types")).getText()).contains("Explosions/Remote violence").contains("Strategic developments");
        assertThat(driver.findElements(By.cssSelector("#chart-fatalities rect.bar"))).hasSize(5);
        // drag across the first two days
        WebElement svg = driver.findElement(By.cssSelector("#histogram svg"));
        int w = svg.getSize().getWidth();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(svg, -w / 2 + 3, 0).clickAndHold().moveByOffset(w / 5 + 5, 0).release().perform();
        waiting().until(ExpectedConditions.urlContains("to=2024-03-02"));
        assertThat(driver.getCurrentUrl()).contains("from=2024-03-01");
        waiting().until(d -> d.findElements(By.cssSelector("#timeline-dated .tl-item")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#timeline-dated .tl-item")).getAttribute("data-event-id")).isEqualTo("ev-idlib-0301");
        assertThat(requests).anyMatch(r -> r.startsWith("GET /api/events?") && r.contains("from=2024-03-01") && r.contains("to=2024-03-02"));
        assertThat(driver.findElement(By.name("from")).getAttribute("value")).isEqualTo("2024-03-01");
    }

    @Test
    void exportButtonsAndReportPagesCarryTheFilters() {
        open("#/?region=Syria&type=Humanitarian&sub_type=Flight&actor=UN");
        // The stub logs the events request when it arrives, which may be after the page has drawn its links; and
        // the route for a new hash runs after open returns, so an earlier overview's links may still be there.
        // Wait for this overview's request and links, then check every link.
        waiting().until(d -> requests.stream().anyMatch(r -> r.startsWith("GET /api/events?")
                && r.contains("sub_type=Flight") && r.contains("actor=UN")));
        waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("export-csv")).getAttribute("href").contains("actor=UN"));
        for (String id : List.of("export-csv", "export-jsonl", "export-geojson", "page-timeline", "page-sitrep")) {
            String href = driver.findElement(By.id(id)).getAttribute("href");
            assertThat(href).as(id).contains("region=Syria").contains("type=Humanitarian").contains("sub_type=Flight").contains("actor=UN");
        }
        assertThat(driver.findElement(By.name("type")).getAttribute("value")).isEqualTo("Humanitarian");
        driver.findElement(By.id("page-sitrep")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sitrep-page #report-body li")));
        assertThat(driver.findElement(By.cssSelector("#sitrep-page h2")).getText()).isEqualTo("Situation report");
        assertThat(driver.findElement(By.cssSelector("#report-body li")).getText()).contains("<script>alert(1)</script>");
        assertThat(driver.findElements(By.cssSelector("#report-body table")).get(0).findElements(By.cssSelector("tr")))
                .hasSize(2); // header and one row, the separator line dropped
        // escaped article text shows as written: one cell despite its pipe, no backslashes, no markup
        List<WebElement> cells = driver.findElements(By.cssSelector("#report-body table")).get(1).findElements(By.cssSelector("td"));
        assertThat(cells).extracting(WebElement::getText).containsExactly("Left | Right <b> &amp;", "2");
        assertThat(driver.findElements(By.cssSelector("#report-body p"))).extracting(WebElement::getText)
                .contains("# Not a heading *x*");
        assertThat(requests).anyMatch(r -> r.startsWith("GET /api/sitrep?") && r.contains("region=Syria"));
        assertNoAlert();
        open("#/timeline?region=Syria");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline-page #report-body h3")));
        assertThat(driver.findElement(By.cssSelector("#timeline-page #report-body h3")).getText()).isEqualTo("Timeline");
        assertThat(driver.findElements(By.id("sitrep-page"))).isEmpty();
    }

    @Test
    void articlePageHighlightsEvidenceAndSearchHitsLinkToIt() throws IOException {
        open("#/search?q=aleppo");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-articles a.article-link")));
        driver.findElement(By.cssSelector("#search-articles a.article-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark.evidence")));
        assertThat(driver.getCurrentUrl()).endsWith("#/article/reuters-001");
        WebElement mark = driver.findElement(By.cssSelector("#article-text mark.evidence"));
        assertThat(mark.getText()).isEqualTo("Russian warplanes struck a market in Aleppo on Tuesday, killing 12 civilians and "
                + "wounding at least 20, the Syrian Observatory monitoring group said.");
        assertThat(mark.getAttribute("data-event-id")).isEqualTo("ev-aleppo-0305");
        assertThat(mark.findElements(By.cssSelector("mark.key")).stream().map(WebElement::getText)).contains("12 civilians");
        assertThat(driver.findElement(By.cssSelector("#article-text a.evidence-link")).getAttribute("href")).endsWith("#/event/ev-aleppo-0305");
        assertThat(driver.findElement(By.id("article-text")).getText()).contains("<script>alert(1)</script>")
                .contains("Rescue teams were still searching");
        assertThat(driver.findElements(By.cssSelector("#article-events .tl-item"))).hasSize(1);
        screenshot("article.png");
        // the event page links each source to its article page
        open("#/event/ev-aleppo-0305");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sources a.article-link")));
        assertThat(driver.findElement(By.cssSelector(".sources a.article-link")).getAttribute("href")).endsWith("#/article/reuters-001");
        // hostile article: text stays text
        open("#/article/evil-003");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text mark.evidence")));
        assertThat(driver.findElement(By.cssSelector("#article-page h2")).getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(driver.findElement(By.id("article-text")).getText()).contains("<script>alert(1)</script>");
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertNoAlert();
        open("#/article/none");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), "No such article"));
    }
}
