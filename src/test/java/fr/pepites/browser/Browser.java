package fr.pepites.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, as a user of the application would use it. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        this.baseUrl = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    void logIn(String email, String password) {
        open("/login");
        WebElement username = waitFor(By.id("vaadinLoginUsername"));
        username.sendKeys(email);
        driver.findElement(By.id("vaadinLoginPassword")).sendKeys(password + "\n");
        waitFor(By.id("current-user-name"));
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForUrlEnding(String end) {
        wait.until(ExpectedConditions.urlMatches(java.util.regex.Pattern.quote(end) + "$"));
    }

    /** Types into the native input of a Vaadin text field. */
    void type(String fieldId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until a grid shows a cell with exactly this text. */
    WebElement waitForGridCell(String text) {
        return waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"" + text + "\"]"));
    }

    /** Waits until no visible grid cell shows this text (the grid was filtered). */
    void waitUntilNoGridCell(String text) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"" + text + "\"]")));
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
