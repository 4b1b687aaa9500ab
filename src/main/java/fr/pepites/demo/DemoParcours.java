package fr.pepites.demo;

import fr.pepites.common.SearchText;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.PersonData;
import fr.pepites.parcours.ContractKind;
import fr.pepites.parcours.ContractTerms;
import fr.pepites.parcours.ExitCategory;
import fr.pepites.parcours.ExitReason;
import fr.pepites.parcours.Parcours;
import fr.pepites.parcours.ParcoursData;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.parcours.ReviewData;
import fr.pepites.parcours.process.ParcoursProcess;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.WorkflowService;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The demo SIAE's employees at every stage of their parcours: one under contract, one ending within three months with
 * its review open, one handed back to the demo CEP operator and waiting for its adviser, one exited whose six-month
 * follow-up is due. The timers their dates have passed are fired at once (the job executor would, seconds later; the
 * tests run without it), nothing else: a demo-only shortcut.
 */
@Component
class DemoParcours {

    private final ParcoursService parcours;
    private final WorkflowService workflow;
    private final ManagementService management;
    private final EntityManager entityManager;
    private final RuntimeService runtime;

    DemoParcours(ParcoursService parcours, WorkflowService workflow, ManagementService management,
            EntityManager entityManager, RuntimeService runtime) {
        this.runtime = runtime;
        this.entityManager = entityManager;
        this.parcours = parcours;
        this.workflow = workflow;
        this.management = management;
    }

    /** Run as a member of the demo SIAE (Atelier Vélo Solidaire); {@code cep} is the demo CEP operator. */
    int load(Organisation cep) {
        LocalDate today = LocalDate.now();
        start("Blanc", "Sandrine", LocalDate.of(1990, 6, 12), "33318", today.minusMonths(2), today.plusMonths(10),
                "999990000001");

        Parcours review = start("Perrin", "Nicolas", LocalDate.of(1983, 10, 3), "33063", today.minusMonths(10),
                today.plusMonths(2), "999990000002");
        fire(review, "timer_review_due");

        Parcours handBack = start("Morel", "Inès", LocalDate.of(1996, 2, 21), "33281", today.minusMonths(22),
                today.plusWeeks(6), "999990000003");
        fire(handBack, "timer_review_due");
        parcours.completeReview(task(handBack, ParcoursProcess.TASK_REVIEW).id(), handBack.getId(),
                version(handBack), new ReviewData(List.of(new ReviewData.Competence("16507", null,
                "Entretient seule la flotte de vélos de l'atelier depuis un an.")),
                "Mécanicienne cycles dans un magasin de sport", "16507", cep.getId(), true, Set.of()));

        Parcours exited = start("Faure", "Julien", LocalDate.of(1977, 8, 30), "33039", today.minusMonths(20),
                today.minusMonths(6).minusDays(1), "999990000004");
        fire(exited, "timer_review_due");
        parcours.completeReview(task(exited, ParcoursProcess.TASK_REVIEW).id(), exited.getId(), version(exited),
                new ReviewData(List.of(), "Chauffeur-livreur en CDI", null, null, false, Set.of()));
        fire(exited, "timer_planned_end");
        parcours.recordExit(task(exited, ParcoursProcess.TASK_RECORD_EXIT).id(), exited.getId(), version(exited),
                exited.getPlannedEnd(), ExitCategory.DURABLE_JOB, ExitReason.CDI);
        fire(exited, "timer_follow_up_due");
        return 4;
    }

    private Parcours start(String lastName, String firstName, LocalDate birthDate, String commune, LocalDate start,
            LocalDate plannedEnd, String passNumber) {
        PersonData person = new PersonData();
        person.setFirstName(firstName);
        person.setLastName(lastName);
        person.setBirthDate(birthDate);
        person.setCommuneCode(commune);
        person.setEmail(SearchText.normalize(firstName + "." + lastName).replace(' ', '.') + "@exemple.fr");
        return parcours.recordUnderWay(new ParcoursData(null, person, false, "16507", start,
                new ContractTerms(ContractKind.CDDI, plannedEnd, 26, passNumber)));
    }

    /** The version a form would show now: the changes of the last step written first. */
    private long version(Parcours p) {
        entityManager.flush();
        return p.getVersion();
    }

    /** Fires one timer of the parcours whose date has passed, as the job executor would. */
    private void fire(Parcours p, String timerId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(p.businessKey())
                .singleResult().getId();
        management.createJobQuery().processInstanceId(instance).activityId(timerId).list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private InboxTask task(Parcours p, String key) {
        return workflow.inbox(InboxFilter.ofFile(p.businessKey()), 0, 10).stream()
                .filter(t -> t.taskDefinitionKey().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No task " + key + " on " + p.businessKey()));
    }

}
