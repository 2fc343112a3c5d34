package org.maizuru.claims.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, as a person uses the application through the balancer. */
final class ClusterBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    ClusterBrowser(int port) throws IOException {
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("maizuru-cluster-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String account, String password) {
        open("/?lang=ja");
        type("signin:username", account);
        type("signin:password", password);
        click("signin:submit");
        waitFor(ExpectedConditions.urlContains("/app/"));
    }

    void type(String id, String text) {
        WebElement field = waitFor(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks, finding the element again if an ajax update replaced it meanwhile. */
    void click(String id) {
        patiently().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(By.id(id));
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Picks an option of a PrimeFaces select menu by its label: open the menu, click the option. */
    void choose(String id, String label) {
        for (int attempt = 0; attempt < 5; attempt++) {
            click(id);
            WebElement panel = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
            WebElement option = panel.findElement(By.cssSelector("li[data-label='" + label + "']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
            try {
                Thread.sleep(300);
                option.click();
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
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

    /** Waits until an element with this id is on the page. */
    void awaitElement(String id) {
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name)).map(Cookie::getValue);
    }

    /** Sets a cookie on the balancer's address (a page of it must be open). */
    void setCookie(String name, String value) {
        driver.manage().addCookie(new Cookie(name, value, "/"));
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return patiently()
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the page at " + path() + " never came to be as expected: " + text())
                .until(condition);
    }

    private WebDriverWait patiently() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
