package fr.pepites.demo;

import fr.pepites.directory.Organisation;
import fr.pepites.twinning.Closure;
import fr.pepites.twinning.OfferData;
import fr.pepites.twinning.Rhythm;
import fr.pepites.twinning.Twinning;
import fr.pepites.twinning.TwinningData;
import fr.pepites.twinning.TwinningOffers;
import fr.pepites.twinning.TwinningService;
import fr.pepites.twinning.process.TwinningProcess;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.WorkflowService;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The demo's twinnings: the offers of the four tiers-lieux, and the demo SIAE's requests at every stage (a draft, two
 * waiting for a match with another SIAE's, one to approve, one scheduled, one being evaluated, one closed with its
 * badge earners, one cancelled). The past ones are played on the engine's clock moved back to their days, then set
 * right again: a demo-only shortcut, as the parcours' fired timers.
 */
@Component
class DemoTwinnings {

    private static final Set<DayOfWeek> TUESDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);

    private final TwinningService twinnings;
    private final TwinningOffers offers;
    private final WorkflowService workflow;
    private final EntityManager entityManager;

    DemoTwinnings(TwinningService twinnings, TwinningOffers offers, WorkflowService workflow,
            EntityManager entityManager) {
        this.twinnings = twinnings;
        this.offers = offers;
        this.workflow = workflow;
        this.entityManager = entityManager;
    }

    /**
     * The demo tiers-lieu's closure: two weeks starting on the first of the month four months ahead, whatever the day
     * the demo starts (a fixed summer closure was already past for half the year), after the demo's twinnings.
     */
    static Closure upcomingClosure(LocalDate today) {
        LocalDate from = today.plusMonths(4).withDayOfMonth(1);
        return new Closure(from, from.plusDays(13), "Congés de l'équipe");
    }

    /** {@code as} logs in the demo account of that e-mail. Returns how many twinnings it made. */
    int load(Consumer<String> as, Map<String, Organisation> organisations) {
        LocalDate today = LocalDate.now();
        as.accept("tierslieu@pepites.demo");
        offers.saveOffer(0, new OfferData(Set.of("REEMPLOI", "MENUISERIE", "FABRICATION_NUMERIQUE",
                "REPARATION"), "Découpeuse laser, deux imprimantes 3D, scie à format, établis", 10, 4,
                TUESDAY_TO_FRIDAY, List.of(upcomingClosure(today))));
        as.accept("fabrique@pepites.demo");
        offers.saveOffer(0, new OfferData(Set.of("COUTURE_SURCYCLAGE", "TRI_TEXTILE", "REEMPLOI"),
                "Six machines à coudre, surjeteuse, table de coupe", 8, 4, EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.THURSDAY), List.of()));
        as.accept("marsan@pepites.demo");
        offers.saveOffer(0, new OfferData(Set.of("ESPACES_VERTS", "PETIT_ELECTROMENAGER", "REPARATION"),
                "Atelier de petite mécanique, bancs de test électrique", 6, 2, EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), List.of()));
        as.accept("poitiers@pepites.demo");
        offers.saveOffer(0, new OfferData(Set.of("NUMERIQUE_BASE", "FABRICATION_NUMERIQUE", "MENUISERIE"),
                "Salle de douze postes, imprimante 3D, petit outillage bois", 12, 3, TUESDAY_TO_FRIDAY,
                List.of()));

        long chartrons = organisations.get("chartrons").getId();
        long fabrique = organisations.get("fabriquelimousine").getId();
        LocalDate soon = today.plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

        as.accept("direction@pepites.demo");
        twinnings.createDraft(request(Set.of("REPARATION"), today.plusWeeks(6), Rhythm.WEEKLY, 80,
                "Brouillon : à compléter avec l'équipe."));
        twinnings.submitNew(request(Set.of("REEMPLOI", "MENUISERIE"), today.plusWeeks(2), Rhythm.CONSECUTIVE_DAYS,
                60, "Construire des présentoirs en bois de réemploi."));
        as.accept("direction.recyclerie@pepites.demo");
        twinnings.submitNew(request(Set.of("REPARATION"), today.plusWeeks(2), Rhythm.WEEKLY, 250,
                "Réparer le petit électroménager collecté."));

        as.accept("direction@pepites.demo");
        Twinning toApprove = twinnings.submitNew(request(Set.of("FABRICATION_NUMERIQUE"), soon,
                Rhythm.CONSECUTIVE_DAYS, 30, "Découvrir la découpe laser pour les pièces de vélo."));
        as.accept("coordination@pepites.demo");
        twinnings.placeByHand(toApprove.getId(), chartrons, soon);

        as.accept("direction@pepites.demo");
        Twinning scheduled = twinnings.submitNew(request(Set.of("COUTURE_SURCYCLAGE"), soon.plusWeeks(2),
                Rhythm.CONSECUTIVE_DAYS, 300, "Sacoches de vélo en chambres à air."));
        as.accept("coordination@pepites.demo");
        twinnings.placeByHand(scheduled.getId(), fabrique, soon.plusWeeks(2).with(DayOfWeek.MONDAY).plusWeeks(1));
        approveAndConfirm(as, scheduled, "fabrique@pepites.demo");

        past(as, today.minusDays(10), chartrons, "REEMPLOI", false);
        past(as, today.minusDays(90), chartrons, "MENUISERIE", true);

        as.accept("direction@pepites.demo");
        Twinning cancelled = twinnings.submitNew(request(Set.of("REEMPLOI"), today.plusWeeks(4), Rhythm.WEEKLY, 40,
                null));
        twinnings.cancel(cancelled.getId(), version(cancelled), "L'équipe est mobilisée sur un chantier ce mois-là.");
        return 9;
    }

    /**
     * A twinning whose four days began {@code startedOn}, played on the engine's clock: attended (the last
     * participant only the first day), evaluated by the tiers-lieu, and by the SIAE too when {@code close}.
     */
    private void past(Consumer<String> as, LocalDate startedOn, long tiersLieu, String theme, boolean close) {
        LocalDate start = startedOn.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        try {
            clockAt(start.minusDays(14));
            as.accept("direction@pepites.demo");
            Twinning t = twinnings.submitNew(request(Set.of(theme), start.minusDays(7), Rhythm.CONSECUTIVE_DAYS, 30,
                    null));
            as.accept("coordination@pepites.demo");
            twinnings.placeByHand(t.getId(), tiersLieu, start);
            approveAndConfirm(as, t, "tierslieu@pepites.demo");
            for (InboxTask task : tasks(t, TwinningProcess.TASK_ATTENDANCE)) {
                int day = twinnings.dayOfTask(task);
                clockAt(reload(t).getDates().get(day));
                int n = t.getParticipants().size();
                List<Boolean> present = java.util.stream.IntStream.range(0, n).mapToObj(i -> i < n - 1 || day == 0)
                        .toList();
                twinnings.recordAttendance(task.id(), t.getId(), version(t), present);
            }
            twinnings.evaluate(tasks(t, TwinningProcess.TASK_EVALUATE_HOST).get(0).id(), t.getId(), version(t), 5,
                    "Une équipe curieuse, qui repart avec des gabarits à refaire chez elle.");
            if (close) {
                as.accept("direction@pepites.demo");
                twinnings.evaluate(tasks(t, TwinningProcess.TASK_EVALUATE_SIAE).get(0).id(), t.getId(), version(t),
                        4, "Très concret ; prévoir plus de temps sur les machines.");
            }
        } finally {
            ClockUtil.reset();
        }
    }

    private void approveAndConfirm(Consumer<String> as, Twinning t, String host) {
        as.accept("direction@pepites.demo");
        twinnings.approve(tasks(t, TwinningProcess.TASK_APPROVE).get(0).id(), t.getId(), version(t));
        as.accept(host);
        twinnings.confirm(tasks(t, TwinningProcess.TASK_CONFIRM).get(0).id(), t.getId(), version(t));
    }

    private TwinningData request(Set<String> themes, LocalDate from, Rhythm rhythm, int km, String note) {
        TwinningService.Candidates candidates = twinnings.candidatesOfMySiae();
        List<Long> staff = candidates.staff().stream().map(a -> a.getId()).toList();
        List<Long> employees = candidates.employees().stream().limit(2).map(p -> p.getId()).toList();
        return new TwinningData(themes, employees, staff.subList(0, Math.min(2, staff.size())), from,
                from.plusWeeks(8), rhythm, Set.of(), km, note);
    }

    private List<InboxTask> tasks(Twinning t, String key) {
        return workflow.inbox(InboxFilter.ofFile(t.businessKey()), 0, 20).stream()
                .filter(task -> task.taskDefinitionKey().equals(key)).toList();
    }

    private Twinning reload(Twinning t) {
        entityManager.flush();
        entityManager.refresh(t);
        return t;
    }

    private long version(Twinning t) {
        return reload(t).getVersion();
    }

    private static void clockAt(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant()));
    }
}
