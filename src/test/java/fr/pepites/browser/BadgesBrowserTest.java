package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A badge from its creation to its revocation in a real browser: the coordinator creates an achievement, awards it
 * to a person, opens its public page; an anonymous visitor sees it valid, downloads its baked image and verifies it
 * with the public verifier; the coordinator revokes it with a reason, which every page then shows; an unknown
 * badge is the French 404 page.
 */
@PepitesSpringTest
class BadgesBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void aBadgeIsCreatedAwardedVerifiedByAnyoneAndRevoked() throws Exception {
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            browser.open("/badges");
            browser.click("badges-new");
            browser.type("achievement-name", "Accueil des publics en atelier");
            browser.typeText("achievement-description", "Accueillir et orienter le public d'un atelier solidaire.");
            browser.typeText("achievement-criteria", "Avoir tenu l'accueil seul pendant un mois.");
            browser.pick("achievement-rome", "K1207", "K1207");
            browser.click("achievement-save");
            browser.waitForGridCell("Accueil des publics en atelier");

            browser.open("/badges/delivrer");
            browser.pick("award-achievement", "Accueil des publics", "Accueil des publics en atelier");
            browser.pickAmongMany("award-recipients", "Diallo", "Mohamed Diallo");
            browser.typeText("award-evidence", "Un mois d'accueil le samedi.");
            browser.click("award-submit");
            browser.waitFor(By.xpath(
                    "//vaadin-confirm-dialog-overlay//vaadin-button[contains(., 'Délivrer le badge')]")).click();
            browser.waitFor(By.xpath("//vaadin-notification-card"
                    + "[contains(., 'Badge « Accueil des publics en atelier » délivré à 1 personne')]"));

            browser.open("/badges/delivres");
            browser.type("issued-search", "Accueil des publics");
            browser.waitUntilNoGridCell("Sandrine Blanc");
            browser.waitForGridCell("Mohamed Diallo");
            WebElement link = browser.waitFor(By.xpath("//vaadin-grid-cell-content//a[contains(., 'Page du badge')]"));
            String page = URI.create(link.getAttribute("href")).getPath();
            browser.logOut();

            browser.open(page);
            assertThat(browser.waitFor(By.id("badge-status")).getText()).isEqualTo("Valide");
            assertThat(browser.waitFor(By.id("badge-signature")).getText()).isEqualTo("Signature vérifiée");
            assertThat(browser.waitFor(By.id("badge-linkedin")).getAttribute("href"))
                    .startsWith("https://www.linkedin.com/profile/add");
            String png = browser.waitFor(By.id("badge-png")).getAttribute("href");
            HttpResponse<byte[]> image = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(png))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).isEqualTo(200);
            Path baked = Files.createTempFile("badge", ".png");
            Files.write(baked, image.body());
            browser.open("/badges/verifier");
            browser.upload("badge-verify-upload", baked);
            assertThat(browser.waitFor(By.xpath("//*[@id='badge-verify-result']//*[@id='badge-status']")).getText())
                    .isEqualTo("Valide");
            assertThat(browser.waitFor(By.id("badge-verify-result")).getText()).contains("Mohamed Diallo",
                    "Accueil des publics en atelier");

            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            browser.open("/badges/delivres");
            browser.type("issued-search", "Accueil des publics");
            browser.waitUntilNoGridCell("Sandrine Blanc");
            browser.waitForGridCell("Mohamed Diallo");
            // A click that lands while the grid refreshes after the search is lost: click until the dialog opens.
            browser.clickUntilShown(By.xpath("//vaadin-grid-cell-content//vaadin-button[contains(., 'Révoquer')]"),
                    By.cssSelector("#revoke-reason textarea"));
            browser.typeText("revoke-reason", "Délivré à la mauvaise personne.");
            browser.click("action-dialog-confirm");
            browser.waitForGridCell("Révoqué");
            browser.logOut();

            browser.open(page);
            assertThat(browser.waitFor(By.id("badge-status")).getText()).isEqualTo("Révoqué");
            assertThat(browser.waitFor(By.id("badge-revocation-reason")).getText())
                    .contains("Délivré à la mauvaise personne.");
            browser.open("/badge/00000000-0000-0000-0000-000000000000");
            assertThat(browser.waitFor(By.id("not-found")).getText()).contains("Page introuvable");
            browser.screenshot("badge-not-found");
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("badges-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }
}
