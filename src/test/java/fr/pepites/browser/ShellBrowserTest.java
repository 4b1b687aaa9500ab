package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application's frame as people meet it: the menu under headings that open and close, the small things a
 * product has (a favicon, the connection banner in French, a filter's "Tous"), the tiers-lieu's calendar, the
 * task inbox with the keyboard alone, and the screens used standing up on a phone held upright (390 × 844): no page
 * wider than the phone, the menu in a drawer, the logout at hand.
 */
@PepitesSpringTest
class ShellBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void theMenuComesUnderHeadingsThatOpenWithTheirPageAndLabelsAreWhole() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            WebElement orientations = browser.waitFor(By.id("nav-group-orientations"));
            assertThat(orientations.getText()).contains("Orientations et parcours");
            assertThat(browser.driver().findElements(By.cssSelector("#nav-group-orientations vaadin-side-nav-item"))
                    .stream().filter(WebElement::isDisplayed)).as("a closed heading shows no entry").isEmpty();
            browser.clickFirst(By.cssSelector("#nav-group-orientations > .pepites-nav-label"));
            browser.waitFor(By.xpath("//*[@id='nav-group-orientations']//vaadin-side-nav-item[contains(., 'Parcours')]"));

            browser.open("/badges");
            WebElement keys = browser.waitFor(By.xpath(
                    "//*[@id='nav-group-badges']//vaadin-side-nav-item[contains(., 'Badges délivrés')]"));
            WebElement label = keys.findElement(By.className("pepites-nav-label"));
            assertThat(browser.script("return arguments[0].scrollWidth <= arguments[0].clientWidth", label))
                    .as("label whole").isEqualTo(true);

            String favicon = (String) browser.script(
                    "return document.querySelector('link[rel=icon]').href;");
            HttpResponse<Void> icon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(favicon))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(icon.statusCode()).isEqualTo(200);
            assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("image/svg+xml"));
            assertThat(browser.script("return window.Vaadin.connectionIndicator.reconnectingText"))
                    .isEqualTo("Connexion perdue, nouvelle tentative en cours…");
            browser.logOut();

            browser.logIn(TestUsers.CEP_ADVISER, TestUsers.PASSWORD);
            browser.open("/retours-cep");
            browser.click("hand-backs-status");
            browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='Tous']")).click();
            browser.waitUntilSettled();
            assertThat(browser.waitFor(By.id("hand-backs-status")).getText()).contains("Tous");
        }
    }

    @Test
    void theTiersLieuCalendarTellsPendingTwinningsAndClosedDaysApart() {
        try (Browser browser = new Browser(port)) {
            browser.logIn(TestUsers.TIERS_LIEU_MANAGER, TestUsers.PASSWORD);
            browser.open("/jumelages/calendrier");
            List<WebElement> closed = new ArrayList<>();
            for (int month = 0; month < 3 && closed.isEmpty(); month++) {
                browser.waitUntilSettled();
                closed = browser.driver().findElements(By.cssSelector("#twinning-calendar .calendar-closed"));
                if (closed.isEmpty()) {
                    browser.click("calendar-next");
                }
            }
            assertThat(closed).as("Mondays, Saturdays and Sundays are closed days").isNotEmpty();
            assertThat(closed.get(0).getText()).contains("fermé");
            browser.open("/jumelages/calendrier");
            boolean pendingSeen = false;
            for (int month = 0; month < 4 && !pendingSeen; month++) {
                browser.waitUntilSettled();
                pendingSeen = !browser.driver().findElements(By.cssSelector(".calendar-pending")).isEmpty();
                if (!pendingSeen) {
                    browser.click("calendar-next");
                }
            }
            assertThat(pendingSeen).as("a twinning awaiting approval drawn apart").isTrue();
            assertThat(browser.driver().findElement(By.cssSelector(".calendar-pending")).getText())
                    .containsAnyOf("en attente de l’accord de la SIAE", "à confirmer");
        }
    }

    @Test
    void theInboxIsUsedWithTheKeyboardAlone() {
        try (Browser browser = new Browser(port)) {
            browser.logIn(TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
            browser.open("/taches");
            browser.waitFor(By.cssSelector("vaadin-grid vaadin-button"));
            browser.waitUntilSettled();
            // Tab until the grid has the focus, then to the row's buttons: Enter reaches them, Enter opens the task,
            // Escape closes it.
            for (int i = 0; i < 40 && !"VAADIN-GRID".equals(activeTag(browser)); i++) {
                press(browser, Keys.TAB);
            }
            assertThat(activeTag(browser)).isEqualTo("VAADIN-GRID");
            // The grid's first stop is its header: Tab again reaches the rows, End the row's last cell.
            press(browser, Keys.TAB);
            press(browser, Keys.END);
            press(browser, Keys.ENTER);
            assertThat(activeTag(browser)).isEqualTo("VAADIN-BUTTON");
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Ouvrir");
            press(browser, Keys.ENTER);
            browser.waitFor(By.cssSelector("vaadin-dialog-overlay"));
            press(browser, Keys.ESCAPE);
            browser.waitUntilSettled();
            assertThat(browser.driver().findElements(By.cssSelector("vaadin-dialog-overlay[opened]"))).isEmpty();
        }
    }

    @Test
    void onAPhoneTheScreensUsedStandingUpFitAndTheMenuIsADrawer() {
        List<String> tooWide = new ArrayList<>();
        try (Browser browser = new Browser(port, 390, 844)) {
            browser.logIn(TestUsers.TIERS_LIEU_MANAGER, TestUsers.PASSWORD);
            WebElement logout = browser.waitFor(By.id("logout"));
            assertThat(logout.getAttribute("aria-label")).isEqualTo("Se déconnecter");
            assertThat(browser.script("const r = arguments[0].getBoundingClientRect();"
                    + " return r.right <= window.innerWidth && r.left >= 0", logout)).as("logout on screen")
                    .isEqualTo(true);
            assertThat(browser.driver().findElement(By.id("main-navigation")).isDisplayed()).as("drawer closed")
                    .isFalse();
            browser.clickFirst(By.cssSelector("vaadin-drawer-toggle"));
            browser.waitFor(By.id("main-navigation"));
            for (String path : List.of("/", "/taches", "/jumelages", "/jumelages/calendrier", "/jumelages/offre")) {
                fits(browser, "tiers-lieu " + path, path, tooWide);
            }
            browser.logOut();
            browser.logIn(TestUsers.SIAE_STAFF, TestUsers.PASSWORD);
            for (String path : List.of("/taches", "/parcours", "/mes-badges")) {
                fits(browser, "staff " + path, path, tooWide);
            }
            // Lists used standing up are cards on a phone: nothing cut, the buttons at hand; columns again when wider.
            browser.open("/parcours");
            browser.waitFor(By.cssSelector("#parcours-grid .pepites-card"));
            assertThat(browser.cutGridCells("parcours-grid")).as("parcours cut on a phone").isEmpty();
            // A tap on a parcours's card opens its page, which fits the phone too; so does a badge's public page.
            browser.clickFirst(By.cssSelector("#parcours-grid .pepites-card"));
            browser.waitFor(By.id("parcours-status"));
            fits(browser, "staff a parcours", browser.currentPath(), tooWide);
            browser.open("/mes-badges");
            String badge = browser.waitFor(By.cssSelector("a[href*='badge/']")).getDomAttribute("href");
            fits(browser, "staff a badge's public page", "/" + badge.replaceFirst("^.*?(badge/)", "$1"), tooWide);
            browser.open("/taches");
            WebElement card = browser.waitFor(By.cssSelector("#inbox-grid .pepites-card"));
            assertThat(card.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Ouvrir']")).isDisplayed())
                    .isTrue();
            assertThat(browser.cutGridCells("inbox-grid")).as("tasks cut on a phone").isEmpty();
            browser.screenshot("phone-staff-tasks");
            browser.resize(1280, 800);
            browser.waitFor(By.xpath("//*[@id='inbox-grid']//vaadin-grid-cell-content[normalize-space(.)='Échéance']"));
            assertThat(browser.driver().findElements(By.cssSelector("#inbox-grid .pepites-card")).stream()
                    .filter(WebElement::isDisplayed)).as("no card on a laptop").isEmpty();
            browser.logOut();
        }
        assertThat(tooWide).as("pages wider than a phone").isEmpty();
    }

    @Test
    void onAPhoneEveryListIsCardsAndASideFormTakesTheListsPlace() {
        List<String> tooWide = new ArrayList<>();
        try (Browser browser = new Browser(port, 390, 844)) {
            browser.logIn(TestUsers.CEP_ADVISER, TestUsers.PASSWORD);
            lists(browser, "adviser", Map.of("/orientations", "referral-grid", "/retours-cep", "hand-backs-grid"),
                    tooWide);
            fits(browser, "adviser /orientations/nouvelle", "/orientations/nouvelle", tooWide);
            browser.logOut();
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            lists(browser, "coordinator", Map.of("/annuaire", "organisation-grid", "/parcours/sorties", "exits-grid",
                    "/fiches-de-poste", "vacancy-grid"), tooWide);
            lists(browser, "coordinator", Map.of("/badges", "badges-grid", "/badges/delivres", "issued-grid"), tooWide);
            // The matching workbench once solved: a card per person beside its tick box.
            browser.open("/mise-en-relation");
            browser.click("matching-start");
            browser.waitFor(By.xpath("//*[@id='matching-status'][contains(., 'Calcul terminé')]"));
            lists(browser, "coordinator", Map.of("/mise-en-relation", "matching-grid"), tooWide);
            for (String path : List.of("/referentiels", "/badges/delivrer", "/jumelages/themes")) {
                fits(browser, "coordinator " + path, path, tooWide);
            }
            browser.logOut();
            browser.logIn(TestUsers.ADMIN, TestUsers.PASSWORD);
            lists(browser, "admin", Map.of("/comptes", "user-grid", "/personnes", "person-grid"), tooWide);
            // A tap on an account's card opens its form, as wide as the phone, in place of the list.
            browser.open("/comptes");
            browser.clickFirst(By.cssSelector("#user-grid .pepites-card"));
            WebElement form = browser.waitFor(By.cssSelector(".pepites-data-form:not([hidden])"));
            assertThat(((Number) browser.script("return arguments[0].getBoundingClientRect().width", form))
                    .doubleValue()).as("form's width").isGreaterThan(330);
            assertThat(browser.driver().findElement(By.id("user-grid")).isDisplayed()).as("list behind the form")
                    .isFalse();
            fits(browser, "admin an account's form", null, tooWide);
            browser.screenshot("phone-admin-account-form");
        }
        assertThat(tooWide).as("pages wider than a phone").isEmpty();
    }

    /** Each list fits the phone and, when it has rows, shows them as cards with nothing cut. */
    private static void lists(Browser browser, String who, Map<String, String> grids, List<String> tooWide) {
        grids.forEach((path, grid) -> {
            fits(browser, who + " " + path, path, tooWide);
            if (browser.present(By.id(grid)).isDisplayed()) {
                browser.waitFor(By.cssSelector("#" + grid + " .pepites-card"));
                assertThat(browser.cutGridCells(grid)).as(who + " " + path + " cut on a phone").isEmpty();
                browser.screenshot("phone-" + who + path.replaceAll("[^a-z]+", "-"));
            }
        });
    }

    private static void fits(Browser browser, String what, String path, List<String> tooWide) {
        if (path != null) {
            browser.open(path);
        }
        browser.waitUntilSettled();
        long overflow = browser.horizontalOverflow();
        if (overflow > 0) {
            tooWide.add(what + " (" + overflow + " px)");
            browser.screenshot("phone-" + what.replaceAll("[^a-z]+", "-"));
        }
    }

    /** A key pressed where the focus is, as a person at the keyboard does (no element focused first). */
    private static void press(Browser browser, CharSequence key) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(key).perform();
    }

    private static String activeTag(Browser browser) {
        return browser.driver().switchTo().activeElement().getTagName().toUpperCase();
    }
}
