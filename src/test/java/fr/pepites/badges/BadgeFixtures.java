package fr.pepites.badges;

import fr.pepites.TestUsers;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Person;
import fr.pepites.directory.PersonData;
import fr.pepites.parcours.ParcoursFixtures;
import fr.pepites.security.CurrentUserProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Achievements, recipients and the badge e-mail steps for the badges tests (the demo data are there too). */
@Component
public class BadgeFixtures {

    public static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">"
            + "<circle cx=\"50\" cy=\"50\" r=\"40\" fill=\"#1f5f8b\"/></svg>").getBytes(StandardCharsets.UTF_8);

    private final BadgeService badges;
    private final DirectoryService directory;
    private final CurrentUserProvider currentUser;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TestUsers users;
    private final ParcoursFixtures parcoursFixtures;
    private final jakarta.persistence.EntityManager entityManager;
    private final fr.pepites.parcours.ParcoursService parcours;

    BadgeFixtures(BadgeService badges, DirectoryService directory, CurrentUserProvider currentUser,
            RuntimeService runtime, ManagementService management, TestUsers users, ParcoursFixtures parcoursFixtures,
            fr.pepites.parcours.ParcoursService parcours, jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.parcoursFixtures = parcoursFixtures;
        this.parcours = parcours;
        this.badges = badges;
        this.directory = directory;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.management = management;
        this.users = users;
    }

    /** An achievement of the acting user's organisation, with criteria, an SVG image and a ROME alignment. */
    public long achievement(String name, BadgeKind kind, boolean repeatable, Integer validityMonths) {
        return badges.saveAchievement(null, data(name, kind, "Avoir montré la compétence en situation de travail.",
                repeatable, validityMonths, Set.of()));
    }

    public AchievementData data(String name, BadgeKind kind, String criteria, boolean repeatable,
            Integer validityMonths, Set<Long> members) {
        return new AchievementData(currentUser.require().organisationId(), kind, name, "Description de " + name,
                criteria, new AchievementData.BadgeImage(SVG, "image/svg+xml"), validityMonths, repeatable, true,
                List.of(Alignment.rome("K2304", "Tri et valorisation des déchets")), members, null, null);
    }

    /** A new person of the coordinator's sight (created by the SIAE director), with or without an e-mail address. */
    public Person person(String lastName, String email) {
        String acting = currentUser.require().email();
        users.login(TestUsers.SIAE_DIRECTOR);
        PersonData data = ParcoursFixtures.newPerson(lastName);
        data.setEmail(email);
        Person p = directory.createPerson(data);
        users.login(acting);
        return p;
    }

    /** The badge e-mail steps waiting for the job executor. */
    public long mailsWaiting() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(fr.pepites.badges.process.BadgeProcess.KEY)
                .list().stream().mapToLong(p -> management.createJobQuery().processInstanceId(p.getId()).messages()
                        .count()).sum();
    }

    /** Runs the e-mail steps of the badges issued so far (the job executor is off in tests). */
    public int sendMails() {
        List<String> instances = runtime.createProcessInstanceQuery()
                .processDefinitionKey(fr.pepites.badges.process.BadgeProcess.KEY).list().stream()
                .map(p -> p.getId()).toList();
        int sent = 0;
        for (String id : instances) {
            for (var job : management.createJobQuery().processInstanceId(id).messages().list()) {
                management.executeJob(job.getId());
                sent++;
            }
        }
        return sent;
    }

    /** The evidence of the first competence of {@link #reviewedWithTwoProposals}. */
    public String firstEvidence() {
        return "Révise seul les vélos de la flotte depuis six mois.";
    }

    /**
     * A parcours at Atelier Vélo Solidaire whose review proposed two badges (a job title and a free skill) for a
     * person without an e-mail address; returns its pending proposals, as the acting user (kept) sees them.
     */
    public List<BadgeRows.PendingProposal> reviewedWithTwoProposals(String lastName) {
        String acting = currentUser.require().email();
        java.time.LocalDate today = java.time.LocalDate.now();
        fr.pepites.parcours.Parcours p = parcoursFixtures.startAtVelo(lastName, today.minusMonths(11),
                today.plusMonths(1));
        users.login(TestUsers.SIAE_STAFF);
        fr.pepites.workflow.InboxTask review = parcoursFixtures.openReview(p);
        entityManager.flush();
        parcours.completeReview(review.id(), p.getId(), p.getVersion(), new fr.pepites.parcours.ReviewData(List.of(
                new fr.pepites.parcours.ReviewData.Competence("16507", null, firstEvidence()),
                new fr.pepites.parcours.ReviewData.Competence(null, "Accueil du public", "Tient l'accueil.")),
                "Mécanicien cycles", "16507", null, false, Set.of()));
        users.login(acting);
        long personId = p.getPerson().getId();
        return badges.pendingProposals().stream().filter(x -> x.personId() == personId)
                .sorted(java.util.Comparator.comparing(BadgeRows.PendingProposal::proposalId)).toList();
    }

    /** Gives a person an e-mail address, as their SIAE's director. */
    public void giveEmail(long personId, String email) {
        String acting = currentUser.require().email();
        users.login(TestUsers.SIAE_DIRECTOR);
        PersonData data = directory.openPerson(personId);
        data.setEmail(email);
        directory.updatePerson(personId, data);
        users.login(acting);
    }
}
