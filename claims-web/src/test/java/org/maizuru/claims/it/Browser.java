package org.maizuru.claims.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless, as a person uses the pages: by labels, buttons and visible text. Nothing is
 * downloaded: the browser and its driver are the system's.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final String base;
    private final Path profile;
    private final List<String> policyViolations = new java.util.ArrayList<>();

    Browser(URL base) throws IOException {
        this.base = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        this.profile = Files.createTempDirectory("maizuru-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        // The console is read for the policy's refusals: a page that the Content-Security-Policy breaks fails its test.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** For a browser test's {@code @BeforeAll}: skipped without a browser, except in CI, which must have one. */
    static void requireAvailable() {
        if (!available()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI must install chromium and chromium-driver for the browser tests");
            }
            org.junit.jupiter.api.Assumptions.abort("Debian's chromium and chromium-driver are not installed: browser tests skipped");
        }
    }

    void open(String path) {
        readConsole();
        driver.get(base + path);
    }

    /** What the Content-Security-Policy refused in the pages opened so far (the console says it, the page may not). */
    List<String> policyViolations() {
        readConsole();
        return List.copyOf(policyViolations);
    }

    /** Takes the refusals seen so far, so that a test that provoked one on purpose does not fail on it. */
    List<String> takePolicyViolations() {
        List<String> seen = policyViolations();
        policyViolations.clear();
        return seen;
    }

    private void readConsole() {
        for (var entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                policyViolations.add(safePath() + ": " + entry.getMessage());
            }
        }
    }

    private String safePath() {
        try {
            return path();
        } catch (org.openqa.selenium.WebDriverException gone) {
            return "(unknown page)";
        }
    }

    String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    void signIn(String account, String password) {
        open("/?lang=en");
        type("signin:username", account);
        type("signin:password", password);
        click("signin:submit");
        waitFor(ExpectedConditions.urlContains("/app/"));
    }

    void signOut() {
        driver.findElement(By.cssSelector(".signout-button")).click();
        waitFor(ExpectedConditions.urlContains("signedOut"));
    }

    void type(String id, String text) {
        WebElement field = waitFor(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks, finding the element again if an ajax update replaced it meanwhile. */
    void click(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = d.findElement(By.id(id));
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /**
     * Picks an option of a PrimeFaces select menu by its visible label, as a person does: open the menu, click
     * the option. The panel opens with an animation, so a click can miss; then the person tries again.
     */
    void choose(String id, String label) {
        By shown = By.id(id + "_label");
        for (int attempt = 0; attempt < 5; attempt++) {
            click(id);
            WebElement panel = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
            WebElement option = panel.findElement(By.cssSelector("li[data-label='" + label + "']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
            try {
                Thread.sleep(300);
                option.click();
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.textToBe(shown, label));
                if (panel.isDisplayed()) {
                    driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                }
                return;
            } catch (org.openqa.selenium.WebDriverException missed) {
                driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Could not choose " + label + " in " + id);
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Waits until the page says the text. A page that is being replaced (after a full submit) may answer with a
     * document that is already gone; that is asked again, not taken as an answer.
     */
    void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .withMessage(() -> "the page never said \"" + text + "\": " + safeText())
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    private String safeText() {
        try {
            return text();
        } catch (org.openqa.selenium.WebDriverException gone) {
            return "(the page could not be read: " + gone.getClass().getSimpleName() + ")";
        }
    }

    <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return waitFor(condition, Duration.ofSeconds(30));
    }

    /** For what the server takes its time over, such as a report run that waits for its turn on a busy machine. */
    <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition, Duration patience) {
        return new WebDriverWait(driver, patience)
                .withMessage(() -> "the page at " + safePath() + " never came to be as expected: " + safeText())
                .until(condition);
    }

    /** Runs axe-core in the page and returns the serious and critical violations, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations(String axeSource) {
        var js = (JavascriptExecutor) driver;
        js.executeScript(axeSource);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))));
                """);
        return (List<String>) result;
    }

    void screenshot(String name) {
        String folder = System.getProperty("claims.screenshots");
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The browser's cookies as a Cookie header, for downloads fetched beside the browser. */
    String sessionCookie() {
        return String.join("; ", driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    /** Ends the browser; a page the Content-Security-Policy broke on the way fails the test that opened it. */
    @Override
    public void close() throws IOException {
        List<String> refused;
        try {
            refused = policyViolations();
        } finally {
            driver.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused parts of the pages:\n" + String.join("\n", refused));
        }
    }
}
