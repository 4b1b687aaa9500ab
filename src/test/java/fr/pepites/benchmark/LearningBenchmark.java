package fr.pepites.benchmark;

import fr.pepites.badges.AchievementData;
import fr.pepites.badges.BadgeKind;
import fr.pepites.badges.BadgeService;
import fr.pepites.learning.ActivityKind;
import fr.pepites.learning.Attendance;
import fr.pepites.learning.AwardRuleData;
import fr.pepites.learning.AwardRules;
import fr.pepites.learning.LearningLedger;
import fr.pepites.learning.LearningOffers;
import fr.pepites.learning.RuleType;
import fr.pepites.learning.SessionAttendance;
import fr.pepites.learning.SessionData;
import fr.pepites.learning.process.LearningSessionProcess;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Learning benchmark, run by {@code mvn -Pbenchmark verify -Dtest=LearningBenchmark} (not part of the test suite).
 * Prints figures, asserts nothing about time. On H2 in file mode, through the services: {@code benchmark.staff}
 * (20,000) staff accounts, {@code benchmark.rows} (1,000,000) ledger rows among them, {@code benchmark.rules} (200)
 * award rules (one of them, "one web conference within 12 months", met by every attendee), 500 offers with 2,000
 * sessions to come; then the median of
 * <ol>
 *   <li>recording the attendance sheet of a 30-person web conference (30 ledger rows, the rules of their kind evaluated
 *   for each attendee, 30 credentials built, signed and stored, the task completed: one transaction);</li>
 *   <li>a staff member's learning record over 12 months (their rows, totals, the progress towards every rule);</li>
 *   <li>a catalogue search (words, the first page of offers with their coming sessions and seats).</li>
 * </ol>
 */
@Tag("benchmark")
class LearningBenchmark {

