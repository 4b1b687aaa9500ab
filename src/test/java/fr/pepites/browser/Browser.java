package fr.pepites.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
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
    /** How long any wait of the browser tests lasts before giving up. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final WebDriverWait wait;
    private final String baseUrl;

    /** Skips the calling test, saying why, on a machine without Debian's Chromium and its driver. */
    static void assumeInstalled() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed "
                        + "(apt-get install chromium chromium-driver)");
    }

    Browser(int port) {
        this(port, 1400, 900);
    }

    /** A browser whose window has this size: 390 × 844 is a phone held upright. */
    Browser(int port, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        this.wait = new WebDriverWait(driver, PATIENCE);
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

    /** The element once it is in the page, shown or not (a list hidden behind its empty state). */
    WebElement present(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    void waitForUrlEnding(String end) {
        wait.until(ExpectedConditions.urlMatches(java.util.regex.Pattern.quote(end) + "$"));
    }

    /** Types into the native input of a Vaadin field, as a user who clicked into it would. */
    void type(String fieldId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + fieldId + " input"));
        centre(input);
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text);
    }

    /** Saves what the browser shows, to look at when a test fails. */
    void screenshot(String name) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/" + name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until a grid shows a cell with exactly this text. */
    WebElement waitForGridCell(String text) {
        return waitFor(gridCell(text));
    }

    /** Types into a combo box and picks the first proposed item that contains the text. */
    void pick(String fieldId, String typed, String itemText) {
        type(fieldId, typed);
        waitFor(By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), \"" + itemText + "\")]")).click();
    }

    /** The same for a multi-select box, which stays open for more choices: closed afterwards as a user would. */
    void pickAmongMany(String fieldId, String typed, String itemText) {
        type(fieldId, typed);
        waitFor(By.xpath("//vaadin-multi-select-combo-box-item[contains(normalize-space(.), \"" + itemText + "\")]"))
                .click();
        driver.findElement(By.cssSelector("#" + fieldId + " input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }

    /** Ticks the checkbox or radio button of a group whose label is exactly this text. */
    void choose(String label) {
        clickCentered(waitFor(By.xpath("//label[normalize-space(.)=\"" + label + "\"]")));
    }

    /**
     * Ticks the last displayed check box found by this locator (a grid row's), then waits for the button the selection
     * enables. A tick that lands while the grid re-renders (e.g. a row's details just opened) is lost without an
     * error: the box is ticked again until it shows ticked, never clicked once it does (a second click would untick).
     */
    void tickLast(By checkboxes, String enabledButtonId) {
        whileTheGridRenders().until(d -> {
            java.util.List<WebElement> shown = displayed(checkboxes);
            if (shown.isEmpty()) {
                return false;
            }
            WebElement box = shown.get(shown.size() - 1);
            if (box.getDomAttribute("checked") == null) {
                centre(box);
                box.click();
                return false;
            }
            return d.findElement(By.id(enabledButtonId)).getDomAttribute("disabled") == null;
        });
    }

    /** Opens the menu's heading of this group (its id's end, e.g. {@code badges}) as a user does to see its entries. */
    void openMenuGroup(String group) {
        if (!menuGroupOpen(group)) {
            clickDisplayed(By.cssSelector("#nav-group-" + group + " > .pepites-nav-label"));
        }
    }

    /** Whether the menu's heading of this group shows its entries. */
    boolean menuGroupOpen(String group) {
        return Boolean.FALSE.equals(script("return arguments[0].collapsed", waitFor(By.id("nav-group-" + group))));
    }

    /** Clicks the first displayed element found by this locator (a grid keeps hidden cells for scrolling). */
    void clickFirst(By locator) {
        clickDisplayed(locator);
    }

    /**
     * Clicks the grid's row that shows this cell until the page at this path opens: a click that lands while the grid
     * refreshes after a filter reaches a row the server has just replaced, and is lost.
     */
    void openFromGrid(String cellText, String path) {
        clickUntil(gridCell(cellText), d -> currentPath().endsWith(path));
    }

    /** The same for a click that opens something in the page: clicked again until {@code shown} is displayed. */
    WebElement clickUntilShown(By locator, By shown) {
        clickUntil(locator, d -> !displayed(shown).isEmpty());
        return displayed(shown).get(0);
    }

    private void clickUntil(By locator, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> done) {
        whileTheGridRenders().pollingEvery(Duration.ofSeconds(1)).until(d -> {
            if (done.apply(d)) {
                return true;
            }
            java.util.List<WebElement> found = displayed(locator);
            if (!found.isEmpty()) {
                centre(found.get(0));
                found.get(0).click();
            }
            return false;
        });
    }

    /**
     * Finds the displayed elements again until the click goes through: a grid that is refreshing (after a filter)
     * re-renders its cells between finding one and clicking it.
     */
    private void clickDisplayed(By locator) {
        new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    java.util.List<WebElement> shown = displayed(locator);
                    if (shown.isEmpty()) {
                        return false;
                    }
                    WebElement element = shown.get(0);
                    centre(element);
                    element.click();
                    return true;
                });
    }

    /**
     * Waits, trying again, through what a grid's re-rendering throws at a click: the element replaced, hidden or
     * covered for a moment.
     */
    private WebDriverWait whileTheGridRenders() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class)
                .ignoring(ElementNotInteractableException.class)
                .ignoring(ElementClickInterceptedException.class);
        return wait;
    }

    /** A grid cell showing exactly this text. */
    private static By gridCell(String text) {
        return By.xpath("//vaadin-grid-cell-content[normalize-space(.)=\"" + text + "\"]");
    }

    /** The elements found by this locator that the page shows (a grid keeps hidden cells for scrolling). */
    private java.util.List<WebElement> displayed(By locator) {
        return driver.findElements(locator).stream().filter(WebElement::isDisplayed).toList();
    }

    /** Scrolls the element to the middle of the window, away from notifications and the edges. */
    private void centre(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** Gives a file to an upload component, as a user choosing it in the file dialog. */
    void upload(String uploadId, java.nio.file.Path file) {
        WebElement upload = waitFor(By.id(uploadId));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    void click(String id) {
        clickCentered(waitFor(By.id(id)));
    }

    /**
     * Brings the element to the middle of the window (away from notifications) and clicks it once it is enabled. A
     * Vaadin component is disabled by an attribute, which Selenium's "clickable" does not read (a button the server
     * enables after a selection was clicked too early); a click that lands while the page re-renders is refused by
     * the browser without being delivered, and tried again.
     */
    private void clickCentered(WebElement element) {
        centre(element);
        new WebDriverWait(driver, PATIENCE)
                .ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    if (!element.isDisplayed() || element.getDomAttribute("disabled") != null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /** Types a date as a French user does, then leaves the field so that the value is committed. */
    void typeDate(String fieldId, java.time.LocalDate date) {
        type(fieldId, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date));
        driver.findElement(By.cssSelector("#" + fieldId + " input")).sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** Types into a text area, as {@link #type} into a text field. */
    void typeText(String fieldId, String text) {
        WebElement area = waitFor(By.cssSelector("#" + fieldId + " textarea"));
        centre(area);
        area.sendKeys(text);
    }

    /** Types a date and a time into a date-time picker as a French user does, leaving each part to commit it. */
    void typeDateTime(String fieldId, java.time.LocalDateTime at) {
        waitFor(By.cssSelector("#" + fieldId + " input"));
        java.util.List<WebElement> inputs = driver.findElements(By.cssSelector("#" + fieldId + " input"));
        centre(inputs.get(0));
        inputs.get(0).sendKeys(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(at),
                org.openqa.selenium.Keys.ENTER);
        inputs.get(1).sendKeys(java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at),
                org.openqa.selenium.Keys.ENTER);
    }

    /** Opens a select and picks the item showing exactly this text. */
    void select(String fieldId, String itemText) {
        click(fieldId);
        waitFor(By.xpath("//vaadin-select-item[normalize-space(.)=\"" + itemText + "\"]")).click();
    }

    void waitUntilGone(String id) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    void logOut() {
        click("logout");
        waitFor(By.id("vaadinLoginUsername"));
    }

    /** Waits until no visible grid cell shows this text (the grid was filtered). */
    void waitUntilNoGridCell(String text) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(gridCell(text)));
    }

    /** Gives the window this size, as a laptop's screen (1366 × 768, 1280 × 800). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /**
     * The texts of the grid's cells that the grid does not show whole: cut by an ellipsis, overflowing their cell (a
     * button, a badge, a sortable header's text), or out of the grid's width (a column reached by scrolling sideways); a grid wider than the
     * window counts all its cells. Rows scrolled out of sight are not counted.
     */
    @SuppressWarnings("unchecked")
    java.util.List<String> cutGridCells(String gridId) {
        waitFor(By.cssSelector("#" + gridId + " vaadin-grid-cell-content"));
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const grid = document.getElementById(arguments[0]);
                const box = grid.getBoundingClientRect();
                const right = Math.min(box.right, document.documentElement.clientWidth);
                const cut = [];
                for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
                  const r = content.getBoundingClientRect();
                  const text = content.innerText.trim();
                  if (!text || r.width === 0 || r.height === 0 || r.bottom <= box.top || r.top >= box.bottom) {
                    continue;
                  }
                  let whole = content.scrollWidth <= content.clientWidth + 1 && r.left >= box.left - 1
                      && r.right <= right + 1;
                  for (const inner of content.querySelectorAll('*')) {
                    const i = inner.getBoundingClientRect();
                    if (i.width > 0 && (i.right > r.right + 1 || i.left < r.left - 1)) {
                      whole = false;
                    }
                    // A sortable header's text is cut inside its sorter's shadow ("Dist…").
                    const part = inner.shadowRoot ? inner.shadowRoot.querySelector('[part~=content]') : null;
                    if (part && part.scrollWidth > part.clientWidth + 1) {
                      whole = false;
                    }
                  }
                  if (!whole) {
                    cut.push(text);
                  }
                }
                return cut;
                """, gridId);
    }

    /** Whether the element is inside the window and shows its content whole (no ellipsis, nothing overflowing). */
    boolean shownWhole(String id) {
        WebElement element = waitFor(By.id(id));
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const e = arguments[0];
                const r = e.getBoundingClientRect();
                const label = e.shadowRoot ? e.shadowRoot.querySelector('[part=label]') : null;
                return r.left >= 0 && r.right <= document.documentElement.clientWidth && r.width > 0
                    && e.scrollWidth <= e.clientWidth + 1 && (!label || label.scrollWidth <= label.clientWidth + 1);
                """, element);
    }

    /** Waits until Vaadin has rendered the page and answered every request the browser sent. */
    void waitUntilSettled() {
        wait.until(d -> Boolean.TRUE.equals(script("return !!(window.Vaadin && window.Vaadin.Flow"
                + " && window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))")));
    }

    /** By how many pixels the page is wider than the window: a page a phone scrolls sideways is not usable there. */
    long horizontalOverflow() {
        return ((Number) script("const e = document.scrollingElement; return e.scrollWidth - e.clientWidth;"))
                .longValue();
    }

    /**
     * Every rule of axe-core (Deque's accessibility checker, in the tests' resources) that the page breaks, each with
     * its impact and the elements that break it; axe is injected into the page first if it is not there yet.
     */
    /**
     * {@link #accessibilityViolations}, once the page has its main region: a page checked between the bootstrap and its
     * view's first render has none yet (seen about once a run on a busy machine). Asked again until it has, for as
     * long as the other waits; a page that never gets one keeps that violation.
     */
    java.util.List<String> accessibilityViolationsOnceRendered() {
        java.util.List<java.util.List<String>> last = new java.util.ArrayList<>(
                java.util.List.of(accessibilityViolations()));
        try {
            wait.until(d -> {
                if (last.get(0).stream().noneMatch(v -> v.startsWith("landmark-one-main"))) {
                    return true;
                }
                last.set(0, accessibilityViolations());
                return false;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // No main region after the wait: the violation stands.
        }
        return last.get(0);
    }

    java.util.List<String> accessibilityViolations() {
        // Vaadin's development tools (absent from a production build) are left out of the check.
        if (!Boolean.TRUE.equals(script("return !!window.axe;"))) {
            script(AXE.get());
        }
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run({exclude: [['vaadin-dev-tools'], ['copilot-main']]}, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => v.id"
                        + " + ' (' + v.impact + '): ' + v.help + ' -> ' + v.nodes.slice(0, 5).map(n => n.target.join(' '))"
                        + ".join(' | ')))).catch(e => done(['axe failed: ' + e]));");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    private static final java.util.function.Supplier<String> AXE = new java.util.function.Supplier<>() {
        private String text;

        @Override
        public synchronized String get() {
            if (text == null) {
                try (java.io.InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                    text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return text;
        }
    };

    Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
