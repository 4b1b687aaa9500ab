package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** An administrator finds an e-mail that failed five times and sends it again, in a real browser. */
@PepitesSpringTest
class MailsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void anAdministratorSendsAFailedMailAgain() {
        String subject = "[PEPITES] ORI-0 – test " + UUID.randomUUID();
        // Committed, as the application would have left it after five refused tries.
        new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.update("insert into mail_message "
                + "(id, recipients, subject, body, about, status, attempts, last_error, created_at, version) values "
                + "(next value for mail_message_seq, 'a@exemple.fr', ?, 'Corps', 'ORI-0', 'FAILED', 5, "
                + "'Connexion au serveur refusée', ?, 0)",
                subject, Timestamp.from(Instant.now())));
        try (Browser browser = new Browser(port)) {
            browser.logIn(TestUsers.ADMIN, TestUsers.PASSWORD);
            assertThat(browser.waitFor(By.className("home-card-mails")).getText())
                    .matches("\\d+ e-mail\\(s\\) en échec.*");
            browser.open("/courriels");
            browser.clickFirst(By.xpath("//vaadin-grid-cell-content[contains(., '" + subject + "')]"));
            browser.click("mail-retry");
            browser.waitUntilNoGridCell(subject);
        }
        Map<String, Object> mail = jdbc.queryForMap("select status, attempts from mail_message where subject = ?",
                subject);
        assertThat(mail.get("status")).isEqualTo("PENDING");
        assertThat(((Number) mail.get("attempts")).intValue()).isZero();
    }
}
