package fr.pepites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralFixtures;
import fr.pepites.referral.ReferralService;
import fr.pepites.referral.ReferralStatus;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The application killed (SIGKILL, no shutdown of any kind) in the middle of 1,000 referral lifecycles, then started
 * again on the same database: every referral is wholly before or wholly after each of its steps (its status, its
 * process and its parcours agree), the lifecycles cut short go on to their end, and the timers still fire.
 */
class KillNineTest {

    private static final int LIFECYCLES = 1000;
    private static final int KILLED_AFTER = 150;
    private static final String PREFIX = "Cycle";

    private GreenMail smtp;
    private Process driven;
    private TestNode restarted;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        if (driven != null) {
            driven.destroyForcibly();
        }
        if (restarted != null) {
            restarted.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void killedInTheMiddleOfAThousandLifecyclesTheApplicationRestartsWithEveryReferralWhole() throws Exception {
        FileSystemUtils.deleteRecursively(new File("target/kill_nine"));
        String url = TestNode.database("kill_nine", true);
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();

        int doneBeforeKill = runThenKill(url);
        assertThat(doneBeforeKill).isGreaterThanOrEqualTo(KILLED_AFTER).isLessThan(LIFECYCLES);

        restarted = TestNode.start("restarted", url);
        List<Map<String, Object>> referrals = referrals();
        assertThat(referrals.size()).as("every lifecycle done has its referral").isGreaterThanOrEqualTo(doneBeforeKill);
        assertThat(new JdbcTemplate(restarted.bean(javax.sql.DataSource.class)).queryForObject(
                "select count(*) from person where last_name like '" + PREFIX + "%'", Long.class))
                .as("no person without her referral").isEqualTo(referrals.size());
        List<Long> unfinished = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (Map<String, Object> r : referrals) {
            ReferralStatus status = ReferralStatus.valueOf((String) r.get("status"));
            String process = (String) r.get("process_instance_id");
            long parcours = ((Number) r.get("parcours")).longValue();
            List<String> tasks = restarted.bean(TaskService.class).createTaskQuery().processInstanceId(process).list()
                    .stream().map(Task::getTaskDefinitionKey).toList();
            String what = r.get("id") + " " + status + " " + tasks + " parcours " + parcours;
            switch (status) {
                case SENT -> assertThat(tasks).as(what).containsExactly("user_task_review_referral");
                case PROCESSING -> assertThat(tasks).as(what).containsExactly("user_task_process_referral");
                case ACCEPTED -> {
                    // No step left but its e-mail to the adviser, if not yet sent.
                    assertThat(tasks).as(what).isEmpty();
                    assertThat(parcours).as(what).isOne();
                    accepted.add(process);
                }
                default -> throw new AssertionError("Unexpected status: " + what);
            }
            if (status != ReferralStatus.ACCEPTED) {
                assertThat(parcours).as(what).isZero();
                unfinished.add(((Number) r.get("id")).longValue());
            }
        }
        for (Map<String, Object> p : parcoursProcesses()) {
            assertThat(((Number) p.get("processes")).longValue()).as("parcours " + p.get("id")).isOne();
        }

        // Timers still fire: eleven days on, every referral still at the SIAE has its reminder.
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(11).toMillis()));
        ManagementService management = restarted.bean(ManagementService.class);
        HistoryService history = restarted.bean(HistoryService.class);
        for (Map<String, Object> r : referrals) {
            if (!"ACCEPTED".equals(r.get("status"))) {
                String process = (String) r.get("process_instance_id");
                await().atMost(Duration.ofSeconds(60)).until(() -> management.createJobQuery()
                        .processInstanceId(process).timers().executable().count() == 0);
                assertThat(history.createHistoricJobLogQuery().processInstanceId(process).successLog()
                        .jobDefinitionType("timer-intermediate-transition").count()
                        + history.createHistoricJobLogQuery().processInstanceId(process).successLog()
                        .jobDefinitionType("timer-transition").count()).as(process).isPositive();
            }
        }
        // The jobs the killed process had locked (its e-mail steps under way) are free again once their lock expires
        // (camunda.bpm.job-execution.lock-time-in-millis, long past on this clock): the restarted one runs them.
        RuntimeService runtime = restarted.bean(RuntimeService.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.stream()
                .allMatch(p -> runtime.createProcessInstanceQuery().processInstanceId(p).count() == 0));
        ClockUtil.reset();

