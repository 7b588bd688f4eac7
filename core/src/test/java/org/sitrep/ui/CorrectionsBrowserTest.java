// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.fuse.Fuser;
import org.sitrep.model.Article;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Place;
import org.sitrep.model.Qualifier;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.resolve.place.Gazetteer;
import org.sitrep.serve.AccessLog;
import org.sitrep.serve.ArticleIngestor;
import org.sitrep.serve.ServeConfig;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.EventQuery;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoreIngest;

/**
 * An analyst splits a report off an event, merges two events, corrects a toll and undoes it, from the event
 * page in headless Chromium against the real server and an H2 store; re-ingesting every article, plus a new
 * report of the event, leaves the corrections intact. Reports written for this test stand in for the pipeline.
 */
class CorrectionsBrowserTest {
    private static final String TOKEN = "browser-test-token";
    private static final Map<String, List<EventMention>> MENTIONS = new LinkedHashMap<>();
    private static final List<Article> ARTICLES = new ArrayList<>();

    private static Path dir;
    private static JdbcEventStore store;
    private static SitrepServer server;
    private static StoreIngest ingest;
    private static WebDriver driver;
    private static String base;

    private static void report(String doc, String outlet, String town, long geonameId, long fatalities) {
        Place p = new Place(town, "Testland", "TL", "North", null, null, 11.5, 21.5, 1, List.of(), geonameId, town);
        String text = "A drone strike hit " + town + " on Sunday, killing " + fatalities + " people, " + outlet + " reported.";
        MENTIONS.put(doc, List.of(new EventMention(doc + "-m1", new EventType("Explosions/Remote violence", "Air/drone strike"),
                Status.OCCURRED, false, new EventDate(LocalDate.of(2022, 9, 11), null, DatePrecision.DAY, "on Sunday", DateBasis.TEXT),
                p, null, null, null, null, Map.of(CountRole.FATALITIES, new Count(fatalities, Qualifier.EXACT, fatalities + " people")),
                List.of(new Source(doc, outlet, null, text, 0, text.length(), List.of())), List.of(), "drone strike", "AIR")));
        ARTICLES.add(new Article(doc, outlet, null, LocalDate.of(2022, 9, 12), null, text, null, doc));
    }

    @BeforeAll
    static void start() throws Exception {
        driver = Chromium.start();
        report("w1", "north-wire.example", "Kellby", 401, 7);
        report("w2", "<b>south</b>-daily.example", "Kellby", 401, 9);
        report("w3", "east-radio.example", "Kellby", 401, 8);
        report("w4", "west-post.example", "Dunmore", 402, 2);
        report("w5", "late-news.example", "Kellby", 401, 10);   // arrives after the corrections
        dir = Files.createTempDirectory("sitrep-corrections-ui");
        store = JdbcEventStore.openH2(dir);
        Fuser fuser = new Fuser(Gazetteer.load());
        ingest = new StoreIngest(store, fuser, a -> MENTIONS.get(a.docId()));
        ingest.ingest(ARTICLES.subList(0, 4));
        server = SitrepServer.start(ServeConfig.defaults().withPort(0).withWriteToken(TOKEN), store,
                ArticleIngestor.of(ingest), AccessLog.NONE, () -> fuser);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        Chromium.stop(driver, server, store);
    }

