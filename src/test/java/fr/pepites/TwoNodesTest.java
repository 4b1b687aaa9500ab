package fr.pepites;

import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.common.StaleEdit;
import fr.pepites.parcours.ParcoursFilter;
import fr.pepites.parcours.ParcoursRow;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralFixtures;
import fr.pepites.referral.ReferralService;
import fr.pepites.referral.ReferralStatus;
import fr.pepites.twinning.Twinning;
import fr.pepites.twinning.TwinningFixtures;
import fr.pepites.twinning.TwinningService;
import fr.pepites.twinning.TwinningStatus;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.workbench.Acceptance;
import fr.pepites.workbench.SolveRun;
import fr.pepites.workbench.WorkbenchRow;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two nodes of the application on one database (PostgreSQL in the build's second run, H2 in the first), as
 * production runs them behind a load balancer: each with its own web server, its own process engine and its job
 * executor on, nothing shared but the database (and the engine's clock, which this JVM shares, to fire timers).
 * Users act on both at once; the job executors of both run the timers and e-mail steps. Nothing is lost nor done
 * twice, and a user who loses a race is told so in French.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final LocalDate MONDAY = LocalDate.now().plusWeeks(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    private static GreenMail smtp;
    private static TestNode a;
    private static TestNode b;
    private static Vacancy velo;
    private static final List<Referral> SUBMITTED = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startTwoNodes() throws Exception {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        String url = TestNode.database("two_nodes", false);
        // One after the other, as a rolling start: the first creates the schemas and the demo data.
        a = TestNode.start("a", url);
        b = TestNode.start("b", url);
        velo = a.as(TestUsers.COORDINATOR, () -> a.bean(ReferralFixtures.class).insertionVacancyOf(
                "Atelier Vélo Solidaire"));
    }

    @AfterAll
    static void stopTheNodes() {
        ClockUtil.reset();
        if (b != null) {
            b.stop();
        }
        if (a != null) {
            a.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** Runs the actions at once, each in its own thread; returns what each gave, or its failure. */
    private static List<Object> atOnce(List<Callable<?>> actions) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(actions.size());
        try {
            CyclicBarrier together = new CyclicBarrier(actions.size());
            List<Future<Object>> results = new ArrayList<>();
            for (Callable<?> action : actions) {
                results.add(threads.submit(() -> {
                    together.await();
                    try {
                        return action.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Referral submit(TestNode node, String lastName) throws Exception {
        return node.as(TestUsers.CEP_ADVISER, () -> node.bean(ReferralService.class).submit(null,
                validReferral(lastName, velo.getId())));
    }

    /** The e-mails received about a file, one per message id (GreenMail keeps a copy per recipient). */
    private static Set<String> mailsAbout(String businessKey) throws Exception {
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : ReferralFixtures.mailsAbout(businessKey, smtp.getReceivedMessages())) {
            ids.add(m.getMessageID());
        }
        return ids;
    }

    /** Every job of these processes that ran, with how many times it succeeded. */
    private static Map<String, Long> successesOfJobs(List<String> processInstanceIds) {
        return successLogs(processInstanceIds).stream()
                .collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
    }

    private static List<HistoricJobLog> successLogs(List<String> processInstanceIds) {
        HistoryService history = a.bean(HistoryService.class);
        List<HistoricJobLog> logs = new ArrayList<>();
        for (String id : processInstanceIds) {
            logs.addAll(history.createHistoricJobLogQuery().processInstanceId(id).successLog().list());
        }
        return logs;
    }

    private static String lockOwnerOf(TestNode node) {
        return ((ProcessEngineConfigurationImpl) node.bean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor().getLockOwner();
    }

    private static List<String> processesOf(List<Referral> referrals) {
        return referrals.stream().map(Referral::getProcessInstanceId).toList();
    }

    @Test
    @Order(1)
    void referralsSubmittedOnBothNodesAtOnceAreEachKeptOnceAndMailedOnce() throws Exception {
        List<Callable<?>> advisers = new ArrayList<>();
        for (TestNode node : List.of(a, b, a, b)) {
            advisers.add(() -> {
                for (int n = 0; n < 10; n++) {
                    SUBMITTED.add(submit(node, "Grappe" + node.name() + Thread.currentThread().getId() + "x" + n));
                }
                return null;
            });
        }
        assertThat(atOnce(advisers)).allMatch(outcome -> outcome == null);

        assertThat(SUBMITTED).hasSize(40);
        assertThat(SUBMITTED.stream().map(Referral::businessKey).distinct()).hasSize(40);
        RuntimeService runtime = b.bean(RuntimeService.class);
        for (Referral r : SUBMITTED) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(r.businessKey()).count())
                    .as(r.businessKey()).isOne();
            assertThat(r.getStatus()).isEqualTo(ReferralStatus.SENT);
        }
        // The job executors of both nodes send the SIAE's e-mails: each one once.
        ManagementService management = b.bean(ManagementService.class);
        await().atMost(PATIENCE).until(() -> SUBMITTED.stream().allMatch(r ->
                management.createJobQuery().processInstanceId(r.getProcessInstanceId()).messages().count() == 0));
        for (Referral r : SUBMITTED) {
            assertThat(mailsAbout(r.businessKey())).as(r.businessKey()).hasSize(1);
        }
        assertThat(successesOfJobs(processesOf(SUBMITTED))).hasSize(40).allSatisfy((job, times) ->
                assertThat(times).as(job).isOne());
        // Both job executors took their share, each logging and locking jobs under its node's id (pepites.node-id).
        assertThat(successLogs(processesOf(SUBMITTED))).extracting(HistoricJobLog::getHostname)
                .containsOnly("node-a", "node-b");
        assertThat(lockOwnerOf(a)).isEqualTo("node-a");
        assertThat(lockOwnerOf(b)).isEqualTo("node-b");
    }

    @Test
    @Order(2)
    void aTaskCompletedOnBothNodesAtOnceIsDoneOnceAndTheLoserIsToldInFrench() throws Exception {
        List<Referral> raced = SUBMITTED.subList(0, 10);
        for (Referral r : raced) {
            String task = a.as(TestUsers.SIAE_DIRECTOR, () -> a.bean(ReferralFixtures.class).taskOf(r).id());
            List<Object> outcomes = atOnce(List.of(
                    () -> a.as(TestUsers.SIAE_DIRECTOR, () -> take(a, task, r)),
                    () -> b.as(TestUsers.SIAE_DIRECTOR, () -> take(b, task, r))));
            assertThat(outcomes).as(r.businessKey()).filteredOn(o -> o instanceof String).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof Exception).singleElement().satisfies(lost -> {
                System.out.println("Lost race on " + r.businessKey() + ": " + lost);
                assertThat(toldInFrench((Exception) lost)).as(lost.toString()).isTrue();
            });
            Referral now = b.as(TestUsers.SIAE_DIRECTOR, () -> b.bean(ReferralFixtures.class).reload(r));
            assertThat(now.getStatus()).isEqualTo(ReferralStatus.PROCESSING);
            assertThat(b.bean(HistoryService.class).createHistoricTaskInstanceQuery()
                    .processInstanceId(r.getProcessInstanceId()).finished().count()).isOne();
        }
    }

    /**
     * What the loser of a race is told: the stale-edit message (the form's check, JPA's or the engine's version
     * check, or the task completed meanwhile), or, when the winner had committed before, that the task is gone.
     */
    private static boolean toldInFrench(Exception lost) {
        return StaleEdit.isLostRace(lost) || lost instanceof AccessDeniedException
                && lost.getMessage().equals("Cette tâche n'existe plus ou ne vous est pas destinée.");
    }

    private static String take(TestNode node, String task, Referral r) {
        node.bean(ReferralService.class).takeInCharge(task, r.getId(), r.getVersion());
        return node.name();
    }

    @Test
    @Order(3)
    void timersFireOnceWhicheverNodeRunsThem() throws Exception {
        Map<String, Long> before = successesOfJobs(processesOf(SUBMITTED));
        // Eleven days on: every referral without an answer has its ten-day reminder, and only that.
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(11).toMillis()));
        await().atMost(PATIENCE).until(() -> SUBMITTED.stream().allMatch(r -> {
            try {
                return mailsAbout(r.businessKey()).size() == 2;
            } catch (Exception e) {
                return false;
            }
        }));
        ManagementService management = a.bean(ManagementService.class);
        await().atMost(PATIENCE).until(() -> SUBMITTED.stream().allMatch(r ->
                management.createJobQuery().processInstanceId(r.getProcessInstanceId()).messages().count() == 0));
        Map<String, Long> after = successesOfJobs(processesOf(SUBMITTED));
        // Per referral: its ten-day timer and the reminder's e-mail step, each once.
        assertThat(after.size() - before.size()).isEqualTo(2 * SUBMITTED.size());
        assertThat(after).allSatisfy((job, times) -> assertThat(times).as(job).isOne());
        for (Referral r : SUBMITTED) {
            assertThat(mailsAbout(r.businessKey())).as(r.businessKey()).hasSize(2);
        }
    }

    @Test
    @Order(4)
    void referralsAcceptedOnBothNodesAtOnceEachStartOneParcours() throws Exception {
        List<Referral> hired = SUBMITTED.subList(0, 6);
        List<Callable<?>> directors = new ArrayList<>();
        for (int n = 0; n < hired.size(); n++) {
            TestNode node = n % 2 == 0 ? a : b;
            Referral r = hired.get(n);
            directors.add(() -> node.as(TestUsers.SIAE_DIRECTOR, () -> {
                Referral now = node.bean(ReferralFixtures.class).reload(r);
                LocalDate hiring = LocalDate.now().plusDays(5);
                node.bean(ReferralService.class).accept(node.bean(ReferralFixtures.class).taskOf(now).id(),
                        now.getId(), now.getVersion(), hiring, ReferralFixtures.cddi(hiring));
                return null;
            }));
        }
        assertThat(atOnce(directors)).allMatch(outcome -> outcome == null);

        List<ParcoursRow> parcours = a.as(TestUsers.SIAE_DIRECTOR, () -> a.bean(ParcoursService.class)
                .search(new ParcoursFilter("Grappe", null, true, false, null),
                        org.springframework.data.domain.Pageable.unpaged()));
        assertThat(parcours).hasSize(hired.size());
        assertThat(parcours.stream().map(ParcoursRow::reference).distinct()).hasSize(hired.size());
        RuntimeService runtime = b.bean(RuntimeService.class);
        for (ParcoursRow p : parcours) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(p.reference()).count())
                    .as(p.reference()).isOne();
        }
    }

    @Test
    @Order(5)
    void aSolveRunOnOneNodeIsSeenOnTheOtherWhichAcceptsItsProposal() throws Exception {
        ClockUtil.reset();
        Twinning waiting = a.as(TestUsers.TIERS_LIEU_MANAGER, () -> {
            TwinningFixtures fixtures = a.bean(TwinningFixtures.class);
            fixtures.offerAtChartrons();
            return fixtures.submitted(MONDAY);
        });
        TwinningService onA = a.bean(TwinningService.class);
        TwinningService onB = b.bean(TwinningService.class);
        a.as(TestUsers.COORDINATOR, onA::start);
        assertThat(b.as(TestUsers.COORDINATOR, () -> onB.current().orElseThrow().startedBy()))
                .isEqualTo("Claire Dubois");
        await().atMost(PATIENCE).until(() -> b.as(TestUsers.COORDINATOR, () ->
                onB.current().map(run -> run.status() == SolveRun.Status.OPTIMAL).orElse(false)));

        WorkbenchRow row = b.as(TestUsers.COORDINATOR, () -> onB.proposals().stream()
                .filter(r -> r.id().equals(waiting.businessKey())).findFirst().orElseThrow());
        assertThat(row.hasProposal()).isTrue();
        Acceptance done = b.as(TestUsers.COORDINATOR, () -> onB.accept(List.of(waiting.businessKey())));
        assertThat(done.sent()).isOne();

        assertThat(a.as(TestUsers.COORDINATOR, () -> onA.proposals().stream()
                .filter(r -> r.id().equals(waiting.businessKey())).findFirst().orElseThrow().decision()))
                .isEqualTo(WorkbenchRow.Decision.ACCEPTED);
        assertThat(a.as(TestUsers.SIAE_DIRECTOR, () -> onA.details(waiting.getId()).orElseThrow().row().status()))
                .isEqualTo(TwinningStatus.AWAITING_APPROVAL);
        assertThat(a.as(TestUsers.SIAE_DIRECTOR, () -> a.bean(TwinningFixtures.class)
                .taskOf(waiting, "user_task_approve"))).isNotNull();
    }

    @Test
    @Order(6)
    void wrongPasswordsSpreadOverBothNodesLockTheLoginOnBoth() throws Exception {
        String login = TestUsers.SIAE_DIRECTOR;
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(i % 2 == 0 ? a : b, login, "faux-" + i)).as("try " + i).endsWith("/login?error");
        }

        assertThat(logIn(a, login, TestUsers.PASSWORD)).as("right password on a").endsWith("/login?error");
        assertThat(logIn(b, login, TestUsers.PASSWORD)).as("right password on b").endsWith("/login?error");
        assertThat(logIn(b, TestUsers.COORDINATOR, TestUsers.PASSWORD)).as("another login").doesNotContain("error")
                .doesNotEndWith("/login");
    }

    /** Posts the login form to a node, in a browser of its own; returns where it is sent next. */
    private static String logIn(TestNode node, String email, String password) throws Exception {
        return HttpLogin.location(HttpLogin.post(HttpLogin.newBrowser(), node.port(), email, password));
    }
}
