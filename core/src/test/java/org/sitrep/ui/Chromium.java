package org.sitrep.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.EventStore;

/**
 * Debian's headless Chromium for the browser tests. The driver and browser come from the machine
 * (`apt-get install chromium chromium-driver`, as .ci/run does), so Selenium never downloads anything;
 * without them the calling test class is skipped.
 */
final class Chromium {
    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    static WebDriver start() throws IOException {
        assumeTrue(Files.isExecutable(Path.of(DRIVER)) && Files.isExecutable(Path.of(BROWSER)),
                "no " + BROWSER + " and " + DRIVER + ": browser tests skipped");
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        // without the background-networking flags Chromium keeps calling home, which this closed network refuses
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory("sitrep-chromium"),
                "--window-size=1400,1000");
        WebDriver driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        return driver;
    }

    /**
     * Quits the browser, then stops the server and closes the store behind it: the teardown of the browser
     * tests that drive a real server. Each may be null when its class stopped before starting it.
     */
    static void stop(WebDriver driver, SitrepServer server, EventStore store) {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    /** Saves a screenshot to docs/screenshots/NAME, only when run with -Dsitrep.screenshots=true. */
    static void screenshot(WebDriver driver, String name) throws IOException {
        if (System.getProperty("sitrep.screenshots") == null) {
            return;
        }
        Path dir = Path.of("docs", "screenshots"); // tests run in the repository root, as they read examples/ there
        Files.createDirectories(dir);
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
