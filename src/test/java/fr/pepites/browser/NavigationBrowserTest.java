package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.directory.Organisation;
import fr.pepites.parcours.Parcours;
import fr.pepites.parcours.ParcoursFixtures;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.parcours.ReviewData;
import fr.pepites.workflow.InboxTask;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Moving around the application as a user does (issue 28, point 14): the verifier stays inside the application for
 * members, Back closes a task's dialog, a half-filled form asks before it is left, an answered hand-back leads back
 * to the hand-backs.
 */
@PepitesSpringTest
class NavigationBrowserTest {

    private static final By OPEN_DIALOG = By.tagName("vaadin-dialog-overlay");
    private static final By ASK_BEFORE_LEAVING = By.xpath(
            "//vaadin-confirm-dialog-overlay[contains(., 'Quitter sans enregistrer ?')]");

    @LocalServerPort
    int port;
    @Autowired
    ParcoursFixtures fixtures;
    @Autowired
    ParcoursService parcours;
    @Autowired
    TestUsers users;
    @Autowired
    EntityManager entityManager;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void aMemberVerifiesABadgeInsideTheApplicationAndAVisitorOnThePublicPage() {
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            browser.openMenuGroup("badges");
            String menuPath = browser.waitFor(By.xpath("//vaadin-side-nav-item[contains(., 'Vérifier un badge')]"))
                    .getDomAttribute("path");
            assertThat(menuPath).isEqualTo("badges/verification");
            // A heading opened stays open on the next pages.
            browser.open("/taches");
            assertThat(browser.menuGroupOpen("badges")).isTrue();
            assertThat(browser.menuGroupOpen("network")).isFalse();
            browser.open("/" + menuPath);
            browser.waitFor(By.id("badge-verify-upload"));
            assertThat(browser.waitFor(By.id("current-user-name")).getText()).isEqualTo("Claire Dubois");

            browser.open("/badges/verifier");
            browser.waitForUrlEnding("/badges/verification");
            browser.waitFor(By.id("badge-verify-upload"));
            browser.waitFor(By.id("current-user-name"));

            browser.logOut();
            browser.open("/badges/verifier");
            browser.waitFor(By.id("badge-verify-upload"));
            assertThat(browser.currentPath()).isEqualTo("/badges/verifier");
            assertThat(browser.driver().findElements(By.id("current-user-name"))).isEmpty();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("navigation-verifier-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void backWithATaskDialogOpenClosesTheDialog() {
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            // From the menu, as a user goes: Back then stays within the application's page.
            browser.clickFirst(By.xpath("//vaadin-side-nav-item[contains(., 'Tâches')]"));
            browser.waitForUrlEnding("/taches");
            browser.clickUntilShown(By.xpath("//vaadin-button[normalize-space(.)='Ouvrir']"), OPEN_DIALOG);

            browser.driver().navigate().back();
            browser.waitForUrlEnding("/");
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                    .until(ExpectedConditions.invisibilityOfElementLocated(OPEN_DIALOG));
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("navigation-dialog-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void backFromAHalfFilledFormAsksBeforeLeavingIt() {
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
            browser.open("/parcours");
            browser.click("new-parcours");
            browser.type("parcours-first-name", "Inès");
            // On to the next field, as a user filling the form does (the field's value is then the page's).
            browser.driver().findElement(By.cssSelector("#parcours-first-name input")).sendKeys(Keys.TAB);

            browser.driver().navigate().back();
            browser.waitFor(ASK_BEFORE_LEAVING);
            browser.clickFirst(By.xpath("//vaadin-button[normalize-space(.)='Rester sur la page']"));
            browser.waitFor(By.id("parcours-first-name"));
            assertThat(browser.driver().findElement(By.cssSelector("#parcours-first-name input"))
                    .getDomProperty("value")).isEqualTo("Inès");
            assertThat(browser.currentPath()).isEqualTo("/parcours/nouveau");

            browser.clickFirst(By.xpath("//vaadin-side-nav-item[contains(., 'Parcours')]"));
            browser.waitFor(ASK_BEFORE_LEAVING);
            browser.clickFirst(By.xpath("//vaadin-button[normalize-space(.)='Quitter sans enregistrer']"));
            browser.waitFor(By.id("new-parcours"));
            assertThat(browser.currentPath()).isEqualTo("/parcours");
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("navigation-form-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    @Test
    void anAnsweredHandBackLeadsBackToTheHandBacks() {
        LocalDate today = LocalDate.now();
        Parcours p = fixtures.startAtVelo("Retour", today.minusMonths(11), today.plusMonths(2));
        users.login(TestUsers.SIAE_STAFF);
        InboxTask review = fixtures.openReview(p);
        Organisation avenir = entityManager.createQuery("select o from Organisation o where o.name like :name",
                Organisation.class).setParameter("name", "Avenir Actifs%").getSingleResult();
        parcours.completeReview(review.id(), p.getId(), parcours.details(p.getId()).orElseThrow().version(),
                new ReviewData(List.of(), "Mécanicien cycles en CDI", "16507", avenir.getId(), true, Set.of()));
        users.logout();
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.CEP_ADVISER, TestUsers.PASSWORD);
            browser.open("/retours-cep");
            browser.clickFirst(By.className("hand-back-" + p.businessKey()));
            browser.click("parcours-action-acceptHandBack");
            browser.typeDateTime("parcours-meeting-at-field", LocalDateTime.now().plusDays(3).withHour(10).withMinute(0));
            browser.type("parcours-meeting-place-field", "Agence de Bordeaux");
            browser.click("parcours-confirm-acceptHandBack");

            browser.waitForUrlEnding("/retours-cep");
            browser.waitFor(By.id("hand-backs-grid"));
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("navigation-hand-back-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }
}