        // The lifecycles cut short go on to their end.
        ReferralFixtures fixtures = restarted.bean(ReferralFixtures.class);
        ReferralService service = restarted.bean(ReferralService.class);
        for (long id : unfinished) {
            restarted.as(TestUsers.SIAE_DIRECTOR, () -> {
                Referral r = fixtures.reload(id);
                if (r.getStatus() == ReferralStatus.SENT) {
                    service.takeInCharge(fixtures.taskOf(r).id(), r.getId(), r.getVersion());
                    r = fixtures.reload(id);
                }
                LocalDate hiring = LocalDate.now().plusDays(5);
                service.accept(fixtures.taskOf(r).id(), r.getId(), r.getVersion(), hiring,
                        ReferralFixtures.cddi(hiring));
                assertThat(fixtures.reload(id).getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
                return null;
            });
        }
        assertThat(referrals()).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("ACCEPTED"));
    }

    /** Runs the lifecycles in a process of their own, kills it once enough are done; returns how many were. */
    private int runThenKill(String url) throws Exception {
        // This JVM's class path, each entry once (surefire's forked JVM names it in a property of its own).
        String classPath = String.join(File.pathSeparator, new java.util.LinkedHashSet<>(List.of(System.getProperty(
                "surefire.test.class.path", System.getProperty("java.class.path")).split(File.pathSeparator))));
        List<String> command = new ArrayList<>(List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx1g", "-cp", classPath));
        for (String property : List.of("spring.datasource.username", "spring.datasource.password")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of(LifecycleDriver.class.getName(), url, String.valueOf(LIFECYCLES), PREFIX));
        driven = new ProcessBuilder(command).redirectErrorStream(true).start();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        File log = new File("target/kill_nine/driven.log");
        log.getParentFile().mkdirs();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(driven.getInputStream(),
                    StandardCharsets.UTF_8));
                    java.io.PrintWriter copy = new java.io.PrintWriter(log, StandardCharsets.UTF_8)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    copy.println(line);
                    copy.flush();
                    if (line.startsWith("DONE ")) {
                        done.set(Integer.parseInt(line.substring(5)));
                        if (done.get() >= KILLED_AFTER) {
                            enough.countDown();
                        }
                    } else if (line.startsWith("FAILED") || line.contains("APPLICATION FAILED")) {
                        System.out.println("driven: " + line);
                    }
                }
            } catch (java.io.IOException closedByTheKill) {
                // The process is gone.
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(enough.await(5, TimeUnit.MINUTES)).as("lifecycles running in the driven process (see "
                + log + ")").isTrue();
        // SIGKILL: no shutdown hook, no transaction ends, the job executor's locks stay in the database.
        driven.destroyForcibly();
        assertThat(driven.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(driven.exitValue()).isEqualTo(137);
        return done.get();
    }

    private List<Map<String, Object>> referrals() {
        return new JdbcTemplate(restarted.bean(javax.sql.DataSource.class)).queryForList(
                "select r.id, r.status, r.process_instance_id,"
                        + " (select count(*) from parcours c where c.referral_id = r.id) as parcours"
                        + " from referral r join person p on p.id = r.person_id where p.last_name like '" + PREFIX
                        + "%' order by r.id");
    }

    /** Each parcours of these referrals with its processes (found by the parcours's file number, PAR-id). */
    private List<Map<String, Object>> parcoursProcesses() {
        List<Map<String, Object>> result = new ArrayList<>();
        RuntimeService runtime = restarted.bean(RuntimeService.class);
        for (Map<String, Object> row : new JdbcTemplate(restarted.bean(javax.sql.DataSource.class)).queryForList(
                "select c.id from parcours c join person p on p.id = c.person_id where p.last_name like '"
                        + PREFIX + "%'")) {
            result.add(Map.of("id", row.get("id"), "processes", runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey("PAR-" + row.get("id")).count()));
        }
        return result;
    }
}
