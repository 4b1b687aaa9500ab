package fr.pepites.referral;

import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.notification.NotificationService;
import fr.pepites.vacancy.Vacancy;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** With no SMTP server listening, the referral goes through all the same; only its e-mail job waits and retries. */
@PepitesSpringTest
@Transactional
class SmtpOutageTest {

    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void anSmtpOutageDelaysTheMailButNeverBlocksTheReferral() {
        Vacancy velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, validReferral("Panne", velo.getId()));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);

        String notification = runtime.createProcessInstanceQuery()
                .processDefinitionKey(NotificationService.PROCESS_KEY)
                .processInstanceBusinessKey(referral.businessKey()).singleResult().getId();
        Job mail = management.createJobQuery().processInstanceId(notification).singleResult();
        assertThat(mail).isNotNull();
        assertThatThrownBy(() -> management.executeJob(mail.getId())).isInstanceOf(Exception.class);
        assertThat(management.createJobQuery().jobId(mail.getId()).singleResult().getExceptionMessage()).isNotBlank();

        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(fixtures.taskOf(referral).name()).isEqualTo("Examiner l'orientation reçue");
    }
}