    /** Generous: each correction re-fuses and rebuilds the search index on a possibly loaded machine. */
    private static WebDriverWait waiting() {
        // the page is drawn again after each correction: an element found a moment ago may be gone
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class);
    }

    private static JsonNode eventOf(String mention) {
        return store.events(EventQuery.all().limit(1000)).stream()
                .filter(e -> e.path("mention_ids").toString().contains("\"" + mention + "\"")).findFirst().orElseThrow();
    }

    /** Opens an event page and waits for its corrections panel. */
    private static void open(String eventId) {
        driver.get(base + "/#/event/" + eventId);
        waiting().until(ExpectedConditions.attributeToBe(By.id("event-page"), "data-event-id", eventId));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("corrections")));
    }

    /** Waits until the page shows the event now holding {@code mention} (its id changes with a split or merge). */
    private static JsonNode awaitPageOf(String mention, int corrections) {
        waiting().until(d -> {
            JsonNode e = eventOf(mention);
            List<WebElement> page = d.findElements(By.id("event-page"));
            return !page.isEmpty() && e.path("id").asText().equals(page.get(0).getAttribute("data-event-id"))
                    && d.findElements(By.cssSelector("#correction-list li.correction")).size() == corrections;
        });
        return eventOf(mention);
    }

    private static void sign(String token) {
        WebElement t = driver.findElement(By.id("correct-token"));
        t.clear();
        t.sendKeys(token);
        WebElement by = driver.findElement(By.id("correct-by"));
        by.clear();
        by.sendKeys("alice");
    }

    @Test
    void splitMergeCorrectAndUndoFromTheEventPageAndTheyOutlastReingest() throws Exception {
        JsonNode kellby = eventOf("w1-m1");
        assertThat(kellby.path("mention_ids")).hasSize(3);
        open(kellby.path("id").asText());
        assertThat(driver.findElement(By.id("correction-list")).getText()).contains("No analyst has corrected this event");

        // a wrong token is refused and changes nothing
        sign("not-the-token");
        new Select(driver.findElement(By.id("split-report"))).selectByValue("w3-m1");
        driver.findElement(By.id("split-submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("correction-status"), "The token was refused (HTTP 401)"));
        assertThat(store.corrections()).isEmpty();

        // split the third report off
        sign(TOKEN);
        driver.findElement(By.id("correct-note")).sendKeys("<img src=x onerror=alert(1)> another strike");
        new Select(driver.findElement(By.id("split-report"))).selectByValue("w3-m1");
        driver.findElement(By.id("split-submit")).click();
        JsonNode left = awaitPageOf("w1-m1", 1);
        assertThat(left.path("mention_ids").toString()).doesNotContain("w3-m1");
        assertThat(driver.findElements(By.cssSelector("#accounts .account"))).hasSize(2);
        assertThat(driver.findElement(By.id("correction-list")).getText()).contains("Split w3-m1 off")
                .contains("<img src=x onerror=alert(1)> another strike");
        assertThat(driver.findElements(By.cssSelector("img[src='x']"))).isEmpty();

        // merge the Dunmore event into it (the token and name stay for the session)
        driver.findElement(By.id("merge-other")).sendKeys(eventOf("w4-m1").path("id").asText());
        driver.findElement(By.id("merge-submit")).click();
        JsonNode merged = awaitPageOf("w1-m1", 2);
        assertThat(merged.path("mention_ids").toString()).contains("w4-m1");
        assertThat(driver.findElements(By.cssSelector("#accounts .account"))).hasSize(3);

        // correct the toll: the machine chose Dunmore's 2, the analyst sets 11
        new Select(driver.findElement(By.id("set-field"))).selectByValue("fatalities");
        driver.findElement(By.id("set-value")).sendKeys("11");
        driver.findElement(By.id("set-submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("correction-list"), "Set fatalities to 11"));
        JsonNode corrected = eventOf("w1-m1");
        assertThat(corrected.path("counts").path("fatalities").path("value").asLong()).isEqualTo(11);
        assertThat(driver.findElement(By.id("correction-list")).getText()).contains("(the machine: 2)");
        assertThat(driver.findElement(By.id("event-page")).getText()).contains("fatalities: 11");
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);

        // every article again, and a new report of the strike: the corrections hold
        StoreIngest.Result again = ingest.ingest(ARTICLES);
        assertThat(again.skipped()).isEqualTo(4);
        assertThat(again.added()).isEqualTo(1);
        JsonNode now = eventOf("w1-m1");
        assertThat(now.path("mention_ids").toString()).contains("w4-m1").contains("w5-m1").doesNotContain("w3-m1");
        assertThat(eventOf("w3-m1").path("mention_ids")).hasSize(1);
        assertThat(now.path("counts").path("fatalities").path("value").asLong()).isEqualTo(11);
        assertThat(now.path("corrections")).hasSize(3);

        // undo the toll from the page of the event as it is now
        open(now.path("id").asText());
        String setId = store.corrections().get(2).id();
        driver.findElement(By.cssSelector("button.correction-undo[data-correction-id='" + setId + "']")).click();
        waiting().until(d -> eventOf("w1-m1").path("counts").path("fatalities").path("value").asLong() == 2);
        awaitPageOf("w1-m1", 2);
        assertThat(store.corrections().get(2).undoneBy()).isEqualTo("alice");
        assertThat(store.integrityProblems()).isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('corrections').scrollIntoView()");
        Chromium.screenshot(driver, "serve-corrections.png");
    }
}
