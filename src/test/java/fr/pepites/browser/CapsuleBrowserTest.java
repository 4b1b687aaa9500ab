package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's digital capsules in a real browser: Nadia Haddad fails a capsule's quiz (its score only), passes it
 * on her second try and passes the other one; the demo rule (both capsules at 80 % or more) issues the digital-tools
 * badge, which she sees among her badges, and her director sees the capsules in the team's record. The capsule's
 * Markdown is shown as headings, lists and quotes, never as HTML.
 */
@PepitesSpringTest
class CapsuleBrowserTest {

    private static final String NADIA = "encadrant@pepites.demo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void twoCapsulesPassedEarnTheirBadgeWhichTheLearnerAndHerDirectorSee() {
        long video = capsule("Animer un rendez-vous en visioconférence");
        long agenda = capsule("L'agenda partagé de l'équipe");
        try (Browser browser = new Browser(port)) {
            browser.logIn(NADIA, TestUsers.PASSWORD);
            browser.open("/formation/capsules");
            browser.click("capsule-take-" + video);
            assertThat(browser.waitFor(By.xpath("//h3[normalize-space(.)='Avant le rendez-vous']")).isDisplayed())
                    .isTrue();
            assertThat(browser.waitFor(By.xpath("//li[contains(., 'Testez votre micro')]")).isDisplayed()).isTrue();
            browser.choose("Au dernier moment");
            browser.choose("Que la personne vous entend bien");
            browser.click("capsule-submit");
            assertThat(browser.waitFor(By.xpath("//*[@id='capsule-outcome'][contains(., 'Pas encore : 0 %')]"))
                    .getText()).contains("Aucune bonne réponse sur 2").doesNotContain("Réponse attendue");
            browser.choose("La veille, avec un numéro de secours");
            browser.choose("L'objet du rendez-vous, rappelé");
            browser.click("capsule-submit");
            assertThat(browser.waitFor(By.xpath("//*[@id='capsule-outcome'][contains(., 'Réussie : 100 %')]"))
                    .getText()).contains("Réponse attendue : La veille, avec un numéro de secours");

            browser.open("/formation/capsules");
            browser.click("capsule-take-" + agenda);
            browser.choose("Le nom de la personne et le lieu");
            browser.click("capsule-submit");
            browser.waitFor(By.xpath("//*[@id='capsule-outcome'][contains(., 'Réussie')]"));
            browser.open("/mes-badges");
            browser.waitForGridCell("Outils numériques de l'accompagnement");
            browser.logOut();

            browser.logIn(TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
            browser.open("/formation/equipe");
            browser.waitForGridCell("Nadia Haddad");
            assertThat(browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Capsule e-learning')]"))
                    .isDisplayed()).isTrue();
        }
    }

    private long capsule(String title) {
        return jdbc.queryForObject("select id from learning_capsule where title = ?", Long.class, title);
    }
}
