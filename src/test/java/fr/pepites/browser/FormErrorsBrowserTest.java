package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A form refused shows every error at once where the person looks: a summary on top listing them as links, each
 * field marked, the first one focused and scrolled to, even when the button pressed is at the foot of a long form.
 */
@PepitesSpringTest
class FormErrorsBrowserTest {

    /** Whether the element focused in the page lies in the field of this id (Vaadin focuses the field's input). */
    private static final String FOCUS_IN = "return document.activeElement !== null"
            + " && document.activeElement.closest('#' + arguments[0]) !== null;";

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void anEmptyReferralSubmittedShowsAllItsErrorsAtOnceInASummaryOnTopAndFocusesTheFirstField() {
        try (Browser browser = new Browser(port)) {
            try {
                browser.logIn(TestUsers.CEP_ADVISER, TestUsers.PASSWORD);
                browser.open("/orientations/nouvelle");
                browser.click("submit-referral");

                WebElement summary = browser.waitFor(By.className("error-summary"));
                assertThat(summary.getDomAttribute("role")).isEqualTo("alert");
                List<String> listed = summary.findElements(By.tagName("li")).stream().map(WebElement::getText)
                        .toList();
                assertThat(listed).contains("Le prénom est obligatoire.", "Le nom est obligatoire.",
                        "La date de naissance est obligatoire.", "Choisissez la commune de résidence.",
                        "La date de disponibilité est obligatoire.", "Choisissez au moins un métier visé.",
                        "Choisissez l'objectif : poste en insertion ou poste de permanent.");
                assertThat(listed).anySatisfy(line -> assertThat(line).contains("consentement"));
                assertThat(summary.findElement(By.className("error-summary-title")).getText())
                        .isEqualTo(listed.size() + " erreurs à corriger");
                for (String field : List.of("referral-first-name", "referral-birth-date", "referral-commune",
                        "referral-available-from", "referral-job-titles", "referral-goal", "referral-consent")) {
                    assertThat(browser.waitFor(By.id(field)).getDomAttribute("invalid")).as(field).isNotNull();
                }
                WebElement firstName = browser.waitFor(By.id("referral-first-name"));
                assertThat(summary.getRect().getY()).as("the summary is above the first field")
                        .isLessThan(firstName.getRect().getY());
                JavascriptExecutor page = (JavascriptExecutor) browser.driver();
                new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                        .until(d -> Boolean.TRUE.equals(page.executeScript(FOCUS_IN, "referral-first-name")));
                assertThat((Boolean) page.executeScript("const r = arguments[0].getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight;", firstName))
                        .as("the first field in error is scrolled into view").isTrue();

                // Each listed error leads to its field.
                summary.findElements(By.className("error-summary-link")).stream()
                        .filter(link -> link.getText().contains("consentement")).findFirst().orElseThrow().click();
                new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                        .until(d -> Boolean.TRUE.equals(page.executeScript(FOCUS_IN, "referral-consent")));
            } catch (RuntimeException | AssertionError failure) {
                browser.screenshot("form-errors-failure");
                throw failure;
            }
        }
    }
}
