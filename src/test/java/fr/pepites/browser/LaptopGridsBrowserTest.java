package fr.pepites.browser;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The grids where a decision is taken, on a laptop's screen (1280 × 800 and 1366 × 768, menu open): every cell shown
 * whole (issue 28, point 11) — the proposed job and SIAE of the workbenches, task names and the "Prendre" button,
 * SIAE names in the exits report, status badges — and the buttons named there inside the window.
 */
@PepitesSpringTest
class LaptopGridsBrowserTest {

    private static final int[][] LAPTOPS = {{1280, 800}, {1366, 768}};

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void theWorkbenchesShowTheirProposalsWhole() {
        Browser browser = new Browser(port);
        SoftAssertions soft = new SoftAssertions();
        try {
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            solve(browser, "/mise-en-relation", "matching");
            solve(browser, "/jumelages/rapprochement", "twinning-workbench");
            for (int[] laptop : LAPTOPS) {
                browser.resize(laptop[0], laptop[1]);
                assertWhole(soft, browser, "/mise-en-relation", "matching-grid", laptop);
                assertWhole(soft, browser, "/jumelages/rapprochement", "twinning-workbench-grid", laptop);
            }
            soft.assertAll();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("laptop-workbenches-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void theCoordinatorsListsShowTheirCellsWhole() {
        Browser browser = new Browser(port);
        SoftAssertions soft = new SoftAssertions();
        try {
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            for (int[] laptop : LAPTOPS) {
                browser.resize(laptop[0], laptop[1]);
                assertWhole(soft, browser, "/taches", "inbox-grid", laptop);
                assertWhole(soft, browser, "/parcours/sorties", "exits-grid", laptop);
                assertWhole(soft, browser, "/jumelages", "twinnings-grid", laptop);
                assertWhole(soft, browser, "/annuaire", "organisation-grid", laptop);
            }
            soft.assertAll();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("laptop-coordinator-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void theAdvisersListsAndButtonsAreWhole() {
        Browser browser = new Browser(port);
        SoftAssertions soft = new SoftAssertions();
        try {
            browser.logIn(TestUsers.CEP_ADVISER, TestUsers.PASSWORD);
            for (int[] laptop : LAPTOPS) {
                browser.resize(laptop[0], laptop[1]);
                browser.open("/orientations");
                soft.assertThat(browser.shownWhole("new-referral")).as("Nouvelle orientation at %dx%d", laptop[0],
                        laptop[1]).isTrue();
                soft.assertThat(((Number) browser.script(
                        "return document.querySelector('.pepites-header').getBoundingClientRect().height")).doubleValue())
                        .as("the header on one line at %dx%d", laptop[0], laptop[1]).isLessThan(72);
                assertWhole(soft, browser, "/orientations", "referral-grid", laptop);
                assertWhole(soft, browser, "/taches", "inbox-grid", laptop);
                assertWhole(soft, browser, "/retours-cep", "hand-backs-grid", laptop);
            }
            soft.assertAll();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("laptop-adviser-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    private static void solve(Browser browser, String path, String ids) {
        browser.open(path);
        browser.click(ids + "-start");
        browser.waitFor(By.xpath("//*[@id='" + ids + "-status'][contains(., 'Calcul terminé')]"));
    }

    private static void assertWhole(SoftAssertions soft, Browser browser, String path, String gridId, int[] laptop) {
        browser.open(path);
        java.util.List<String> cut = browser.cutGridCells(gridId);
        browser.script("arguments[0].scrollIntoView()", browser.waitFor(By.id(gridId)));
        browser.screenshot("laptop-" + gridId + "-" + laptop[0]);
        soft.assertThat(cut).as("cells cut in %s at %dx%d", gridId, laptop[0], laptop[1]).isEmpty();
    }
}
