package fr.pepites.benchmark;

import fr.pepites.parcours.ParcoursDates;
import fr.pepites.parcours.ParcoursFilter;
import fr.pepites.parcours.ParcoursRow;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.parcours.process.ParcoursProcess;
import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parcours benchmark, run by {@code mvn -Pbenchmark verify -Dtest=ParcoursBenchmark} (not part of the test suite).
 * Prints figures, asserts nothing about time. With {@code benchmark.parcours} parcours stored (100,000; the bulk
 * inserted by JDBC over the 14 demo SIAE, three years of exits) of which {@code benchmark.running} (20,000) are under
 * contract with their process running and its timers armed, it times, server side:
 * <ol>
 *   <li>the first page of an SIAE's list (director, current ones by planned end, 50 rows + count);</li>
 *   <li>the coordinator's exits report for one year;</li>
 *   <li>moving one planned end (a renewal: the parcours's row, its timeline, the timers' variables and the message that
 *   re-arms the waiting timer), one transaction each, over different parcours.</li>
 * </ol>
 * Each request follows a change of the database, as in real use (H2 would otherwise hand back a cached result).
 */
@Tag("benchmark")
class ParcoursBenchmark {

    private static final int STORED = Integer.getInteger("benchmark.parcours", 100_000);
    private static final int RUNNING = Integer.getInteger("benchmark.running", 20_000);
    private static final int RENEWALS = Integer.getInteger("benchmark.renewals", 200);

    @Test
    void run() throws IOException {
        List<String> report = new ArrayList<>();
        report.add(BenchmarkReport.machineOnH2());
        try (ConfigurableApplicationContext app = BenchmarkReport.application("parcours")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            TransactionTemplate inTransaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            long start = System.nanoTime();
            List<Long> running = store(app, jdbc, inTransaction);
            report.add(String.format("Stored parcours: %d (%d bulk-inserted, %d of them under contract with their "
                    + "process started, in %d s); timer jobs: %d; %d running at the demo SIAE renewed below",
                    jdbc.queryForObject("select count(*) from parcours", Long.class), STORED, RUNNING,
                    (System.nanoTime() - start) / 1_000_000_000,
                    jdbc.queryForObject("select count(*) from act_ru_job where type_ = 'timer'", Long.class),
                    running.size()));
            report.addAll(measure(app, jdbc, running));
        }
        BenchmarkReport.publish("Parcours benchmark", "parcours-benchmark.txt", report);
    }

