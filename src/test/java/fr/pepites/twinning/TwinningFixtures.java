package fr.pepites.twinning;

import fr.pepites.TestUsers;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.WorkflowService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Offers, requests and tasks of the demo's SIAE (Atelier Vélo Solidaire) and tiers-lieu (Fablab des Chartrons). */
@Component
public class TwinningFixtures {

    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final TestUsers users;
    private final TwinningService twinnings;
    private final TwinningOffers offers;
    private final WorkflowService workflow;
    private final ManagementService management;
    private final RuntimeService runtime;

    TwinningFixtures(TestUsers users, TwinningService twinnings, TwinningOffers offers, WorkflowService workflow,
            ManagementService management, RuntimeService runtime) {
        this.users = users;
        this.twinnings = twinnings;
        this.offers = offers;
        this.workflow = workflow;
        this.management = management;
        this.runtime = runtime;
    }

    /** Fires one of the twinning's timers now, as the job executor would on its date. */
    public void fire(Twinning t, String timerId) {
        management.executeJob(management.createJobQuery().processInstanceId(processOf(t)).activityId(timerId)
                .singleResult().getId());
    }

    /** Runs the twinning's e-mail steps waiting (the job executor is off in tests). */
    public void sendMails(Twinning t) {
        management.createJobQuery().processInstanceId(processOf(t)).messages().list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private String processOf(Twinning t) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(t.businessKey()).singleResult().getId();
    }

    /** The demo tiers-lieu's offer: reuse and woodwork, 8 seats, Monday to Friday. */
    public Offer offerAtChartrons() {
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        long version = offers.myOffer().map(Offer::getVersion).orElse(0L);
        return offers.saveOffer(version, new OfferData(Set.of("REEMPLOI", "MENUISERIE"), "Scie à format, ponceuses",
                8, 5, WEEKDAYS, List.of()));
    }

    /** A valid request of the demo SIAE: its two staff members, reuse, consecutive days, from {@code from}. */
    public TwinningData request(LocalDate from) {
        users.login(TestUsers.SIAE_DIRECTOR);
        List<Long> staff = twinnings.candidatesOfMySiae().staff().stream().map(a -> a.getId()).toList();
        return new TwinningData(Set.of("REEMPLOI"), List.of(), staff, from, from.plusWeeks(6),
                Rhythm.CONSECUTIVE_DAYS, Set.of(), 200, "Découvrir le démontage");
    }

    /** A request submitted by the demo SIAE's director. */
    public Twinning submitted(LocalDate from) {
        TwinningData data = request(from);
        Twinning t = twinnings.createDraft(data);
        twinnings.submit(t.getId(), t.getVersion());
        return t;
    }

    /** The coordinator accepts the demo tiers-lieu for the request, from this start. */
    public void matchAtChartrons(Twinning t, LocalDate start) {
        users.login(TestUsers.COORDINATOR);
        TwinningPlan plan = twinnings.buildPlan();
        Placement p = plan.placement(t.businessKey());
        p.setHost(plan.getHosts().stream().filter(h -> h.name().equals("Fablab des Chartrons")).findFirst()
                .orElseThrow());
        p.setStart(start);
        twinnings.acceptProposal(p).ifPresent(why -> {
            throw new AssertionError(why);
        });
    }

    /** The acting user's task at this step of the twinning. */
    public InboxTask taskOf(Twinning t, String key) {
        return tasksOf(t, key).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No task " + key + " on " + t.businessKey()));
    }

    public List<InboxTask> tasksOf(Twinning t, String key) {
        return workflow.inbox(InboxFilter.ofFile(t.businessKey()), 0, 50).stream()
                .filter(task -> task.taskDefinitionKey().equals(key)).toList();
    }

    /** Moves the engine's clock (the twinnings' today) to noon that day. */
    public static void clockAt(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toInstant()));
    }
}
