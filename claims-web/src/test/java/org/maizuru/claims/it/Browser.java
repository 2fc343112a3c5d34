package org.maizuru.claims.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless, as a person uses the pages: by labels, buttons and visible text. Nothing is
 * downloaded: the browser and its driver are the system's. Each Browser is a session of its own, with no cookie or
 * stored data of an earlier one; the Chromium under it is kept for the next session when this one ends (starting
 * one costs a second of CPU, and a pass opens browsers about forty times), with its cache of the pages' scripts.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Chromium processes whose session has ended, ready for the next; quit when the JVM ends. */
    private static final Deque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Chromium::quit)));
    }

    /** The session's driver; replaced, with its Chromium, only when that Chromium died under the test (see open). */
    WebDriver driver;

    private Chromium chromium;
    private volatile boolean abandoned;
    /** Who signed in last, to sign in again in a Chromium that replaced a dead one. */
    private String[] signedIn;

    private int restarts;
    private final String base;
    private final List<String> policyViolations = new ArrayList<>();

    /** Screenshots of each pass go to a folder of its own: the passes run side by side. */
    private final Path screenshots;

    Browser(ServerUnderTest server) throws IOException {
        String address = server.base().toString();
        this.base = address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
        this.screenshots = Path.of(System.getProperty("claims.screenshots", "target/screenshots"), server.database());
        Chromium idle = IDLE.poll();
        this.chromium = idle != null ? idle : Chromium.start();
        this.driver = chromium.driver;
    }

    /** One headless Chromium and its driver, with a profile folder of its own. */
    private record Chromium(ChromeDriver driver, ChromeDriverService service, Path profile) {

        static Chromium start() throws IOException {
            Path profile = Files.createTempDirectory("maizuru-chromium");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            // The console is read for the policy's refusals: a page that the Content-Security-Policy breaks fails its
            // test.
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Chromium(driver, service, profile);
        }

        /**
         * Forgets the session: a blank page, one window, no cookie and nothing stored for the server's origin (the
         * HTTP cache of its scripts and styles stays, as a returning person's browser keeps it).
         */
        void forget(String origin) {
            driver.get("about:blank");
            var windows = new ArrayList<>(driver.getWindowHandles());
            for (String extra : windows.subList(1, windows.size())) {
                driver.switchTo().window(extra).close();
            }
            driver.switchTo().window(windows.getFirst());
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand(
                    "Storage.clearDataForOrigin",
                    Map.of(
                            "origin",
                            origin,
                            "storageTypes",
                            "cookies,local_storage,session_storage,indexeddb,websql,service_workers,cache_storage"));
            driver.manage().logs().get(LogType.BROWSER);
        }

        /** Ends a Chromium that no longer answers its driver: its processes are killed, not asked to quit. */
        void kill() {
            ProcessHandle.current()
                    .descendants()
                    .filter(process -> process.info()
                            .commandLine()
                            .map(line -> line.contains(profile.toString()))
                            .orElse(false))
                    .forEach(ProcessHandle::destroyForcibly);
            service.stop();
        }

        void quit() {
            try {
                driver.quit();
            } finally {
                try (var files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary folder left behind
                }
            }
        }
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
            Assumptions.abort("Debian's chromium and chromium-driver are not installed: browser tests skipped");
        }
    }

    /**
     * Opens the page. On a machine loaded to its last core, Chromium now and then loses a renderer: its driver
     * either gives up waiting for it ("Timed out receiving message from renderer"), and the page is asked for again
     * as a person presses reload, or the browser is gone, and a new one is started, signed in again as the last
     * account was, as a person restarts a browser that crashed. Once only: a second failure, and any other, is the
     * test's.
     */
    void open(String path) {
        readConsole();
        try {
            driver.get(base + path);
        } catch (NoSuchSessionException gone) {
            restart(gone);
            driver.get(base + path);
        } catch (WebDriverException slow) {
            if (slow.getMessage() == null || !slow.getMessage().contains("from renderer")) {
                throw slow;
            }
            driver.get(base + path);
        }
    }

    private void restart(RuntimeException cause) {
        if (++restarts > 2) {
            throw cause;
        }
        System.err.println("Chromium died; a new one takes the session: "
                + cause.getMessage().lines().findFirst().orElse(""));
        try {
            chromium.quit();
        } catch (WebDriverException alreadyGone) {
            // its driver went with it
        }
        try {
            chromium = Chromium.start();
        } catch (IOException e) {
            cause.addSuppressed(e);
            throw cause;
        }
        driver = chromium.driver;
        if (signedIn != null) {
            signIn(signedIn[0], signedIn[1]);
        }
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
        for (var entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                policyViolations.add(safePath() + ": " + entry.getMessage());
            }
        }
    }

    private String safePath() {
        try {
            return path();
        } catch (WebDriverException gone) {
            return "(unknown page)";
        }
    }

    String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    void signIn(String account, String password) {
        signedIn = new String[] {account, password};
        open("/?lang=en");
        type("signin:username", account);
        type("signin:password", password);
        click("signin:submit");
        waitFor(ExpectedConditions.urlContains("/app/"));
    }

    void signOut() {
        driver.findElement(By.cssSelector(".signout-button")).click();
        waitFor(ExpectedConditions.urlContains("signedOut"));
        signedIn = null;
    }

    void type(String id, String text) {
        WebElement field = waitFor(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks, finding the element again if an ajax update replaced it meanwhile. */
    void click(String id) {
        patiently(Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
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
                patiently(Duration.ofSeconds(3)).until(ExpectedConditions.textToBe(shown, label));
                if (panel.isDisplayed()) {
                    driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                }
                return;
            } catch (WebDriverException missed) {
                driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
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
        patiently(Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .withMessage(() -> "the page never said \"" + text + "\": " + safeText())
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    private String safeText() {
        try {
            return text();
        } catch (WebDriverException gone) {
            return "(the page could not be read: " + gone.getClass().getSimpleName() + ")";
        }
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return waitFor(condition, Duration.ofSeconds(30));
    }

    /** For what the server takes its time over, such as a report run that waits for its turn on a busy machine. */
    <T> T waitFor(ExpectedCondition<T> condition, Duration patience) {
        // A condition that reads an element an ajax update has just replaced is asked again, not failed.
        return patiently(patience)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the page at " + safePath() + " never came to be as expected: " + safeText())
                .until(condition);
    }

    /**
     * A wait that looks again every 50 ms: Selenium's default, every half second, made each step of a journey wait
     * a quarter of a second on average after the page was ready, and the browser tests wait for pages hundreds of
     * times.
     */
    private WebDriverWait patiently(Duration patience) {
        return new WebDriverWait(driver, patience, Duration.ofMillis(50));
    }

    /** axe-core, the accessibility engine, as the build fetched it from the npm registry. */
    private static String axe;

    /**
     * Runs axe-core in the page and returns its serious and critical violations, one line each: where (as the test
     * names the page), the rule and the first elements it found.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityProblems(String where) throws IOException {
        var js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))));
                """);
        return ((List<String>) result)
                .stream().map(violation -> where + " — " + violation).toList();
    }

    private static synchronized String axeSource() throws IOException {
        if (axe == null) {
            axe = Files.readString(Path.of(System.getProperty("claims.axe")));
        }
        return axe;
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Files.write(
                    screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's cookies as a Cookie header, for downloads fetched beside the browser. */
    String sessionCookie() {
        return String.join(
                "; ",
                driver.manage().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .toList());
    }

    /** The browser is held (by a dialog a document opened): closing kills it instead of asking it anything. */
    void abandon() {
        abandoned = true;
    }

    /**
     * Ends the session, keeping its Chromium for the next one (or quitting it when it cannot be reset); a page the
     * Content-Security-Policy broke on the way fails the test that opened it.
     */
    @Override
    public void close() {
        if (abandoned) {
            chromium.kill();
            return;
        }
        List<String> refused;
        try {
            refused = policyViolations();
        } catch (RuntimeException unreadable) {
            chromium.quit();
            throw unreadable;
        }
        try {
            chromium.forget(base);
            IDLE.push(chromium);
        } catch (RuntimeException broken) {
            chromium.quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError(
                    "The Content-Security-Policy refused parts of the pages:\n" + String.join("\n", refused));
        }
    }
}