    /**
     * The bulk: one person and PASS each; the running ones in the first positions (their processes started through the
     * engine, 500 a transaction), the others exited (CLOSED, spread over three years of exits, all categories).
     * Returns the ids of the running ones of the demo SIAE (Atelier Vélo Solidaire), whose director renews them.
     */
    private static List<Long> store(ConfigurableApplicationContext app, JdbcTemplate jdbc,
            TransactionTemplate inTransaction) {
        List<Long> siaes = jdbc.queryForList("select id from organisation where kind = 'SIAE' order by id", Long.class);
        long velo = jdbc.queryForObject("select id from organisation where name = 'Atelier Vélo Solidaire'", Long.class);
        long personBase = ReferralBenchmark.reserveIds(jdbc, "person", STORED);
        long passBase = ReferralBenchmark.reserveIds(jdbc, "pass_iae", STORED);
        long parcoursBase = ReferralBenchmark.reserveIds(jdbc, "parcours", STORED);
        String[] categories = {"DURABLE_JOB", "TRANSITION_JOB", "POSITIVE_EXIT", "OTHER_EXIT"};
        String[] reasons = {"CDI", "CDD_UNDER_6_MONTHS", "QUALIFYING_TRAINING", "JOB_SEEKING"};
        LocalDate today = LocalDate.now();
        int batch = 5_000;
        for (int from = 0; from < STORED; from += batch) {
            int first = from;
            inTransaction.executeWithoutResult(status -> {
                List<Object[]> persons = new ArrayList<>();
                List<Object[]> passes = new ArrayList<>();
                List<Object[]> rows = new ArrayList<>();
                for (int i = first; i < Math.min(STORED, first + batch); i++) {
                    long siae = siaes.get(i % siaes.size());
                    boolean current = i < RUNNING;
                    LocalDate start = start(i, today);
                    LocalDate plannedEnd = plannedEnd(i, start);
                    LocalDate exit = current ? null : plannedEnd.isAfter(today) ? today.minusDays(i % 30) : plannedEnd;
                    Timestamp at = Timestamp.from(Instant.now().minusSeconds(60L * i));
                    persons.add(new Object[] {personBase + i, "Prénom" + i, "Nom" + i, "nom" + i + " prenom" + i,
                            Date.valueOf(LocalDate.of(1970 + i % 35, 1 + i % 12, 1 + i % 28)), "33063", siae, at});
                    passes.add(new Object[] {passBase + i, personBase + i, String.format("99%010d", i),
                            Date.valueOf(start), Date.valueOf(start.plusMonths(24).minusDays(1))});
                    rows.add(new Object[] {parcoursBase + i, personBase + i, siae, passBase + i, "16507", "CDDI",
                            Date.valueOf(start), Date.valueOf(plannedEnd), 26,
                            current ? "IN_PROGRESS" : "CLOSED", exit == null ? null : Date.valueOf(exit),
                            exit == null ? null : reasons[i % 4], exit == null ? null : categories[i % 4],
                            exit == null ? null : !exit.isBefore(start.plusMonths(3)), at, at});
                }
                jdbc.batchUpdate("insert into person (id, first_name, last_name, search_name, birth_date, "
                        + "commune_code, organisation_id, version, created_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?)",
                        persons);
                jdbc.batchUpdate("insert into pass_iae (id, person_id, number, start_date, end_date, version) "
                        + "values (?, ?, ?, ?, ?, 0)", passes);
                jdbc.batchUpdate("insert into parcours (id, person_id, siae_id, pass_id, job_title_code, "
                        + "contract_type, start_date, planned_end, weekly_hours, status, exit_date, exit_reason, "
                        + "exit_category, exit_counted, created_at, updated_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
            });
        }
        RuntimeService runtime = app.getBean(RuntimeService.class);
        List<Long> ofVelo = new ArrayList<>();
        for (int from = 0; from < RUNNING; from += 500) {
            int first = from;
            inTransaction.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(RUNNING, first + 500); i++) {
                    long id = parcoursBase + i;
                    long siae = siaes.get(i % siaes.size());
                    LocalDate plannedEnd = plannedEnd(i, start(i, today));
                    Map<String, Object> variables = new HashMap<>(ParcoursDates.timers(plannedEnd));
                    variables.put(ParcoursProcess.VAR_PARCOURS_ID, id);
                    variables.put(ParcoursProcess.VAR_STAFF_GROUP, "SIAE_STAFF-org-" + siae);
                    variables.put(ParcoursProcess.VAR_DIRECTOR_GROUP, "SIAE_DIRECTOR-org-" + siae);
                    runtime.startProcessInstanceByKey(ParcoursProcess.KEY, "PAR-" + id, variables);
                    // Those whose review is not yet due, so that a renewal re-arms the review's timer.
                    if (siae == velo && plannedEnd.isAfter(today.plusDays(100))) {
                        ofVelo.add(id);
                    }
                }
            });
        }
        return ofVelo;
    }

    /** The running ones hired over the last 600 days, the others over three years before. */
    private static LocalDate start(int i, LocalDate today) {
        return i < RUNNING ? today.minusDays(i % 600) : today.minusDays(200 + i % 1095);
    }

    /** 18 months after the start for the running ones (six months of PASS left to renew), a year for the others. */
    private static LocalDate plannedEnd(int i, LocalDate start) {
        return i < RUNNING ? start.plusMonths(18) : start.plusMonths(12);
    }

    private static List<String> measure(ConfigurableApplicationContext app, JdbcTemplate jdbc, List<Long> velo) {
        ParcoursService parcours = app.getBean(ParcoursService.class);
        UserDetailsService users = app.getBean(UserDetailsService.class);
        SecurityContext director = ReferralBenchmark.contextOf(users, "direction@pepites.demo");
        SecurityContext coordinator = ReferralBenchmark.contextOf(users, "coordination@pepites.demo");
        List<String> lines = new ArrayList<>();
        int[] next = {0};
        // A renewal of another parcours between two requests: the database changes, as it does while others work.
        Runnable meanwhile = () -> renew(parcours, jdbc, director, velo.get(velo.size() - 1 - next[0]++ % 1000));
        LocalDate today = LocalDate.now();
        lines.add(ReferralBenchmark.page("First page of the SIAE's current parcours (director, 50 rows + count; target < 300 ms)",
                meanwhile, () -> {
                    SecurityContextHolder.setContext(director);
                    ParcoursFilter filter = ParcoursFilter.current();
                    List<ParcoursRow> rows = parcours.search(filter, PageRequest.of(0, 50));
                    return rows.size() + parcours.count(filter);
                }));
        lines.add(ReferralBenchmark.page("First page of the SIAE's parcours ending within 3 months (director, 50 rows + count)",
                meanwhile, () -> {
                    SecurityContextHolder.setContext(director);
                    ParcoursFilter filter = new ParcoursFilter(null, null, true, true, null);
                    return parcours.search(filter, PageRequest.of(0, 50)).size() + parcours.count(filter);
                }));
        lines.add(ReferralBenchmark.page("Exits report for one year (coordinator, every SIAE; target < 300 ms)", meanwhile, () -> {
            SecurityContextHolder.setContext(coordinator);
            return parcours.exitsReport(today.minusYears(1), today).total().counted();
        }));
        long[] samples = new long[RENEWALS];
        for (int i = 0; i < RENEWALS; i++) {
            long id = velo.get(i);
            long t0 = System.nanoTime();
            renew(parcours, jdbc, director, id);
            samples[i] = System.nanoTime() - t0;
        }
        Arrays.sort(samples);
        lines.add(String.format("Moving one planned end (renewal, timer re-armed; target < 50 ms median): median "
                + "%.1f ms, 90th percentile %.1f ms, max %.1f ms over %d renewals of different parcours",
                samples[RENEWALS / 2] / 1e6, samples[RENEWALS * 9 / 10] / 1e6, samples[RENEWALS - 1] / 1e6,
                RENEWALS));
        long rearmed = jdbc.queryForObject("select count(*) from parcours_event where type = 'RENEWED'", Long.class);
        lines.add("Renewals recorded on the timelines: " + rearmed);
        return lines;
    }

    /** A renewal of one more month, as the director's form does it (its version read first). */
    private static void renew(ParcoursService parcours, JdbcTemplate jdbc, SecurityContext director, long id) {
        SecurityContextHolder.setContext(director);
        Map<String, Object> row = jdbc.queryForMap("select version, planned_end from parcours where id = ?", id);
        LocalDate end = ((Date) row.get("PLANNED_END")).toLocalDate();
        parcours.renew(id, ((Number) row.get("VERSION")).longValue(), end.plusMonths(1));
    }
}
