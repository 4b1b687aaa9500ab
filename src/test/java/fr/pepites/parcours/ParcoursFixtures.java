package fr.pepites.parcours;

import fr.pepites.TestUsers;
import fr.pepites.directory.PersonData;
import fr.pepites.parcours.process.ParcoursProcess;
import fr.pepites.referral.ReferralFixtures;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.WorkflowService;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Building blocks of the parcours tests: a parcours recorded by hand at the demo's SIAE, its timers, its tasks. */
@Component
public class ParcoursFixtures {

    private final TestUsers users;
    private final ParcoursService parcours;
    private final WorkflowService workflow;
    private final ManagementService management;
    private final RuntimeService runtime;

    ParcoursFixtures(TestUsers users, ParcoursService parcours, WorkflowService workflow,
            ManagementService management, RuntimeService runtime) {
        this.runtime = runtime;
        this.users = users;
        this.parcours = parcours;
        this.workflow = workflow;
        this.management = management;
    }

    /** A new person's form, living in Bordeaux. */
    public static PersonData newPerson(String lastName) {
        PersonData person = new PersonData();
        person.setFirstName("Sam");
        person.setLastName(lastName);
        person.setBirthDate(LocalDate.of(1988, 5, 2));
        person.setCommuneCode("33063");
        return person;
    }

    /**
     * A CDDI of a new person at Atelier Vélo Solidaire (job "cycles"), under way since {@code start}, recorded by its
     * director, who stays logged in. Tests of several classes share the context and some of their names: the director
     * confirms it is another person than one of the same name.
     */
    public Parcours startAtVelo(String lastName, LocalDate start, LocalDate plannedEnd) {
        users.login(TestUsers.SIAE_DIRECTOR);
        return parcours.recordUnderWay(new ParcoursData(null, newPerson(lastName), true, "16507", start,
                new ContractTerms(ContractKind.CDDI, plannedEnd, 26, ReferralFixtures.newPassNumber())));
    }

    /** Fires one of the parcours's timers now, as the job executor would on its date. */
    public void fire(Parcours p, String timerId) {
        management.executeJob(timer(p, timerId).getId());
    }

    public Job timer(Parcours p, String timerId) {
        return management.createJobQuery().processInstanceId(processOf(p)).activityId(timerId)
                .singleResult();
    }

    /** Runs the parcours's e-mail steps waiting (the job executor is off in tests). */
    public void sendMails(Parcours p) {
        management.createJobQuery().processInstanceId(processOf(p)).messages().list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    /** The parcours's running process, found by its business key as the service finds it. */
    public String processOf(Parcours p) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(p.businessKey()).singleResult().getId();
    }

    /** The review's task, opened by its timer. */
    public InboxTask openReview(Parcours p) {
        fire(p, "timer_review_due");
        return taskOf(p, ParcoursProcess.TASK_REVIEW);
    }

    /** The acting user's task at this step of the parcours. */
    public InboxTask taskOf(Parcours p, String key) {
        return workflow.inbox(InboxFilter.ofFile(p.businessKey()), 0, 50).stream()
                .filter(t -> t.taskDefinitionKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No task " + key + " on " + p.businessKey()));
    }
}