    private static final int STAFF = Integer.getInteger("benchmark.staff", 20_000);
    private static final int ROWS = Integer.getInteger("benchmark.rows", 1_000_000);
    private static final int RULES = Integer.getInteger("benchmark.rules", 200);
    private static final int SHEETS = Integer.getInteger("benchmark.sheets", 20);
    private static final int SHEET_SIZE = 30;
    private static final int OFFERS = 500;
    private static final int SESSIONS_PER_OFFER = 4;
    private static final int READS = 50;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void run() throws IOException {
        List<String> report = new ArrayList<>();
        report.add(BenchmarkReport.machineOnH2());
        try (ConfigurableApplicationContext app = BenchmarkReport.application("learning")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            UserDetailsService users = app.getBean(UserDetailsService.class);
            SecurityContext coordinator = ReferralBenchmark.contextOf(users, "coordination@pepites.demo");
            long started = System.nanoTime();

            long siae = jdbc.queryForObject("select organisation_id from user_account where email = ?", Long.class,
                    "direction@pepites.demo");
            String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class,
                    "direction@pepites.demo");
            List<Object[]> accounts = new ArrayList<>();
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < STAFF; i++) {
                accounts.add(new Object[] {"banc" + i + "@exemple.fr", hash, "Salarié Banc " + i, "SIAE_STAFF", siae,
                        true, 0L, now, false});
            }
            for (int from = 0; from < STAFF; from += 5_000) {
                List<Object[]> batch = accounts.subList(from, Math.min(STAFF, from + 5_000));
                tx.executeWithoutResult(s -> jdbc.batchUpdate("insert into user_account (email, password_hash, "
                        + "full_name, role, organisation_id, active, version, created_at, password_change_required) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch));
            }
            List<Long> staff = jdbc.queryForList("select id from user_account where email like 'banc%' order by id",
                    Long.class);
            Random random = new Random(42);
            ActivityKind[] kinds = ActivityKind.values();
            LocalDate today = LocalDate.now(PARIS);
            for (int from = 0; from < ROWS; from += 20_000) {
                int start = from;
                List<Object[]> rows = new ArrayList<>();
                for (int i = start; i < Math.min(ROWS, start + 20_000); i++) {
                    long account = staff.get(i % staff.size());
                    rows.add(new Object[] {-(long) i - 1_000_000, account, "A" + account,
                            kinds[random.nextInt(kinds.length)].name(), today.minusDays(random.nextInt(1_000)),
                            30 + random.nextInt(400), "ON_SITE", "HAND", "BANC-" + i, "Banc d'essai",
                            "banc d'essai", now});
                }
                tx.executeWithoutResult(s -> jdbc.batchUpdate("insert into learning_activity (id, account_id, "
                        + "learner_key, kind, activity_date, minutes, modality, source, source_ref, reason, "
                        + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows));
            }
            report.add(String.format("Set up: %d staff accounts, %d ledger rows in %.0f s", staff.size(), ROWS,
                    (System.nanoTime() - started) / 1e9));

            SecurityContextHolder.setContext(coordinator);
            BadgeService badges = app.getBean(BadgeService.class);
            AwardRules rules = app.getBean(AwardRules.class);
            long network = badges.issuers().get(0).getId();
            for (int r = 0; r < RULES - 1; r++) {
                long achievement = badges.saveAchievement(null, new AchievementData(network, BadgeKind.COMPETENCE,
                        "Banc " + r, "Un badge du banc d'essai.", "Une règle du banc d'essai.", null, 24, true, true,
                        List.of(), Set.of(), null, null));
                ActivityKind kind = kinds[r % kinds.length];
                rules.save(r % 2 == 0 ? new AwardRuleData(achievement, RuleType.COUNT, kind, null, 500 + r, null, 12,
                        true) : new AwardRuleData(achievement, RuleType.HOURS, kind, null, null, 5_000 + r, null, true),
                        null);
            }
            long webinarBadge = badges.saveAchievement(null, new AchievementData(network, BadgeKind.WEB_CONFERENCE,
                    "Banc : webconférence", "Avoir suivi une webconférence.", "Une webconférence en 12 mois.", null,
                    24, true, true, List.of(), Set.of(), null, null));
            long ruleCount = rules.rules().size();
            jdbc.update("update learning_award_rule set active = false where achievement_id in (select id from "
                    + "badge_achievement where name = 'Webconférence : le PASS IAE et ses règles')");
            rules.save(new AwardRuleData(webinarBadge, RuleType.COUNT, ActivityKind.WEB_CONFERENCE, null, 1, null, 12,
                    true), null);
            report.add(String.format("Rules: %d (active: %d of kind web conference)", ruleCount + 1,
                    rules.rules().stream().filter(r -> r.active() && r.wording().contains("webconférence")).count()));

            LearningOffers offers = app.getBean(LearningOffers.class);
            long networkOrg = offers.organisers().keySet().iterator().next();
            LocalDateTime next = LocalDateTime.now(PARIS).plusDays(10).withHour(9).withMinute(0).withSecond(0)
                    .withNano(0);
            List<Long> webinarSessions = new ArrayList<>();
            for (int o = 0; o < OFFERS; o++) {
                boolean webinar = o < SHEETS + 5;
                long offer = offers.saveOffer(null, null, new LearningOffers.OfferData((webinar ? "Webconférence "
                        : "Formation ") + o + (o % 10 == 0 ? " PASS IAE" : " numérique"),
                        webinar ? ActivityKind.WEB_CONFERENCE : ActivityKind.TRAINING_DAY, networkOrg,
                        "Une offre du banc d'essai.", Set.of(), List.of("banc"), 60, null));
                for (int s = 0; s < SESSIONS_PER_OFFER; s++) {
                    LocalDateTime at = next.plusDays(o % 30 + s * 7L);
                    long session = offers.planSession(offer, new SessionData(at, at.plusHours(1), null, null,
                            "https://visio.exemple.fr/" + o, 40, at.minusDays(1)));
                    if (webinar && s == 0) {
                        webinarSessions.add(session);
                    }
                }
            }

            // Each measured sheet: a web conference started an hour ago, 30 fresh attendees registered.
            RuntimeService runtime = app.getBean(RuntimeService.class);
            TaskService tasks = app.getBean(TaskService.class);
            SessionAttendance attendance = app.getBean(SessionAttendance.class);
            List<Long> sheetTimes = new ArrayList<>();
            int attendee = 0;
            for (int sheet = 0; sheet < webinarSessions.size(); sheet++) {
                long session = webinarSessions.get(sheet);
                LocalDateTime start = LocalDateTime.now(PARIS).minusHours(1);
                List<Object[]> registrations = new ArrayList<>();
                for (int i = 0; i < SHEET_SIZE; i++) {
                    registrations.add(new Object[] {-(long) attendee - 1, session, staff.get(attendee++), now});
                }
                tx.executeWithoutResult(s -> {
                    jdbc.update("update learning_session set starts_at = ?, ends_at = ?, registration_deadline = ? "
                            + "where id = ?", start, start.plusHours(1), start.minusDays(1), session);
                    jdbc.batchUpdate("insert into learning_registration (id, session_id, account_id, status, "
                            + "registered_at, registered_by, version) values (?, ?, ?, 'REGISTERED', ?, 'banc', 0)",
                            registrations);
                });
                String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey("SES-" + session)
                        .singleResult().getId();
                runtime.createProcessInstanceModification(process)
                        .cancelAllForActivity(LearningSessionProcess.TIMER_DEADLINE)
                        .startBeforeActivity(LearningSessionProcess.TASK_ATTENDANCE).execute();
                Task task = tasks.createTaskQuery().processInstanceId(process).singleResult();
                long version = jdbc.queryForObject("select version from learning_session where id = ?", Long.class,
                        session);
                Map<Long, SessionAttendance.Mark> marks = new HashMap<>();
                jdbc.queryForList("select id from learning_registration where session_id = ?", Long.class, session)
                        .forEach(id -> marks.put(id, new SessionAttendance.Mark(Attendance.PRESENT, 55)));
                long t0 = System.nanoTime();
                attendance.recordAttendance(task.getId(), session, version, marks);
                sheetTimes.add(System.nanoTime() - t0);
            }
            long issued = jdbc.queryForObject("select count(*) from badge_credential where achievement_id = ?",
                    Long.class, webinarBadge);
            report.add(String.format("Attendance sheet of %d (ledger rows, rules, credentials, task): median %.0f ms, "
                    + "slowest %.0f ms over %d sheets, the first %d as warm-up; %d credentials issued by the rule",
                    SHEET_SIZE, median(sheetTimes.subList(5, sheetTimes.size())), max(sheetTimes.subList(5,
                    sheetTimes.size())), sheetTimes.size() - 5, 5, issued));

            LearningLedger ledger = app.getBean(LearningLedger.class);
            SecurityContextHolder.setContext(ReferralBenchmark.contextOf(users, "banc7@exemple.fr"));
            List<Long> recordTimes = time(() -> ledger.myRecord(today.minusMonths(12), today).activities().size());
            SecurityContextHolder.setContext(coordinator);
            report.add(String.format("Learning record over 12 months (%d activities, progress towards %d rules): "
                    + "median %.1f ms", ledger.recordOf(fr.pepites.learning.Learner.account(staff.get(7)),
                    today.minusMonths(12), today).orElseThrow().activities().size(), ruleCount + 1,
                    median(recordTimes)));
            List<Long> searchTimes = time(() -> offers.catalogue("pass iae", null, 0, 10).offers().size());
            report.add(String.format("Catalogue search (\"pass iae\", first page of 10 offers among %d, with %d "
                    + "sessions to come): median %.1f ms", OFFERS, OFFERS * SESSIONS_PER_OFFER, median(searchTimes)));
            SecurityContextHolder.clearContext();
        }
        BenchmarkReport.publish("Learning benchmark", "learning-benchmark.txt", report);
    }

    private static List<Long> time(Supplier<Integer> call) {
        for (int i = 0; i < 10; i++) {
            call.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < READS; i++) {
            long t0 = System.nanoTime();
            call.get();
            times.add(System.nanoTime() - t0);
        }
        return times;
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double max(List<Long> nanos) {
        return Collections.max(nanos) / 1e6;
    }
}
