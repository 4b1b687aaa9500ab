package fr.pepites.referral;

import fr.pepites.TestUsers;
import fr.pepites.parcours.ContractKind;
import fr.pepites.parcours.ContractTerms;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.vacancy.VacancyFilter;
import fr.pepites.vacancy.VacancyKind;
import fr.pepites.vacancy.VacancyService;
import fr.pepites.workflow.InboxFilter;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.WorkflowService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Demo-based building blocks of the referral tests: vacancies, a valid referral form, the task of a referral. */
@Component
public class ReferralFixtures {

    private final TestUsers users;
    private final VacancyService vacancies;
    private final WorkflowService workflow;
    private final ManagementService management;
    private final ReferralRepository repository;

    ReferralFixtures(TestUsers users, VacancyService vacancies, WorkflowService workflow,
            ManagementService management, ReferralRepository repository) {
        this.repository = repository;
        this.users = users;
        this.vacancies = vacancies;
        this.workflow = workflow;
        this.management = management;
    }

    /** The open insertion vacancy of a demo SIAE, looked up as a coordinator; leaves the coordinator logged in. */
    public Vacancy insertionVacancyOf(String siaeName) {
        users.login(TestUsers.COORDINATOR);
        return vacancies.search(new VacancyFilter(siaeName, true, VacancyKind.INSERTION), Pageable.unpaged())
                .getContent().stream().filter(v -> v.getSiae().getName().equals(siaeName)).findFirst().orElseThrow();
    }

    /** A complete, eligible referral of a new person to a vacancy (null: to matching). */
    public static ReferralData validReferral(String lastName, Long vacancyId) {
        ReferralData data = new ReferralData();
        data.getNewPerson().setFirstName("Alex");
        data.getNewPerson().setLastName(lastName);
        data.getNewPerson().setBirthDate(LocalDate.of(1990, 1, 15));
        data.setCommuneCode("33063");
        data.setMobilityRadiusKm(30);
        data.setAvailableFrom(LocalDate.now().plusDays(3));
        data.setJobTitleCodes(Set.of("16507"));
        data.setGoal(Goal.INSERTION_JOB);
        data.setCriteria(EnumSet.of(EligibilityCriterion.RSA_BENEFICIARY));
        data.setConsentToShare(true);
        data.setVacancyId(vacancyId);
        return data;
    }

    private static final java.util.concurrent.atomic.AtomicLong PASS_NUMBERS =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime() % 1_000_000L * 10);

    /** The terms of a CDDI of a year from this hiring, 26 hours a week, with a PASS IAE number no one else has. */
    public static ContractTerms cddi(LocalDate hiring) {
        return new ContractTerms(ContractKind.CDDI, hiring.plusMonths(12), 26, newPassNumber());
    }

    /** A PASS IAE number no other test uses. */
    public static String newPassNumber() {
        return "99999" + String.format("%07d", PASS_NUMBERS.incrementAndGet() % 10_000_000L);
    }

    /** The referral's one e-mail step waiting, due or not. */
    public Job mailStep(Referral referral) {
        return management.createJobQuery().processInstanceId(referral.getProcessInstanceId()).messages()
                .singleResult();
    }

    /** The received e-mails about this referral only (their subject names it). */
    public static List<MimeMessage> mailsAbout(Referral referral, MimeMessage[] received) {
        return mailsAbout(referral.businessKey(), received);
    }

    /** Who an e-mail went to. */
    public static List<String> recipientsOf(MimeMessage message) throws MessagingException {
        return java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    }

    /** The received e-mails about the file of this number (a referral's, a parcours's) only. */
    public static List<MimeMessage> mailsAbout(String businessKey, MimeMessage[] received) {
        List<MimeMessage> about = new ArrayList<>();
        for (MimeMessage message : received) {
            if (subjectOf(message).contains(businessKey + " ")) {
                about.add(message);
            }
        }
        return about;
    }

    /** A received e-mail's subject, in a lambda (the reading's checked exception becomes a failure). */
    public static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The referral's e-mail steps that are due, as the job executor would find them. */
    public List<Job> dueMails(Referral referral) {
        return management.createJobQuery().processInstanceId(referral.getProcessInstanceId()).messages().executable()
                .list();
    }

    /** Runs the referral's due e-mail steps, as the job executor would; returns how many ran. */
    public int sendMails(Referral referral) {
        List<Job> due = dueMails(referral);
        due.forEach(job -> management.executeJob(job.getId()));
        return due.size();
    }

    /** The referral as it is now in the database. */
    public Referral reload(Referral referral) {
        return reload(referral.getId());
    }

    public Referral reload(long id) {
        return repository.findById(id).orElseThrow();
    }

    /** The acting user's inbox task on a referral. */
    public InboxTask taskOf(Referral referral) {
        return workflow.inbox(InboxFilter.all(), 0, 500).stream()
                .filter(t -> t.processInstanceId().equals(referral.getProcessInstanceId()))
                .findFirst().orElseThrow(() -> new AssertionError("No task on " + referral.businessKey()));
    }
}
