package org.cathedra.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the end-to-end tests: the whole application on a random port over the embedded MariaDB, driven by
 * Debian's headless Chromium through chromedriver (no browser is ever downloaded).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e"})
abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("cathedra.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("cathedra.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String PASSWORD = "cathedra-demo-2026";

    @LocalServerPort
    int port;

    ChromeDriver driver;
    WebDriverWait wait;
    private Path profileDir;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are needed: apt-get install chromium chromium-driver (.ci/run does it)");
        profileDir = Files.createTempDirectory("cathedra-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profileDir, "--lang=ru-RU",
                "--window-size=1280,900");
        // the institute's people browse in Russian: the app follows the browser's language until one is chosen
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ru-RU,ru"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profileDir != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profileDir);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    void phoneWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** Waits until the page is loaded and no server round trip is pending. */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (document.readyState !== 'complete') return false;"
                        + "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;"
                        + "return Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive());")));
    }

    void signIn(String username) {
        signIn(username, PASSWORD);
    }

    /** Signs in an account made by a test fixture, whose password is not the demo one. */
    void signIn(String username, String password) {
        open("login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        waitForVaadin();
    }

    WebElement heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1")));
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Runs axe-core on the current page and returns the serious and critical WCAG 2.1 A/AA violations. */
    List<Rule> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
    }

    /** Fails with a readable list when the current page has serious or critical accessibility violations. */
    void assertAccessible() {
        List<Rule> violations = accessibilityViolations();
        org.assertj.core.api.Assertions.assertThat(violations).as(describe(violations)).isEmpty();
    }

    static String describe(List<Rule> violations) {
        StringBuilder out = new StringBuilder();
        for (Rule rule : violations) {
            out.append(rule.getId()).append(": ").append(rule.getHelp()).append(" at ");
            rule.getNodes().forEach(n -> out.append(n.getTarget()).append(' '));
            out.append('\n');
        }
        return out.toString();
    }
}
