package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.badges.BadgeFixtures;
import fr.pepites.badges.BadgeKind;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.badges.BadgeService;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HTML and script typed into free-text fields are shown as text and never run: a badge whose name, evidence and
 * holder's name carry markup, on its public page (no login) and in the coordinators' list of badges issued.
 */
@PepitesSpringTest
class StoredScriptBrowserTest {

    private static final String NAME = "Soudure </script><img src=x onerror=\"window.pwned=1\">";
    private static final String EVIDENCE = "<script>window.pwned=2</script><b>gras</b>";

    @LocalServerPort
    int port;
    @Autowired
    BadgeService badges;
    @Autowired
    BadgeFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void markupInFreeTextIsShownAsTextAndNeverRuns() {
        users.login(TestUsers.COORDINATOR);
        long achievement = fixtures.achievement(NAME, BadgeKind.COMPETENCE, false, null);
        String id = badges.award(new AwardRequest(achievement, List.of(fixtures.person("<i>Script</i>",
                "script@example.fr").getId()), List.of(), EVIDENCE, null)).get(0);
        users.logout();
        Browser browser = new Browser(port);
        try {
            browser.open("/badge/" + id);
            assertThat(browser.waitFor(By.id("badge-verification")).getText()).contains(NAME, "Sam <i>Script</i>");
            assertThat(browser.waitFor(By.xpath("//p[contains(., 'window.pwned=2')]")).getText()).isEqualTo(EVIDENCE);
            assertThat(pwned(browser)).as("no script ran on the public page").isNull();

            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            browser.open("/badges/delivres");
            browser.type("issued-search", "Soudure");
            assertThat(browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Soudure </script><img')]"))
                    .getText()).isEqualTo(NAME);
            assertThat(pwned(browser)).as("no script ran in the list").isNull();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("stored-script-failure");
            throw failure;
        } finally {
            browser.close();
        }
    }

    /**
     * A referral note that closes the first render's script, opened by its address by the SIAE director: the first
     * response carries it inside an inline script, where it stays a text.
     */
    @Test
    void aNoteThatClosesTheFirstRendersScriptIsShownAsTextAndNeverRuns() {
        String note = "</script><img src=x onerror=\"window.pwned=3\">";
        Long referral = jdbc.queryForObject("select r.id from referral r join user_account u on u.organisation_id = "
                + "r.siae_id where u.email = ? order by r.id fetch first 1 rows only", Long.class,
                TestUsers.SIAE_DIRECTOR);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        String before = jdbc.queryForObject("select note from referral where id = ?", String.class, referral);
        tx.executeWithoutResult(s -> jdbc.update("update referral set note = ? where id = ?", note, referral));
        Browser browser = new Browser(port);
        try {
            browser.logIn(TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
            browser.open("/orientations/detail/" + referral);
            assertThat(browser.waitFor(By.xpath("//span[contains(., 'window.pwned=3')]")).getText()).contains(note);
            assertThat(pwned(browser)).as("no script ran on the referral's page").isNull();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot("stored-script-first-render-failure");
            throw failure;
        } finally {
            browser.close();
            tx.executeWithoutResult(s -> jdbc.update("update referral set note = ? where id = ?", before, referral));
        }
    }

    private static Object pwned(Browser browser) {
        return ((JavascriptExecutor) browser.driver()).executeScript("return window.pwned === undefined ? null "
                + ": window.pwned;");
    }
}
