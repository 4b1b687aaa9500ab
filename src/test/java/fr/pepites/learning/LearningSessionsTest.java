package fr.pepites.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.UserAccount;
import fr.pepites.learning.process.LearningSessionProcess;
import fr.pepites.security.Role;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.WorkflowService;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions through their services, one transaction per action: registrations and the waiting list, the attendance
 * sheet writing the ledger and issuing the rule's badge, the survey, a session moved or cancelled, and bad input; the
 * e-mails (with their iCalendar invitations) reach a real SMTP server.
 */
@PepitesSpringTest
@Transactional
class LearningSessionsTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final LocalDateTime NEXT_MONTH = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusMonths(1)
            .withHour(9).withMinute(30).withSecond(0).withNano(0);

    @Autowired
    LearningOffers offers;
    @Autowired
    SessionRegistrations registrations;
    @Autowired
    SessionAttendance attendance;
    @Autowired
    AwardRules rules;
    @Autowired
    LearningLedger ledger;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @AfterEach
    void logout() {
        users.logout();
    }

    private long webConference() {
        users.login(TestUsers.COORDINATOR);
        return offers.saveOffer(null, null, new LearningOffers.OfferData("Le PASS IAE en pratique",
                ActivityKind.WEB_CONFERENCE, users.organisationOf(TestUsers.COORDINATOR), "Une heure pour tout savoir.",
                Set.of(Audience.SOCIAL_SUPPORT), List.of("PASS IAE"), 60, null));
    }

    private long session(long offerId, int capacity) {
        users.login(TestUsers.COORDINATOR);
        return offers.planSession(offerId, new SessionData(NEXT_MONTH, NEXT_MONTH.plusHours(1), null, null,
                "https://visio.exemple.fr/pass-iae", capacity, NEXT_MONTH.minusDays(3)));
    }

    private UserAccount staffMember() {
        return users.newAccount(Role.SIAE_STAFF, TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);
    }

    /** The session began an hour ago: its times moved back, its timers fired (the job executor is off in tests). */
    private void started(long sessionId) {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Paris")).minusHours(1);
        entityManager.flush();
        jdbc.update("update learning_session set starts_at = ?, ends_at = ?, registration_deadline = ? where id = ?",
                start, start.plusHours(1), start.minusDays(3), sessionId);
        entityManager.clear();
        String process = process(sessionId);
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().processInstanceId(process).list()).isEmpty()
                && runtime.createExecutionQuery().processInstanceId(process)
                        .activityId(LearningSessionProcess.TASK_ATTENDANCE).count() == 0) {
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private void sendMails(long sessionId) {
        String process = process(sessionId);
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().processInstanceId(process).messages().list())
                .isEmpty()) {
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private InboxTask task(long sessionId, String key) {
        return workflow.inbox(InboxFilter.ofFile(key(sessionId)), 0, 50).stream()
                .filter(t -> t.taskDefinitionKey().equals(key)).findFirst().orElseThrow();
    }

    private long version(long sessionId) {
        return jdbc.queryForObject("select version from learning_session where id = ?", Long.class, sessionId);
    }

    private String process(long sessionId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(key(sessionId)).singleResult().getId();
    }

    private static String key(long sessionId) {
        return TrainingSession.businessKey(sessionId);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aFullSessionOffersItsWaitingListAndACancellationGivesTheSeatToTheFirstWaitingWhoIsTold() throws Exception {
        long session = session(webConference(), 1);
        UserAccount first = staffMember();
        UserAccount second = staffMember();
        users.login(first.getEmail());
        assertThat(registrations.register(session, null, false)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThatThrownBy(() -> registrations.register(session, null, false))
                .hasMessageContaining("déjà inscrite");
        users.login(second.getEmail());
        assertThatThrownBy(() -> registrations.register(session, null, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("waitingList"));
        assertThat(registrations.register(session, null, true)).isEqualTo(RegistrationStatus.WAITING);
        sendMails(session);
        MimeMessage invitation = mailsTo(first.getEmail()).get(0);
        assertThat(invitation.getSubject()).endsWith("inscription confirmée");
        String mail = GreenMailUtil.getWholeMessage(invitation);
        assertThat(mail).contains("text/calendar").contains("METHOD:REQUEST").contains("BEGIN:VEVENT")
                .contains("SUMMARY:Le PASS IAE en pratique").contains("ATTENDEE:mailto:" + first.getEmail());
        assertThat(mailsTo(second.getEmail())).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).endsWith("liste d'attente"));

        users.login(first.getEmail());
        long firstRegistration = registrations.mine().get(0).id();
        assertThat(registrations.calendarFile(firstRegistration)).contains("METHOD:PUBLISH").contains("UID:session-"
                + session + "@");
        registrations.cancel(firstRegistration);
        sendMails(session);
        assertThat(GreenMailUtil.getWholeMessage(mailsTo(first.getEmail()).get(1))).contains("METHOD:CANCEL");
        users.login(second.getEmail());
        assertThat(registrations.mine()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED));
        assertThat(mailsTo(second.getEmail())).hasSize(2)
                .last().satisfies(m -> assertThat(m.getSubject()).endsWith("inscription confirmée"));
    }

    @Test
    void theAttendanceSheetWritesTheLedgerAndIssuesTheBadgeOfTheRuleThenEachAttendeeAnswersTheSurvey() {
        long offer = webConference();
        long badge = jdbc.queryForObject("select id from badge_achievement where name = ?", Long.class,
                "Webconférence : le PASS IAE et ses règles");
        AwardRules.RuleRow existing = rules.rules().stream().filter(r -> r.achievementId() == badge).findFirst()
                .orElse(null);
        rules.save(new AwardRuleData(badge, RuleType.SESSIONS, null, null, null, null, null, true, offer, 100),
                existing == null ? null : existing.version());
        long session = session(offer, 10);
        UserAccount present = staffMember();
        UserAccount absent = staffMember();
        users.login(TestUsers.SIAE_DIRECTOR);
        registrations.register(session, present.getId(), false);
        registrations.register(session, absent.getId(), false);

        users.login(TestUsers.COORDINATOR);
        assertThat(workflow.inbox(InboxFilter.ofFile(key(session)), 0, 50)).as("not before it starts").isEmpty();
        started(session);
        InboxTask sheetTask = task(session, LearningSessionProcess.TASK_ATTENDANCE);
        SessionAttendance.Sheet sheet = attendance.sheetFor(sheetTask).orElseThrow();
        assertThat(sheet.asksMinutes()).isTrue();
        assertThat(sheet.lines()).extracting(SessionAttendance.SheetLine::name)
                .containsExactlyInAnyOrder(present.getFullName(), absent.getFullName());
        long presentId = sheet.lines().stream().filter(l -> l.name().equals(present.getFullName())).findFirst()
                .orElseThrow().registrationId();
        long absentId = sheet.lines().stream().filter(l -> l.registrationId() != presentId).findFirst()
                .orElseThrow().registrationId();
        assertThatThrownBy(() -> attendance.recordAttendance(sheetTask.id(), session, version(session),
                Map.of(presentId, new SessionAttendance.Mark(Attendance.PRESENT, 90))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("attendance", "minutes"));

        String done = attendance.recordAttendance(sheetTask.id(), session, version(session), Map.of(
                presentId, new SessionAttendance.Mark(Attendance.PRESENT, 50),
                absentId, new SessionAttendance.Mark(Attendance.EXCUSED, null)));
        assertThat(done).contains("1 présent inscrit");
        assertThat(jdbc.queryForList("select minutes from learning_activity where source = 'SESSION' and "
                + "source_ref = ?", Integer.class, key(session))).containsExactly(50);
        assertThat(jdbc.queryForObject("select count(*) from badge_credential where account_id = ? and "
                + "achievement_id = ?", Integer.class, present.getId(), badge)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from badge_credential where account_id = ?", Integer.class,
                absent.getId())).isZero();

        users.login(present.getEmail());
        InboxTask surveyTask = task(session, LearningSessionProcess.TASK_SURVEY);
        SessionAttendance.Survey survey = attendance.surveyFor(surveyTask).orElseThrow();
        assertThatThrownBy(() -> attendance.answerSurvey(surveyTask.id(), survey.registrationId(), 6, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("score"));
        attendance.answerSurvey(surveyTask.id(), survey.registrationId(), 4, "Clair et utile");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key(session)).count()).isZero();
        users.login(TestUsers.COORDINATOR);
        assertThat(offers.managedOffers()).filteredOn(o -> o.id() == offer).singleElement().satisfies(o -> {
            assertThat(o.surveyAverage()).isEqualTo(4.0);
            assertThat(o.sessions()).singleElement()
                    .satisfies(s -> assertThat(s.status()).isEqualTo(SessionStatus.ENDED));
        });
    }

    @Test
    void aSessionMovedTellsEachRegistrantWithAnUpdatedInvitationAndMovesItsTimers() throws Exception {
        long session = session(webConference(), 5);
        UserAccount member = staffMember();
        users.login(member.getEmail());
        registrations.register(session, null, false);
        sendMails(session);
        users.login(TestUsers.COORDINATOR);
        LocalDateTime later = NEXT_MONTH.plusDays(7);
        offers.moveSession(session, version(session), new SessionData(later, later.plusHours(2), "40088",
                "Salle du conseil", null, 5, later.minusDays(2)));
        sendMails(session);
        MimeMessage moved = mailsTo(member.getEmail()).get(1);
        assertThat(moved.getSubject()).endsWith("session modifiée");
        assertThat(GreenMailUtil.getWholeMessage(moved)).contains("SEQUENCE:1").contains("Dax");
        Job start = management.createJobQuery().processInstanceId(process(session)).timers().singleResult();
        assertThat(start.getDuedate().toInstant())
                .isEqualTo(later.minusDays(2).atZone(ZoneId.of("Europe/Paris")).toInstant());
    }

    @Test
    void aSessionCancelledByItsOrganiserTellsEveryRegistrantAndEnds() throws Exception {
        long session = session(webConference(), 1);
        UserAccount seated = staffMember();
        UserAccount waiting = staffMember();
        users.login(seated.getEmail());
        registrations.register(session, null, false);
        users.login(waiting.getEmail());
        registrations.register(session, null, true);
        sendMails(session);
        SMTP.purgeEmailFromAllMailboxes();
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThatThrownBy(() -> offers.cancelSession(session, version(session)))
                .as("not the organiser").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        users.login(TestUsers.COORDINATOR);
        offers.cancelSession(session, version(session));
        sendMails(session);
        MimeMessage cancelled = SMTP.getReceivedMessages()[0];
        assertThat(cancelled.getSubject()).endsWith("session annulée");
        assertThat(cancelled.getRecipients(jakarta.mail.Message.RecipientType.TO)).extracting(Object::toString)
                .doesNotContain(seated.getEmail(), waiting.getEmail());
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(GreenMailUtil.getWholeMessage(cancelled)).contains("METHOD:CANCEL").contains("STATUS:CANCELLED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key(session)).count()).isZero();
        users.login(seated.getEmail());
        assertThatThrownBy(() -> registrations.register(session, null, false)).hasMessageContaining("closes");
    }

    @Test
    void theVideoLinkIsForThoseHoldingASeatAndAnOffersKindNoLongerChangesOnceItHasSessions() {
        long offer = webConference();
        long session = session(offer, 1);
        UserAccount seated = staffMember();
        UserAccount waiting = staffMember();
        users.login(seated.getEmail());
        registrations.register(session, null, false);
        assertThat(catalogueRow(session).place()).contains("https://visio.exemple.fr/pass-iae");
        assertThat(registrations.mine()).singleElement().satisfies(r -> assertThat(r.videoLink()).isNotNull());
        users.login(waiting.getEmail());
        assertThat(catalogueRow(session).place()).isEqualTo("En ligne");
        registrations.register(session, null, true);
        assertThat(registrations.mine()).singleElement().satisfies(r -> {
            assertThat(r.videoLink()).isNull();
            assertThat(r.place()).doesNotContain("https://");
            assertThatThrownBy(() -> registrations.calendarFile(r.id())).isInstanceOf(InvalidInputException.class);
        });
        users.login(TestUsers.COORDINATOR);
        assertThat(catalogueRow(session).place()).as("its organiser").contains("https://");
        assertThatThrownBy(() -> offers.saveOffer(offer, jdbc.queryForObject("select version from learning_offer "
                + "where id = ?", Long.class, offer), new LearningOffers.OfferData("Le PASS IAE en pratique",
                ActivityKind.WORKSHOP, users.organisationOf(TestUsers.COORDINATOR), null, Set.of(), List.of(), 60,
                null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("kind"));
    }

    private LearningOffers.SessionRow catalogueRow(long session) {
        return offers.catalogue(null, null, 0, 100).offers().stream().flatMap(o -> o.sessions().stream())
                .filter(s -> s.id() == session).findFirst().orElseThrow();
    }

    @Test
    void aSessionInThePastEndingBeforeItStartsWithoutSeatsOrPlaceOrALateDeadlineIsRefusedFieldByField() {
        long offer = webConference();
        LocalDateTime yesterday = LocalDateTime.now(ZoneId.of("Europe/Paris")).minusDays(1);
        assertThatThrownBy(() -> offers.planSession(offer, new SessionData(yesterday, yesterday.minusHours(1), null,
                null, "javascript:alert(1)", 0, yesterday.plusDays(2))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("startsAt", "endsAt", "capacity", "registrationDeadline", "videoLink"));
        assertThatThrownBy(() -> offers.planSession(offer, new SessionData(NEXT_MONTH, NEXT_MONTH.plusHours(1), null,
                null, null, 10, NEXT_MONTH.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("commune"));
        assertThatThrownBy(() -> offers.saveOffer(null, null, new LearningOffers.OfferData(" \u200B", null, -1L,
                null, Set.of(), List.of(), 0, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("title", "kind", "organiser", "minutes"));
        users.login(TestUsers.SIAE_STAFF);
        assertThatThrownBy(() -> offers.planSession(offer, new SessionData(NEXT_MONTH, NEXT_MONTH.plusHours(1), null,
                null, "https://visio.exemple.fr", 10, NEXT_MONTH.minusDays(1))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        long session = session(offer, 3);
        users.login(TestUsers.SIAE_STAFF);
        assertThatThrownBy(() -> registrations.register(session, users.organisationOf(TestUsers.COORDINATOR), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("account"));
    }
}
