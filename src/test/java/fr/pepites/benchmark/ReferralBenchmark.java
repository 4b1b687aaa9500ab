package fr.pepites.benchmark;

import fr.pepites.PepitesApplication;
import fr.pepites.parcours.ParcoursDates;
import fr.pepites.parcours.process.ParcoursProcess;
import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralData;
import fr.pepites.referral.ReferralFilter;
import fr.pepites.referral.ReferralFixtures;
import fr.pepites.referral.ReferralService;
import fr.pepites.referral.process.ReferralProcess;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.vacancy.VacancyFilter;
import fr.pepites.vacancy.VacancyKind;
import fr.pepites.vacancy.VacancyService;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.WorkflowService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referral benchmark, run by {@code mvn -Pbenchmark verify} (not part of the test suite). Prints figures, asserts
 * nothing about time:
 * <ol>
 *   <li>N referrals through submit → send → process → accept, then their two e-mail steps, with the domain
 *   (services, JPA rows, timeline, e-mails composed; a stand-in sender counts them), against the same BPMN driven
 *   on a bare engine with no domain writes; same JVM, same H2 database in file mode (the bare engine with its own
 *   connections and process key), history full, 1,000 open referrals present from the start; the sides take turns
 *   in blocks;</li>
 *   <li>with 100,000 referrals stored, the time to serve the first page of the referral lists (adviser, SIAE,
 *   coordinator) and of the SIAE inbox, each request after a change of the referral table, as in real use.</li>
 * </ol>
 * Sizes: {@code -Dbenchmark.lifecycles=10000 -Dbenchmark.stored=100000 -Dbenchmark.block=500}.
 */
@Tag("benchmark")
class ReferralBenchmark {

    private static final int LIFECYCLES = Integer.getInteger("benchmark.lifecycles", 10_000);
    private static final int STORED = Integer.getInteger("benchmark.stored", 100_000);
    private static final int WARM_UP = 200;
    private static final int BLOCK = Integer.getInteger("benchmark.block", 500);
    /** Open referrals, at "sent" in the SIAE's inbox, present from the start. */
    private static final int OPEN = 1000;

    /**
     * Settings of the database: H2 keeps the parsed form of the last statements of each connection, 8 by default,
     * fewer than a lifecycle's distinct statements on any side.
     */
    static final String H2_SETTINGS = System.getProperty("benchmark.h2", ";QUERY_CACHE_SIZE=256");

    /**
     * The one database of every side. The bare engine works in the application's database (its own connections and
     * JDBC transactions, its own process key): all sides write into the same tables, of the same sizes, through the
     * same page cache. In a database of its own, half the size (the application's holds the rows of two sides) and
     * without the domain's tables, the bare engine's statements and commits were cheaper for reasons that are not
     * PEPITES' work (docs/performance.md, session 8).
     */
    private static final String DATABASE_URL = "jdbc:h2:file:./target/benchmark/pepites" + H2_SETTINGS;

    /** The referral BPMN's process key on the bare engine (the application's own is {@link ReferralProcess#KEY}). */
    private static final String BARE_KEY = "referral_standalone";
    private static final String BARE_PARCOURS_KEY = "parcours_standalone";

