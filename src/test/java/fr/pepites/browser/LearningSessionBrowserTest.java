package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.learning.process.LearningSessionProcess;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A web conference's session in a real browser: the coordinator plans it on the organisers' page, Romain Blanc
 * registers from the catalogue and finds it in his registrations; once it has started, the coordinator records the
 * attendance from the inbox; the demo rule (one web conference within 12 months) issues the web-conference badge,
 * which Romain sees among his badges, and his director sees the web conference in the team's record.
 */
@PepitesSpringTest
class LearningSessionBrowserTest {

    /** The session's e-mail steps run in the test (its reminder comes before its start): an SMTP server takes them. */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String ROMAIN = "cip.velo@pepites.demo";
    private static final String WEBINAR = "Le PASS IAE en pratique";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void aRegistrantOfAWebConferenceRecordedPresentEarnsItsBadgeAndTheDirectorSeesIt() {
        long offer = jdbc.queryForObject("select id from learning_offer where title = ?", Long.class, WEBINAR);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(20).withHour(10).withMinute(0)
                .withSecond(0).withNano(0);
        try (Browser browser = new Browser(port)) {
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            browser.open("/formation/offres");
            browser.click("session-new-" + offer);
            browser.typeDateTime("session-start", start);
            browser.typeDateTime("session-end", start.plusMinutes(90));
            browser.typeDateTime("session-deadline", start.minusDays(2));
            browser.type("session-capacity", "25");
            browser.type("session-link", "https://visio.pepites.demo/pass-iae-2");
            browser.click("action-dialog-confirm");
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Session planifiée')]"));
            browser.logOut();
            long session = jdbc.queryForObject("select id from learning_session where offer_id = ? and starts_at = ?",
                    Long.class, offer, start);

            browser.logIn(ROMAIN, TestUsers.PASSWORD);
            browser.open("/formation/catalogue");
            browser.click("register-" + session);
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'Inscription enregistrée')]"));
            browser.open("/formation/inscriptions");
            browser.waitForGridCell(WEBINAR);
            browser.waitForGridCell("Inscrit(e)");
            browser.logOut();

            started(session);
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            browser.open("/taches?dossier=SES-" + session);
            browser.waitFor(By.id("session-attendance"));
            long registration = jdbc.queryForObject("select r.id from learning_registration r join user_account a on "
                    + "a.id = r.account_id where r.session_id = ? and a.email = ?", Long.class, session, ROMAIN);
            browser.type("attendance-minutes-" + registration, "80");
            browser.click("session-recordAttendance");
            browser.waitUntilGone("session-recordAttendance");
            browser.logOut();

            browser.logIn(ROMAIN, TestUsers.PASSWORD);
            browser.open("/mes-badges");
            browser.waitForGridCell("Webconférence : le PASS IAE et ses règles");
            browser.open("/taches?dossier=SES-" + session);
            browser.click("survey-action-answerSurvey");
            browser.choose("5");
            browser.click("survey-confirm-answerSurvey");
            browser.waitUntilGone("survey-confirm-answerSurvey");
            browser.logOut();

            browser.logIn(TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
            browser.open("/formation/equipe");
            browser.waitForGridCell("Romain Blanc");
            assertThat(browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Webconférence')]"))
                    .isDisplayed()).isTrue();
        }
        assertThat(jdbc.queryForObject("select survey_score from learning_registration r join user_account a on "
                + "a.id = r.account_id where r.session_id = (select max(id) from learning_session where offer_id = ?) "
                + "and a.email = ?", Integer.class, offer, ROMAIN)).isEqualTo(5);
    }

    /** The session began an hour ago: its times moved back and its process's jobs run (no job executor in tests). */
    private void started(long session) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).minusHours(1);
        // Connections do not auto-commit (application.yml): the change is committed in a transaction of its own.
        new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.update("update learning_session "
                + "set starts_at = ?, ends_at = ?, registration_deadline = ? where id = ?", start,
                start.plusMinutes(90), start.minusDays(2), session));
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("SES-" + session)
                .singleResult().getId();
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().processInstanceId(process).list()).isEmpty()
                && runtime.createExecutionQuery().processInstanceId(process)
                        .activityId(LearningSessionProcess.TASK_ATTENDANCE).count() == 0) {
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
