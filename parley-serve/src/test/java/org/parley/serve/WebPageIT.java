package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver), against a real
 * server over the fixture database. Skipped when the browser or its driver is not installed.
 * Leaves a screenshot of the page with data in {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private EventDatabase db;
    private ParleyServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String base;

    @BeforeAll
    void start(@TempDir Path directory) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        db = SampleEvents.create(directory);
        server = ParleyServer.builder(db.connection()).build();
        base = "http://127.0.0.1:" + server.start(0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + directory.resolve("chromium-profile"), "--window-size=1440,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1440, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
            db.close();
        }
    }

    @Test
    void listsEventsWithHighlightedEvidenceAndPlacesThemOnTheMap() throws IOException {
        browser.get(base + "/");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events li.event"), 7));
        assertThat(browser.findElement(By.id("event-count")).getText()).isEqualTo("7 events");
        WebElement first = browser.findElement(By.cssSelector("#events li.event"));
        assertThat(first.getAttribute("data-id")).isEqualTo("e7");
        assertThat(first.findElement(By.cssSelector("mark.source")).getText()).isEqualTo("Israel");
        assertThat(first.findElement(By.cssSelector("mark.trigger")).getText()).isEqualTo("asked");
        assertThat(first.findElement(By.cssSelector("mark.target")).getText()).isEqualTo("Russia");
        // Amman, Daraa and Moscow: one circle per place, drawn as SVG paths over the outlines.
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#map path.event-marker"), 3));
        assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive, #map path")).size())
                .isGreaterThan(100);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#network canvas"), 0));
        screenshot("page.png");
    }

    @Test
    void searchNarrowsTheEventsAndOpensADocumentWithItsEventsInPlace() throws IOException {
        browser.get(base + "/");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events li.event"), 7));
        WebElement q = browser.findElement(By.id("q"));
        q.clear();
        q.sendKeys("Amman");
        browser.findElement(By.id("go")).click();
        wait.until(ExpectedConditions.textToBe(By.id("event-count"), "1 event"));
        assertThat(browser.findElement(By.cssSelector("#events li.event")).getAttribute("data-id")).isEqualTo("e1");
        List<WebElement> documents = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#doc-hits .doc-hit"), 2));
        assertThat(documents.get(0).findElement(By.cssSelector("mark.hit")).getText()).isEqualTo("Amman");

        browser.findElement(By.cssSelector("#events li.event button.open-doc[data-doc='d1']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reader")));
        wait.until(ExpectedConditions.textToBe(By.id("reader-title"), "Envoys meet in Amman"));
        List<String> triggers = browser.findElements(By.cssSelector("#reader-text mark.trigger")).stream()
                .map(WebElement::getText).toList();
        assertThat(triggers).containsExactly("met", "criticised", "promised");
        assertThat(browser.findElements(By.cssSelector("#reader-text mark.source")).stream().map(WebElement::getText))
                .containsExactly("Israeli envoys", "Israel", "Moscow");
        assertThat(browser.findElements(By.cssSelector("#reader-text mark.target")).stream().map(WebElement::getText))
                .containsExactly("Russian officials", "the Jordanian government");
        assertThat(browser.findElements(By.cssSelector("#reader-events li"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#reader-text mark.trigger.focus")).getText()).isEqualTo("met");
        screenshot("reader.png");
    }

    @Test
    void aBadFilterShowsTheApisMessage() {
        browser.get(base + "/?from=2017-13");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).isEqualTo("parameter 'from': a date such as 2017, 2017-07 or 2017-07-14, got '2017-13'");
    }

    private void screenshot(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(directory.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