    @Test
    void run() throws IOException {
        // Each side gets the same warm-up and lifecycle count, in interleaved blocks so that the machine's drifts
        // and the JIT's warming reach all sides alike; figures go to target/benchmark.
        deleteDirectory(Path.of("target/benchmark"));
        List<String> report = new ArrayList<>();
        report.add(BenchmarkReport.machine("; H2 file mode (" + H2_SETTINGS.substring(1)
                + "), history full; " + LIFECYCLES + " lifecycles per side after " + WARM_UP
                + " warm-up ones, in blocks of " + BLOCK + " taking turns."));
        CountingMailSender mails = new CountingMailSender();
        ProcessEngine bareEngine = null;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PepitesApplication.class)
                .profiles("benchmark").properties("server.port=0")
                .initializers(context -> context.getBeanFactory().registerSingleton("mailSender", mails))
                .run("--spring.datasource.url=" + DATABASE_URL)) {
            report.add(openReferrals(app));
            // Built once the application has created the schema: the bare engine works in the same database.
            bareEngine = bareEngine();
            StepTimes bareSteps = new StepTimes();
            StepTimes springSteps = new StepTimes();
            StepTimes domainSteps = new StepTimes();
            ManagementService appManagement = app.getBean(ManagementService.class);
            List<Side> sides = List.of(
                    new Side(engineLifecycle(bareEngine, BARE_KEY, BARE_PARCOURS_KEY, bareSteps),
                            bareEngine.getManagementService()),
                    new Side(springManagedLifecycle(app, springSteps), appManagement),
                    new Side(domainLifecycle(app, domainSteps), appManagement));
            long[] before = domainRows(app, mails);
            Turns turns = timeInTurns(sides);
            double[] ms = turns.meanMs();
            double bare = ms[0];
            double springBare = ms[1];
            double domain = ms[2];
            report.add(String.format("Bare engine (same BPMN, no domain): %.2f ms per lifecycle, %.1f lifecycles/s",
                    bare, 1000 / bare));
            report.add(bareSteps.toString());
            report.add(String.format("Same BPMN on the application's own engine (Spring/JPA transactions), no domain:"
                    + " %.2f ms per lifecycle, %.1f lifecycles/s", springBare, 1000 / springBare));
            report.add(springSteps.toString());
            report.add(String.format("PEPITES (services + domain rows): %.2f ms per lifecycle, %.1f lifecycles/s",
                    domain, 1000 / domain));
            report.add(domainSteps.toString());
            report.add(String.format("Ratio PEPITES / bare engine: %.2f (regression guard <= 1.5)", domain / bare));
            report.add("  per turn of " + BLOCK + " lifecycles (PEPITES' block over the bare engine's of the same "
                    + "turn): " + turns.spread());
            report.add("  turn by turn: " + turns.inOrder());
            report.add(String.format("Ratio PEPITES / application's engine without domain: %.2f", domain / springBare));
            double[] mailMs = turns.emailStepsMs();
            report.add(String.format("E-mail steps (to the SIAE, to the adviser; run after each block as the job executor "
                    + "would, not in the figures above): bare engine %.2f ms per lifecycle, application's engine %.2f ms, "
                    + "PEPITES %.2f ms (composing the e-mails; a stand-in sender counts them)",
                    mailMs[0], mailMs[1], mailMs[2]));
            report.add(String.format("Lifecycle with its e-mail steps: bare engine %.2f ms, PEPITES %.2f ms; ratio %.2f",
                    bare + mailMs[0], domain + mailMs[2], (domain + mailMs[2]) / (bare + mailMs[0])));
            double[] cpu = turns.cpuMs();
            report.add(String.format("CPU time of the benchmark's thread per lifecycle (its own time on a core: without the "
                    + "database's and the collector's background threads, nor time spent waiting): bare engine %.2f ms, "
                    + "application's engine %.2f ms, PEPITES %.2f ms; ratio PEPITES / bare engine %.2f",
                    cpu[0], cpu[1], cpu[2], cpu[2] / cpu[0]));
            report.add(checkDomainSide(app, before, mails));
            report.addAll(firstPages(app));
        } finally {
            if (bareEngine != null) {
                bareEngine.close();
            }
        }
        BenchmarkReport.publish("Referral benchmark", "referral-benchmark.txt", report);
    }

    /**
     * The referral BPMN, under its own key, on a bare engine in the application's database: the glue is a stand-in
     * that only sets the candidate groups.
     */
    private static ProcessEngine bareEngine() throws IOException {
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare");
        config.setJdbcUrl(DATABASE_URL);
        config.setJdbcUsername("sa");
        config.setJdbcPassword("");
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setHistoryTimeToLive("P730D");
        config.setJobExecutorActivate(false);
        // The stand-in glue is a bean of this engine alone. (Registered with Camunda's Mocks instead, it was found by
        // every engine of the thread, the application's too, which then ran the stand-in instead of the real glue.)
        config.setBeans(Map.of("referralProcess", new BareGlue(), "parcoursProcess", new BareParcoursGlue()));
        ProcessEngine engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addString("referral-standalone.bpmn", renamed(BARE_KEY, "referralProcess"))
                .addString("parcours-standalone.bpmn", renamedParcours(BARE_PARCOURS_KEY, "parcoursProcess")).deploy();
        return engine;
    }

    /** The referral BPMN under another process key, its expressions calling the glue under another name. */
    private static String renamed(String processKey, String glue) throws IOException {
        return renamed("referral", "referralProcess", processKey, glue);
    }

    /**
     * The parcours BPMN under another key and glue: an accepted referral to an insertion job starts the person's
     * parcours, on every side alike.
     */
    private static String renamedParcours(String processKey, String glue) throws IOException {
        return renamed(ParcoursProcess.KEY, "parcoursProcess", processKey, glue);
    }

    private static String renamed(String file, String glueOfFile, String processKey, String glue) throws IOException {
        String resource = file.equals("referral") ? "/bpmn/referral.bpmn" : "/bpmn/parcours-transition.bpmn";
        try (var bpmn = ReferralBenchmark.class.getResourceAsStream(resource)) {
            return new String(bpmn.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace(glueOfFile + ".", glue + ".")
                    .replace("id=\"" + file + "\"", "id=\"" + processKey + "\"")
                    .replace("bpmnElement=\"" + file + "\"", "bpmnElement=\"" + processKey + "\"");
        }
    }

    /** The variables the parcours process starts with: its timers from the planned end, its candidate groups. */
    private static Map<String, Object> parcoursVariables(LocalDate plannedEnd) {
        Map<String, Object> variables = new HashMap<>(ParcoursDates.timers(plannedEnd));
        variables.put(ParcoursProcess.VAR_PARCOURS_ID, 1L);
        variables.put(ParcoursProcess.VAR_STAFF_GROUP, "SIAE_STAFF-org-2");
        variables.put(ParcoursProcess.VAR_DIRECTOR_GROUP, "SIAE_DIRECTOR-org-2");
        return variables;
    }

    /**
     * Start, PROCESS, ACCEPT on an engine with no domain, each task found by its process instance; the acceptance starts
     * the parcours process, as PEPITES' does.
     */
    private static Supplier<String> engineLifecycle(ProcessEngine engine, String processKey, String parcoursKey,
            StepTimes times) {
        TaskService tasks = engine.getTaskService();
        return () -> {
            long t0 = System.nanoTime();
            Map<String, Object> variables = new HashMap<>();
            variables.put("referralId", 1L);
            variables.put("vacancyId", 1L);
            ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(processKey, variables);
            long t1 = System.nanoTime();
            String task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
            long t2 = System.nanoTime();
            tasks.complete(task, Map.of("decision", "PROCESS"));
            long t3 = System.nanoTime();
            String task2 = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
            long t4 = System.nanoTime();
            tasks.complete(task2, Map.of("decision", "ACCEPT"));
            engine.getRuntimeService().startProcessInstanceByKey(parcoursKey,
                    parcoursVariables(LocalDate.now().plusDays(7).plusMonths(12)));
            times.add(t0, t1, t2, t3, t4, System.nanoTime());
            return pi.getId();
        };
    }

    /**
     * One side: its lifecycle (submit → send → process → accept, returning the process instance) and its engine, whose
     * e-mail steps the benchmark runs after each block.
     */
    private record Side(Supplier<String> lifecycle, ManagementService management) {

        /**
         * The e-mail steps (to the SIAE, to the adviser) of these lifecycles, run as the job executor would run them
         * seconds later; each process instance ends with its last. The job executor itself is off in the benchmark:
         * it would compete for the cores. Left due, the e-mail steps would keep every process instance alive, which
         * production does not.
         */
        void runEmailSteps(List<String> processInstances) {
            for (String instance : processInstances) {
                for (Job job : management.createJobQuery().processInstanceId(instance).messages().list()) {
                    management.executeJob(job.getId());
                }
            }
        }
    }

    /**
     * The application's mail sender in the benchmark: counts the e-mails instead of talking to an SMTP server, whose
     * exchange is not PEPITES' cost (composing the e-mails, reading the referral and the addresses, is measured).
     */
    private static final class CountingMailSender extends JavaMailSenderImpl {
        private final AtomicLong sent = new AtomicLong();

        /** Where every send ends, simple or MIME messages (the e-mail steps send MIME ones, with a Message-ID). */
        @Override
        protected void doSend(jakarta.mail.internet.MimeMessage[] messages, Object[] originals) {
            sent.addAndGet(messages.length);
        }
    }

    /** Where a side's lifecycles spend their time, step by step, summed over every lifecycle run. */
    private static final class StepTimes {
        private final long[] nanos = new long[5];
        private long runs;

        void add(long... instants) {
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] += instants[i + 1] - instants[i];
            }
            runs++;
        }

        @Override
        public String toString() {
            return String.format("  of which: submit (start) %.2f ms, task look-up %.2f ms, take in charge %.2f ms, "
                    + "task look-up %.2f ms, accept %.2f ms (means over warm-up and measured lifecycles)",
                    nanos[0] / 1e6 / runs, nanos[1] / 1e6 / runs, nanos[2] / 1e6 / runs, nanos[3] / 1e6 / runs,
                    nanos[4] / 1e6 / runs);
        }
    }

    /** Stand-in for the parcours's glue on the bare engines: the parcours starts, nothing else runs. */
    public static class BareParcoursGlue {
        public void enter(DelegateExecution execution, String status) {
            // the domain's status, which the bare engine has not
        }

        public void remindSiae(DelegateExecution execution) {
            // no timer fires during the benchmark
        }

        public void alertDirector(DelegateExecution execution) {
            // no timer fires during the benchmark
        }

        public void notifyCep(DelegateExecution execution) {
            // no hand-back during the benchmark
        }
    }

    /** Stand-in for the domain glue on the bare engine. */
    public static class BareGlue {
        public void enter(DelegateExecution execution, String status) {
            if (status.equals("SUBMITTED")) {
                execution.setVariable("adviserGroup", "CEP_ADVISER-org-1");
            } else if (status.equals("SENT")) {
                execution.setVariable("siaeGroup", "org-2");
            }
        }

        public void remindSiae(DelegateExecution execution, int days) {
            // no reminder fires during the benchmark
        }

        public void notifySiae(DelegateExecution execution) {
            // e-mail steps stay due during the benchmark, on every side
        }

        public void notifyAdviser(DelegateExecution execution, String answer) {
            // e-mail steps stay due during the benchmark, on every side
        }
    }

    /**
     * The referral BPMN, renamed and with a stand-in glue, on the application's engine: what the engine costs once
     * it shares the application's Spring/JPA transactions, without any domain work.
     */
    private Supplier<String> springManagedLifecycle(ConfigurableApplicationContext app, StepTimes times)
            throws IOException {
        String bpmn = renamed("referral_bare", "bareReferralGlue");
        app.getBeanFactory().registerSingleton("bareReferralGlue", new BareGlue());
        app.getBeanFactory().registerSingleton("bareParcoursGlue", new BareParcoursGlue());
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        engine.getRepositoryService().createDeployment().addString("referral-bare.bpmn", bpmn)
                .addString("parcours-bare.bpmn", renamedParcours("parcours_bare", "bareParcoursGlue")).deploy();
        return engineLifecycle(engine, "referral_bare", "parcours_bare", times);
    }

    private Supplier<String> domainLifecycle(ConfigurableApplicationContext app, StepTimes times) {
        ReferralService referrals = app.getBean(ReferralService.class);
        UserDetailsService users = app.getBean(UserDetailsService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        // The version a form would have shown, read as cheaply as the bare engine reads nothing; in a transaction,
        // as every read of the application: a JDBC read outside one leaves the connection to the pool "dirty", the
        // pool rolls it back, and a rollback empties H2's cache of parsed statements.
        TransactionTemplate readOnly = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        java.util.function.LongUnaryOperator version = id -> readOnly.execute(status -> jdbc.queryForObject(
                "select version from referral where id = ?", Long.class, id));
        login(users, "coordination@pepites.demo");
        Vacancy vacancy = atelierVelo(app);
        // The driver does what the bare engine's does: switch user, find the task by its process instance.
        SecurityContext adviser = contextOf(users, "conseiller@pepites.demo");
        SecurityContext director = contextOf(users, "direction@pepites.demo");
        TaskService tasks = app.getBean(TaskService.class);
        int[] sequence = {0};
        return () -> {
            long t0 = System.nanoTime();
            SecurityContextHolder.setContext(adviser);
            Referral referral = referrals.submit(null, referral(++sequence[0], vacancy.getId()));
            long t1 = System.nanoTime();
            SecurityContextHolder.setContext(director);
            String instance = referral.getProcessInstanceId();
            long id = referral.getId();
            String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
            long v = version.applyAsLong(id);
            long t2 = System.nanoTime();
            referrals.takeInCharge(task, id, v);
            long t3 = System.nanoTime();
            String task2 = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
            long v2 = version.applyAsLong(id);
            long t4 = System.nanoTime();
            referrals.accept(task2, id, v2, LocalDate.now().plusDays(7),
                    fr.pepites.referral.ReferralFixtures.cddi(LocalDate.now().plusDays(7)));
            times.add(t0, t1, t2, t3, t4, System.nanoTime());
            return instance;
        };
    }

    /**
     * What the PEPITES side left behind, checked so that its figures are those of the real work: each lifecycle's
     * referral accepted through the process (its status follows the process), with its four timeline events (submitted,
     * sent, taken in charge, accepted), two e-mails sent (to the SIAE, to the adviser) and its process ended.
     */
    private static String checkDomainSide(ConfigurableApplicationContext app, long[] before, CountingMailSender sender) {
        long[] after = domainRows(app, sender);
        long runs = WARM_UP + LIFECYCLES;
        long accepted = after[0] - before[0];
        long events = after[1] - before[1];
        long mails = after[3] - before[3];
        long running = after[2] - before[2];
        long parcours = after[4] - before[4];
        String line = String.format("PEPITES side: %d referrals accepted, %d timeline events, %d e-mails sent, %d "
                + "referral process instances left running and %d parcours started by %d lifecycles", accepted, events,
                mails, running, parcours, runs);
        if (accepted != runs || events != 4 * runs || mails != 2 * runs || running != 0 || parcours != runs) {
            throw new IllegalStateException("The PEPITES side did not do the real work. " + line);
        }
        return line;
    }

    /** Accepted referrals, timeline events, running referral processes (not the engine-only side's), e-mails sent. */
    private static long[] domainRows(ConfigurableApplicationContext app, CountingMailSender sender) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        return new long[] {
            jdbc.queryForObject("select count(*) from referral where status = 'ACCEPTED'", Long.class),
            jdbc.queryForObject("select count(*) from referral_event", Long.class),
            jdbc.queryForObject("select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                    + " where e.parent_id_ is null and d.key_ = ?", Long.class, ReferralProcess.KEY),
            sender.sent.get(),
            jdbc.queryForObject("select count(*) from parcours", Long.class)};
    }

    /**
     * The state every side works in, as in production, where open referrals are always many: {@value #OPEN}
     * referrals left at "sent" through the real process (open tasks in the SIAE's inbox, their timers and variables
     * in the engine's tables), their e-mail steps run. Then H2's statistics are computed afresh and the application's
     * connections replaced: H2 plans a statement once per connection, when the connection first runs it, from the
     * tables of that moment. Planned on the nearly empty tables of a new database, a statement can keep a plan that
     * reads a whole table (the engine's read of an execution's variables went through the index of the variables
     * without a task, i.e. all of them), and which side got which plan depended on the order they first ran in
     * (docs/performance.md, session 8).
     */
    private static String openReferrals(ConfigurableApplicationContext app) {
        UserDetailsService users = app.getBean(UserDetailsService.class);
        ReferralService referrals = app.getBean(ReferralService.class);
        ManagementService management = app.getBean(ManagementService.class);
        login(users, "coordination@pepites.demo");
        Vacancy vacancy = atelierVelo(app);
        login(users, "conseiller@pepites.demo");
        for (int i = 0; i < OPEN; i++) {
            referrals.submit(null, referral(1_000_000 + i, vacancy.getId()));
        }
        for (Job job : management.createJobQuery().messages().list()) {
            management.executeJob(job.getId());
        }
        app.getBean(JdbcTemplate.class).execute("ANALYZE");
        app.getBean(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        return String.format("Before the lifecycles: %d open referrals sent to the SIAE through the process (its inbox),"
                + " their e-mail steps run; H2's statistics computed (ANALYZE) and the application's connections "
                + "replaced, so that every side plans its statements on these tables", OPEN);
    }

    private static Vacancy atelierVelo(ConfigurableApplicationContext app) {
        return app.getBean(VacancyService.class).search(new VacancyFilter("Atelier Vélo", true,
                VacancyKind.INSERTION), PageRequest.of(0, 1)).getContent().get(0);
    }

    private List<String> firstPages(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ReferralService referrals = app.getBean(ReferralService.class);
        WorkflowService workflow = app.getBean(WorkflowService.class);
        UserDetailsService users = app.getBean(UserDetailsService.class);
        long stored = jdbc.queryForObject("select count(*) from referral", Long.class);
        int toAdd = (int) Math.max(0, STORED - stored);
        long start = System.nanoTime();
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> storeReferrals(jdbc, toAdd));
        login(users, "coordination@pepites.demo");
        Vacancy vacancy = atelierVelo(app);
        long total = jdbc.queryForObject("select count(*) from referral", Long.class);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Stored referrals: %d (%d bulk-inserted in %d s), %d open tasks in the SIAE's inbox",
                total, toAdd, (System.nanoTime() - start) / 1_000_000_000, OPEN));
        PageRequest firstPage = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "statusChangedAt"));
        // Between two requests the database changes, as it does while others work: otherwise H2 hands back the
        // previous result of the same statement without running it.
        int[] sequence = {2_000_000};
        Runnable meanwhile = () -> {
            login(users, "conseiller@pepites.demo");
            referrals.submit(null, referral(++sequence[0], vacancy.getId()));
        };
        Supplier<Object> inbox = () -> {
            login(users, "direction@pepites.demo");
            return workflow.inbox(InboxFilter.all(), 0, 50).size() + workflow.countInbox(InboxFilter.all());
        };
        String adviser = "conseiller@pepites.demo";
        lines.add(page("First page of \"my referrals\" (adviser, 50 rows + count; target < 300 ms)", meanwhile,
                referralsPage(users, referrals, adviser, ReferralFilter.all(), firstPage)));
        lines.add(page("First page of \"my referrals\" to one SIAE (adviser, filter by SIAE, 50 rows + count)",
                meanwhile, referralsPage(users, referrals, adviser,
                        new ReferralFilter(null, null, false, vacancy.getSiae().getId()), firstPage)));
        String number = "ori-" + jdbc.queryForObject("select max(id) from referral", Long.class);
        lines.add(page("\"My referrals\" searched by a number (adviser, \"" + number + "\")", meanwhile,
                referralsPage(users, referrals, adviser, new ReferralFilter(number, null, false), firstPage)));
        lines.add(page("First page of the SIAE's referrals (director, 50 rows + count; target < 300 ms)", meanwhile,
                referralsPage(users, referrals, "direction@pepites.demo", ReferralFilter.all(), firstPage)));
        lines.add(page("First page of all referrals (coordinator, 50 rows + count)", meanwhile,
                referralsPage(users, referrals, "coordination@pepites.demo", ReferralFilter.all(), firstPage)));
        lines.add(page("First page of the SIAE's inbox (director, 50 tasks + count; target < 300 ms)", meanwhile,
                inbox));
        return lines;
    }

    /** A list of referrals as a user opens it: its first page, and the count that sizes the list. */
    private static Supplier<Object> referralsPage(UserDetailsService users, ReferralService referrals, String email,
            ReferralFilter filter, PageRequest firstPage) {
        return () -> {
            login(users, email);
            return referrals.search(filter, firstPage).size() + referrals.count(filter);
        };
    }

    /** Bulk rows as years of use would leave them: one person each, all statuses, the demo SIAE and operator. */
    private static void storeReferrals(JdbcTemplate jdbc, int count) {
        long cep = jdbc.queryForObject("select id from organisation where name = 'Avenir Actifs Nouvelle-Aquitaine'",
                Long.class);
        long adviser = jdbc.queryForObject("select id from user_account where email = 'conseiller@pepites.demo'",
                Long.class);
        List<Long> siaes = jdbc.queryForList("select id from organisation where kind = 'SIAE'", Long.class);
        String[] statuses = Arrays.stream(fr.pepites.referral.ReferralStatus.values()).map(Enum::name)
                .filter(s -> !s.equals("DRAFT")).toArray(String[]::new);
        long personBase = reserveIds(jdbc, "person", count);
        long referralBase = reserveIds(jdbc, "referral", count);
        int batch = 5_000;
        for (int from = 0; from < count; from += batch) {
            List<Object[]> persons = new ArrayList<>();
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + batch); i++) {
                long personId = personBase + i;
                Timestamp at = Timestamp.from(Instant.now().minusSeconds(60L * i));
                persons.add(new Object[] {personId, "Prénom" + i, "Nom" + i, "nom" + i + " prenom" + i,
                        java.sql.Date.valueOf(LocalDate.of(1970 + i % 35, 1 + i % 12, 1 + i % 28)), "33063", cep,
                        at});
                rows.add(new Object[] {referralBase + i, personId, cep, adviser, "33063", 30, false,
                        java.sql.Date.valueOf(LocalDate.now()), true, at, "INSERTION_JOB", "NONE",
                        siaes.get(i % siaes.size()), statuses[i % statuses.length], at, at, at});
            }
            jdbc.batchUpdate("insert into person (id, first_name, last_name, search_name, birth_date, commune_code, "
                    + "organisation_id, version, created_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?)", persons);
            jdbc.batchUpdate("insert into referral (id, person_id, cep_operator_id, adviser_id, commune_code, "
                    + "mobility_radius_km, has_vehicle, available_from, consent_to_share, consent_recorded_at, goal, "
                    + "training_route, siae_id, status, created_at, status_changed_at, sent_at, version) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
        }
    }

    /**
     * The first of {@code count} ids of the table that the application will never hand out: the sequence's next
     * value is above every id already handed out (blocks of 50), and it then restarts after the reserved ones.
     */
    static long reserveIds(JdbcTemplate jdbc, String table, int count) {
        long first = jdbc.queryForObject("select next value for " + table + "_seq", Long.class);
        jdbc.execute("alter sequence " + table + "_seq restart with " + (first + count));
        return first;
    }

    /** Median and worst time of a page over 21 requests, each after a change of the database by {@code meanwhile}. */
    static String page(String what, Runnable meanwhile, Supplier<Object> fetch) {
        fetch.get();
        long[] samples = new long[21];
        for (int i = 0; i < samples.length; i++) {
            meanwhile.run();
            long start = System.nanoTime();
            fetch.get();
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        return String.format("%s: median %.1f ms, max %.1f ms over %d requests", what,
                samples[samples.length / 2] / 1e6, samples[samples.length - 1] / 1e6, samples.length);
    }

    /**
     * Milliseconds per lifecycle of each side: a warm-up of each, then blocks of {@link #BLOCK} lifecycles of each
     * side in turn until each has run {@link #LIFECYCLES}; for each turn, the last side's time over the first's; and
     * the CPU time of the benchmark's thread per lifecycle of each side.
     */
    private record Turns(double[] meanMs, double[] lastOverFirst, double[] cpuMs, double[] emailStepsMs) {

        /** Median, quartiles and extremes of the per-turn ratios. */
        String spread() {
            double[] r = lastOverFirst.clone();
            Arrays.sort(r);
            return String.format("median %.2f, quartiles %.2f–%.2f, min %.2f, max %.2f over %d turns",
                    r[r.length / 2], r[r.length / 4], r[(3 * r.length) / 4], r[0], r[r.length - 1], r.length);
        }

        /** The per-turn ratios in the order of the turns, to see whether they drift as the run goes on. */
        String inOrder() {
            return Arrays.stream(lastOverFirst).mapToObj(r -> String.format("%.2f", r))
                    .collect(java.util.stream.Collectors.joining(" "));
        }
    }

    private static Turns timeInTurns(List<Side> sides) {
        for (Side side : sides) {
            side.runEmailSteps(run(side, WARM_UP));
        }
        long[] nanos = new long[sides.size()];
        long[] cpuNanos = new long[sides.size()];
        long[] mailNanos = new long[sides.size()];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        for (int done = 0; done < LIFECYCLES; done += BLOCK) {
            int block = Math.min(BLOCK, LIFECYCLES - done);
            long[] turn = new long[sides.size()];
            for (int s = 0; s < sides.size(); s++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                List<String> instances = run(sides.get(s), block);
                turn[s] = System.nanoTime() - start;
                nanos[s] += turn[s];
                cpuNanos[s] += threads.getCurrentThreadCpuTime() - cpuStart;
                long mailStart = System.nanoTime();
                sides.get(s).runEmailSteps(instances);
                mailNanos[s] += System.nanoTime() - mailStart;
            }
            ratios.add((double) turn[sides.size() - 1] / turn[0]);
        }
        return new Turns(perLifecycleMs(nanos), ratios.stream().mapToDouble(Double::doubleValue).toArray(),
                perLifecycleMs(cpuNanos), perLifecycleMs(mailNanos));
    }

    /** Runs this many lifecycles of a side; returns their process instances. */
    private static List<String> run(Side side, int lifecycles) {
        List<String> instances = new ArrayList<>(lifecycles);
        for (int i = 0; i < lifecycles; i++) {
            instances.add(side.lifecycle().get());
        }
        return instances;
    }

    /** Each side's total nanoseconds as milliseconds per measured lifecycle. */
    private static double[] perLifecycleMs(long[] nanos) {
        return Arrays.stream(nanos).mapToDouble(n -> n / 1e6 / LIFECYCLES).toArray();
    }

    /** A valid referral of a new person; each benchmark referral has its own person, as in real use. */
    private static ReferralData referral(int n, long vacancyId) {
        ReferralData data = ReferralFixtures.validReferral("Personne" + n, vacancyId);
        data.getNewPerson().setBirthDate(LocalDate.of(1980 + n % 30, 1 + n % 12, 1 + n % 28));
        return data;
    }

    private static void login(UserDetailsService users, String email) {
        SecurityContextHolder.setContext(contextOf(users, email));
    }

    static SecurityContext contextOf(UserDetailsService users, String email) {
        UserDetails details = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
        return context;
    }

    private static void deleteDirectory(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
