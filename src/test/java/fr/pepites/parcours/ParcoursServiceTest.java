package fr.pepites.parcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.PersonData;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.parcours.process.ParcoursProcess;
import fr.pepites.referral.Referral;
import fr.pepites.referral.ReferralFixtures;
import fr.pepites.referral.ReferralService;
import fr.pepites.referral.ReferralStatus;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.workflow.InboxTask;
import fr.pepites.workflow.TimelineEntry;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Parcours through the service API, one transaction per action, from the hiring to the follow-up. */
@PepitesSpringTest
@Transactional
class ParcoursServiceTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String PLANNED_END_PAST = "La fin prévue du contrat est déjà passée : indiquez une date après "
            + "aujourd'hui.";

    @Autowired
    ParcoursService parcours;
    @Autowired
    ParcoursFixtures fixtures;
    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralFixtures referralFixtures;
    @Autowired
    DirectoryService directory;
    @Autowired
    TestUsers users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void logout() {
        users.logout();
    }

    private long version(Parcours p) {
        entityManager.flush();
        return p.getVersion();
    }

    /** A referral to Atelier Vélo Solidaire's insertion job, taken in charge by its director, who stays logged in. */
    private Referral takenInChargeAtVelo(String lastName) {
        Vacancy velo = referralFixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, ReferralFixtures.validReferral(lastName, velo.getId()));
        users.login(TestUsers.SIAE_DIRECTOR);
        entityManager.flush();
        referrals.takeInCharge(referralFixtures.taskOf(referral).id(), referral.getId(), referral.getVersion());
        entityManager.flush();
        return referral;
    }

    // --- Starting ------------------------------------------------------------------------------------------

    @Test
    void acceptingAReferralToAnInsertionJobStartsTheParcoursWithItsPassInTheSameAction() {
        Vacancy velo = referralFixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, ReferralFixtures.validReferral("Parcours", velo.getId()));
        users.login(TestUsers.SIAE_DIRECTOR);
        entityManager.flush();
        referrals.takeInCharge(referralFixtures.taskOf(referral).id(), referral.getId(), referral.getVersion());
        entityManager.flush();
        LocalDate hiring = TODAY.plusDays(5);
        ContractTerms terms = ReferralFixtures.cddi(hiring);
        referrals.accept(referralFixtures.taskOf(referral).id(), referral.getId(), referral.getVersion(), hiring, terms);

        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
        ParcoursRow row = parcours.search(new ParcoursFilter(referral.getPerson().getLastName(), null, true, false,
                null), Pageable.unpaged()).get(0);
        assertThat(row.startDate()).isEqualTo(hiring);
        assertThat(row.plannedEnd()).isEqualTo(hiring.plusMonths(12));
        assertThat(row.passEnd()).isEqualTo(hiring.plusMonths(24).minusDays(1));
        assertThat(row.jobTitle()).isEqualTo(velo.getJobTitle().getName());
        ParcoursDetails details = parcours.details(row.id()).orElseThrow();
        assertThat(details.passNumber()).isEqualTo(terms.passNumber());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(row.reference()).count()).isOne();
    }

    @Test
    void acceptingAnInsertionJobWithoutTheContractsTermsIsRefusedAndNothingIsWritten() {
        Referral referral = takenInChargeAtVelo("SansContrat");
        String task = referralFixtures.taskOf(referral).id();
        LocalDate hiring = TODAY.plusDays(5);

        assertThatThrownBy(() -> referrals.accept(task, referral.getId(), referral.getVersion(), hiring,
                new ContractTerms(ContractKind.MISSION, hiring.minusDays(1), 0, "123")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageFor("contract")).contains("n'existe pas pour une ACI");
                    assertThat(e.messageFor("plannedEnd")).isEqualTo("La fin prévue doit suivre la date d'embauche.");
                    assertThat(e.messageFor("weeklyHours")).contains("de 1 à 48 heures");
                    assertThat(e.messageFor("passNumber")).isEqualTo("Le numéro de PASS IAE compte 12 chiffres.");
                });
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PROCESSING);
        assertThat(parcours.count(new ParcoursFilter("SansContrat", null, false, false, null))).isZero();
    }

    @Test
    void anSiaeRecordsByHandAParcoursOfSomeoneHiredElsewhereThroughTheDuplicateCheck() {
        Parcours first = fixtures.startAtVelo("Doublon", TODAY.minusMonths(1), TODAY.plusMonths(8));
        assertThat(first.getStatus()).isEqualTo(ParcoursStatus.IN_PROGRESS);
        assertThat(first.getContractType()).isEqualTo(ContractKind.CDDI);

        assertThatThrownBy(() -> parcours.create(new ParcoursData(null, ParcoursFixtures.newPerson("Doublon"), false,
                "16507", TODAY, new ContractTerms(ContractKind.CDDI, TODAY.plusMonths(6), 20,
                ReferralFixtures.newPassNumber()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("personId")).contains("est déjà suivie"));
        assertThatThrownBy(() -> parcours.create(new ParcoursData(first.getPerson().getId(), null, false, "16507",
                TODAY, new ContractTerms(ContractKind.CDDI, TODAY.plusMonths(6), 20, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("personId")).contains("a déjà un parcours en cours"));
    }

    @Test
    void aLaterParcoursGoesOnWithThePersonsPassIae() {
        Parcours first = fixtures.startAtVelo("Repris", TODAY.minusMonths(10), TODAY.plusMonths(1));
        breakOff(first);
        exit(first, TODAY, ExitCategory.POSITIVE_EXIT, ExitReason.OTHER_SIAE);

        Parcours second = parcours.create(new ParcoursData(first.getPerson().getId(), null, false, "16507", TODAY,
                new ContractTerms(ContractKind.CDDI, TODAY.plusMonths(6), 30, null)));
        assertThat(second.getPass().getId()).isEqualTo(first.getPass().getId());
        assertThat(second.getPass().getStartDate()).isEqualTo(TODAY.minusMonths(10));
        assertThat(parcours.passNumberOf(first.getPerson().getId())).contains(first.getPass().getNumber());
    }

    // --- Dates: renewal, extension, suspension -------------------------------------------------------------

    @Test
    void aRenewalMovesThePlannedEndAndReArmsTheReviewTimer() {
        Parcours p = fixtures.startAtVelo("Renouvelé", TODAY, TODAY.plusMonths(6));
        LocalDate newEnd = TODAY.plusMonths(12);
        parcours.renew(p.getId(), version(p), newEnd);

        assertThat(p.getPlannedEnd()).isEqualTo(newEnd);
        assertThat(fixtures.timer(p, "timer_review_due").getDuedate())
                .isEqualTo(ParcoursDates.morning(newEnd.minusMonths(3)));
        assertThat(parcours.details(p.getId()).orElseThrow().timeline()).extracting(TimelineEntry::whatKey)
                .contains("parcours.event.RENEWED");
    }

    @Test
    void aRenewalPastThePassEndNeedsAnExtensionWhichCannotPassFiveYears() {
        Parcours p = fixtures.startAtVelo("Prolongé", TODAY, TODAY.plusMonths(12));
        LocalDate passEnd = TODAY.plusMonths(24).minusDays(1);
        assertThatThrownBy(() -> parcours.renew(p.getId(), version(p), passEnd.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("newEnd")).contains("enregistrez d'abord sa prolongation"));
        assertThatThrownBy(() -> parcours.extendPass(p.getId(), version(p), ExtensionReason.AGED_50_OR_MORE,
                TODAY.plusYears(5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("extensionEnd")).contains("5 ans en tout"));
        assertThatThrownBy(() -> parcours.extendPass(p.getId(), version(p), null, TODAY.plusMonths(30)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("extensionReason")).isNotNull());

        parcours.extendPass(p.getId(), version(p), ExtensionReason.AGED_50_OR_MORE, TODAY.plusMonths(30));
        parcours.renew(p.getId(), version(p), TODAY.plusMonths(28));
        assertThat(p.getPlannedEnd()).isEqualTo(TODAY.plusMonths(28));
        assertThat(p.getPass().getExtensionReason()).isEqualTo(ExtensionReason.AGED_50_OR_MORE);
    }

    @Test
    void aSuspensionPushesBothEndsBackByItsLengthAndAnOverlappingOneIsRefused() {
        Parcours p = fixtures.startAtVelo("Suspendu", TODAY.minusMonths(2), TODAY.plusMonths(6));
        LocalDate passEnd = p.getPass().getEndDate();
        parcours.suspend(p.getId(), version(p), TODAY.minusDays(9), TODAY, SuspensionReason.SICK_LEAVE);

        assertThat(p.getPlannedEnd()).isEqualTo(TODAY.plusMonths(6).plusDays(10));
        assertThat(p.getPass().getEndDate()).isEqualTo(passEnd.plusDays(10));
        assertThat(fixtures.timer(p, "timer_review_due").getDuedate())
                .isEqualTo(ParcoursDates.morning(p.getPlannedEnd().minusMonths(3)));
        assertThatThrownBy(() -> parcours.suspend(p.getId(), version(p), TODAY.minusDays(2), TODAY.plusDays(3),
                SuspensionReason.TRAINING))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("suspensionFrom")).contains("chevauche"));
        assertThat(p.getSuspensions()).hasSize(1);
    }

    @Test
    void aSuspensionUntilTheYear3000OrStartingAfterTheContractIsRefusedAndMovesNothing() {
        Parcours p = fixtures.startAtVelo("Suspension longue", TODAY.minusMonths(2), TODAY.plusMonths(6));
        LocalDate plannedEnd = p.getPlannedEnd();
        assertThatThrownBy(() -> parcours.suspend(p.getId(), version(p), TODAY, LocalDate.of(2999, 12, 31),
                SuspensionReason.SICK_LEAVE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("suspensionTo"))
                        .startsWith("Une suspension dure 36 mois au plus"));
        assertThatThrownBy(() -> parcours.suspend(p.getId(), version(p), TODAY.plusYears(900),
                TODAY.plusYears(900).plusDays(5), SuspensionReason.SICK_LEAVE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("suspensionFrom"))
                        .startsWith("Une suspension commence pendant le contrat"));
        parcours.suspend(p.getId(), version(p), TODAY, TODAY.plusMonths(36).minusDays(1), SuspensionReason.SICK_LEAVE);
        assertThat(p.getSuspensions()).hasSize(1);
        assertThat(p.getPlannedEnd()).isAfter(plannedEnd);
    }

    @Test
    void aHiringDateMoreThanAYearAheadIsRefused() {
        assertThatThrownBy(() -> fixtures.startAtVelo("Embauche en 2999", LocalDate.of(2999, 1, 4),
                LocalDate.of(2999, 12, 31)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("startDate"))
                        .startsWith("Cette date est à plus d'un an"));
    }

    @Test
    void aParcoursUnderWayCannotHaveStartedMoreThanFiveYearsAgo() {
        assertThatThrownBy(() -> fixtures.startAtVelo("Embauche en 1850", LocalDate.of(1850, 1, 4),
                TODAY.plusMonths(2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("startDate"))
                        .isEqualTo("Cette date est trop ancienne : choisissez-la au plus tôt le "
                                + DATE.format(TODAY.minusYears(5)) + "."));
    }

    @Test
    void aHireRecordedByHandTwoMonthsBackWhoseEndIsPastIsRefused() {
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThatThrownBy(() -> parcours.create(new ParcoursData(null, ParcoursFixtures.newPerson("Ancien"), false,
                "16507", TODAY.minusMonths(2), new ContractTerms(ContractKind.CDDI, TODAY.minusDays(1), 26,
                        ReferralFixtures.newPassNumber()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("startDate"))
                        .isEqualTo("Cette date est trop ancienne : choisissez-la au plus tôt le "
                                + DATE.format(TODAY.minusMonths(1)) + "."));
        assertThatThrownBy(() -> parcours.create(new ParcoursData(null, ParcoursFixtures.newPerson("Ancien"), false,
                "16507", TODAY.minusWeeks(2), new ContractTerms(ContractKind.CDDI, TODAY.minusDays(1), 26,
                        ReferralFixtures.newPassNumber()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("plannedEnd"))
                        .isEqualTo(PLANNED_END_PAST));
    }

    @Test
    void anAcceptedHireTwoMonthsBackOrWhoseEndIsPastIsRefusedAndNoParcoursOpens() {
        Referral referral = takenInChargeAtVelo("Retard");
        String task = referralFixtures.taskOf(referral).id();

        assertThatThrownBy(() -> referrals.accept(task, referral.getId(), referral.getVersion(),
                TODAY.minusMonths(2), ReferralFixtures.cddi(TODAY.minusMonths(2))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("hiringDate"))
                        .startsWith("Cette date est trop ancienne"));
        assertThatThrownBy(() -> referrals.accept(task, referral.getId(), referral.getVersion(), TODAY.minusWeeks(2),
                new ContractTerms(ContractKind.CDDI, TODAY, 26, ReferralFixtures.newPassNumber())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("plannedEnd"))
                        .isEqualTo(PLANNED_END_PAST));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PROCESSING);
        assertThat(parcours.count(new ParcoursFilter("Retard", null, false, false, null))).isZero();
    }

    @Test
    void aParcoursRecordedByHandWithNothingFilledIsRefusedWithAllItsErrorsAtOnce() {
        users.login(TestUsers.SIAE_DIRECTOR);
        long before = parcours.count(new ParcoursFilter(null, null, false, false, null));

        assertThatThrownBy(() -> parcours.create(new ParcoursData(null, new PersonData(), false, null, TODAY,
                new ContractTerms(null, null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKeys(
                        "newPerson.lastName", "newPerson.birthDate", "jobTitleCode", "contract", "plannedEnd",
                        "weeklyHours", "passNumber"));
        assertThat(parcours.count(new ParcoursFilter(null, null, false, false, null))).isEqualTo(before);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> fixtures.startAtVelo("Envers", TODAY, TODAY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("plannedEnd")).isEqualTo("La fin prévue doit suivre la date d'embauche."));
    }

    // --- The transition ------------------------------------------------------------------------------------

    @Test
    void theReviewProposesBadgesHandsBackToACepWhoseAdviserBooksAMeetingAndTheExitIsCounted() {
        Parcours p = fixtures.startAtVelo("Transition", TODAY.minusMonths(11), TODAY.plusMonths(1));
        users.login(TestUsers.SIAE_STAFF);
        InboxTask review = fixtures.openReview(p);
        assertThat(p.getStatus()).isEqualTo(ParcoursStatus.REVIEW_OPEN);
        Organisation avenir = organisation("Avenir Actifs");
        Organisation employer = organisation("Transports Garonne");

        parcours.completeReview(review.id(), p.getId(), version(p), new ReviewData(List.of(
                new ReviewData.Competence("16507", null, "Révise seul les vélos de la flotte depuis six mois."),
                new ReviewData.Competence(null, "Accueil du public", "Tient l'accueil de l'atelier le samedi.")),
                "Mécanicien cycles en CDI", "16507", avenir.getId(), true, Set.of(employer.getId())));

        assertThat(p.getStatus()).isEqualTo(ParcoursStatus.REVIEWED);
        assertThat(parcours.badgeProposals(p.getId())).extracting(BadgeProposal::getLabel)
                .containsExactly("Mécanicien / Mécanicienne en cycles et motocycles", "Accueil du public");
        assertThat(p.getHandBackStatus()).isEqualTo(HandBackStatus.PENDING);
        assertThat(p.getHandBackConsentAt()).isNotNull();

        users.login(TestUsers.CEP_ADVISER);
        assertThat(parcours.details(p.getId())).as("not before accepting").isEmpty();
        assertThat(parcours.handBacks(HandBackStatus.PENDING, Pageable.unpaged())).extracting(HandBackRow::reference)
                .contains(p.businessKey());
        InboxTask accept = fixtures.taskOf(p, ParcoursProcess.TASK_ACCEPT_HAND_BACK);
        assertThat(parcours.detailsForTask(accept)).isPresent();
        assertThatThrownBy(() -> parcours.acceptHandBack(accept.id(), p.getId(), version(p),
                Instant.now().minus(1, ChronoUnit.DAYS), "Agence de Bordeaux"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("meetingAt")).isEqualTo("Le rendez-vous doit être dans le futur."));
        parcours.acceptHandBack(accept.id(), p.getId(), version(p), Instant.now().plus(3, ChronoUnit.DAYS),
                "Agence de Bordeaux");
        assertThat(p.getHandBackStatus()).isEqualTo(HandBackStatus.ACCEPTED);
        assertThat(parcours.details(p.getId())).as("once accepted").isPresent();

        users.login(TestUsers.COORDINATOR);
        InboxTask introduction = fixtures.taskOf(p, ParcoursProcess.TASK_ARRANGE_INTRODUCTION);
        assertThat(parcours.employerOfTask(introduction)).contains(employer.getName());
        parcours.arrangeIntroduction(introduction.id(), p.getId(), version(p), IntroductionOutcome.MEETING_HELD,
                "Entretien le 12.");

        users.login(TestUsers.SIAE_STAFF);
        fixtures.fire(p, "timer_planned_end");
        assertThat(p.getStatus()).isEqualTo(ParcoursStatus.EXIT_TO_RECORD);
        exit(p, TODAY, ExitCategory.DURABLE_JOB, ExitReason.CDI);
        assertThat(p.getStatus()).isEqualTo(ParcoursStatus.EXITED);
        assertThat(p.getExitCounted()).isTrue();
        assertThat(fixtures.timer(p, "timer_follow_up_due").getDuedate())
                .isEqualTo(ParcoursDates.morning(TODAY.plusMonths(6)));

        users.login(TestUsers.COORDINATOR);
        ExitsReport report = parcours.exitsReport(TODAY.minusDays(1), TODAY);
        ExitsReport.Row velo = report.rows().stream().filter(r -> r.siaeName().equals("Atelier Vélo Solidaire"))
                .findFirst().orElseThrow();
        assertThat(velo.durable()).isGreaterThanOrEqualTo(1);
        assertThat(report.total().dynamic()).isGreaterThanOrEqualTo(1);
        String csv = new String(parcours.exitsCsv(TODAY.minusDays(1), TODAY, key -> new fr.pepites.ui.PepitesI18NProvider()
                .getTranslation(key, fr.pepites.ui.PepitesI18NProvider.FRENCH)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).as("the screen's words").startsWith("\uFEFFSIAE;Emploi durable;")
                .contains(";Sorties constatées;Dont sorties dynamiques;Sorties dynamiques (%);Retraits (moins de 3 mois)\r\n")
                .contains("\r\nAtelier Vélo Solidaire;" + velo.durable() + ";").contains("\r\nTotal;");

        users.login(TestUsers.SIAE_STAFF);
        fixtures.fire(p, "timer_follow_up_due");
        InboxTask followUp = fixtures.taskOf(p, ParcoursProcess.TASK_FOLLOW_UP);
        parcours.recordFollowUp(followUp.id(), p.getId(), version(p), ExitCategory.UNREACHABLE,
                ExitReason.UNREACHABLE, null);
        assertThat(p.getStatus()).isEqualTo(ParcoursStatus.CLOSED);
        // All that is left is the CEP's e-mail, waiting for the job executor (off in tests).
        assertThat(runtime.getActiveActivityIds(fixtures.processOf(p))).containsExactly("service_task_mail_cep");
    }

    @Test
    void aCompetenceGivenAsAJobAndAsAFreeSkillKeepsBoth() {
        Parcours p = fixtures.startAtVelo("DeuxCompetences", TODAY.minusMonths(11), TODAY.plusMonths(1));
        InboxTask review = fixtures.openReview(p);

        parcours.completeReview(review.id(), p.getId(), version(p), new ReviewData(List.of(
                new ReviewData.Competence("16507", "Réglage des freins hydrauliques",
                        "Règle seul les freins de la flotte depuis six mois.")),
                "Mécanicien cycles en CDI", null, null, false, Set.of()));

        assertThat(parcours.badgeProposals(p.getId())).extracting(BadgeProposal::getLabel)
                .containsExactly("Mécanicien / Mécanicienne en cycles et motocycles",
                        "Réglage des freins hydrauliques");
    }

    @Test
    void introductionsToEmployersNeedThePersonsConsent() {
        Parcours p = fixtures.startAtVelo("SansAccord", TODAY.minusMonths(11), TODAY.plusMonths(1));
        InboxTask review = fixtures.openReview(p);
        Organisation employer = organisation("Transports Garonne");
        assertThatThrownBy(() -> parcours.completeReview(review.id(), p.getId(), version(p), new ReviewData(List.of(),
                "Chauffeur-livreur", null, null, false, Set.of(employer.getId()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("employerIds")).contains("consentement"));
        assertThat(p.getStatus()).isEqualTo(ParcoursStatus.REVIEW_OPEN);
    }

    @Test
    void aTextLongerThanItsFieldIsRefusedInFrenchAndOneAsLongAsItsFieldIsKeptWhole() {
        Parcours p = fixtures.startAtVelo("Longueur", TODAY.minusMonths(11), TODAY.plusMonths(1));
        InboxTask review = fixtures.openReview(p);
        assertThatThrownBy(() -> parcours.completeReview(review.id(), p.getId(), version(p), new ReviewData(List.of(),
                "x".repeat(ParcoursService.MAX_EXIT_PROJECT + 1), null, null, false, Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("exitProject"))
                        .matches("Ce texte compte 2\\h?001 caractères, 2\\h?000 au plus : raccourcissez-le\\."));
        assertThatThrownBy(() -> parcours.completeReview(review.id(), p.getId(), version(p), new ReviewData(List.of(
                new ReviewData.Competence(null, "Réparation", "y".repeat(ParcoursService.MAX_EVIDENCE + 1))),
                "Chauffeur-livreur", null, null, false, Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("competences"))
                        .contains("« Réparation »", "2000 caractères au plus"));
        assertThat(p.getStatus()).isEqualTo(ParcoursStatus.REVIEW_OPEN);
        assertThat(parcours.badgeProposals(p.getId())).isEmpty();

        String project = "Projet ".repeat(285) + "final";
        parcours.completeReview(review.id(), p.getId(), version(p), new ReviewData(List.of(), project, null, null,
                false, Set.of()));
        entityManager.flush();

        assertThat(p.getExitProject()).isEqualTo(project);
        assertThat(parcours.details(p.getId()).orElseThrow().timeline()).anySatisfy(line ->
                assertThat(line.detail()).startsWith("Projet : Projet Projet").endsWith("…").hasSize(2000));
    }

    @Test
    void aHandBackNeedsThePersonsConsentAndADeclinedOneGoesBackToTheSiae() {
        Parcours p = fixtures.startAtVelo("Consentement", TODAY.minusMonths(11), TODAY.plusMonths(1));
        InboxTask review = fixtures.openReview(p);
        Organisation avenir = organisation("Avenir Actifs");
        assertThatThrownBy(() -> parcours.completeReview(review.id(), p.getId(), version(p), new ReviewData(List.of(),
                "Formation qualifiante", null, avenir.getId(), false, Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("handBackConsent")).contains("consentement"));
        assertThat(p.getStatus()).isEqualTo(ParcoursStatus.REVIEW_OPEN);

        parcours.completeReview(review.id(), p.getId(), version(p), new ReviewData(List.of(), "Formation qualifiante",
                null, avenir.getId(), true, Set.of()));
        users.login(TestUsers.CEP_ADVISER);
        parcours.declineHandBack(fixtures.taskOf(p, ParcoursProcess.TASK_ACCEPT_HAND_BACK).id(), p.getId(),
                version(p), "Plus de créneau avant deux mois.");
        users.login(TestUsers.SIAE_STAFF);
        InboxTask declined = fixtures.taskOf(p, ParcoursProcess.TASK_HAND_BACK_DECLINED);
        assertThatThrownBy(() -> parcours.redirectHandBack(declined.id(), p.getId(), version(p), avenir.getId()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("handBackCepId")).contains("vient de refuser"));
        Organisation atlantique = organisation("CEP Atlantique");
        parcours.redirectHandBack(declined.id(), p.getId(), version(p), atlantique.getId());
        assertThat(p.getHandBackCep().getId()).isEqualTo(atlantique.getId());
        assertThat(p.getHandBackStatus()).isEqualTo(HandBackStatus.PENDING);
        users.login(TestUsers.CEP_ADVISER_OTHER_OPERATOR);
        assertThat(fixtures.taskOf(p, ParcoursProcess.TASK_ACCEPT_HAND_BACK)).isNotNull();
    }

    @Test
    void anEarlyBreakGoesStraightToTheExitAndAnExitWithinThreeMonthsIsWithdrawn() {
        Parcours p = fixtures.startAtVelo("Rupture", TODAY.minusMonths(1), TODAY.plusMonths(8));
        assertThatThrownBy(() -> parcours.breakOff(p.getId(), version(p), TODAY.plusDays(1), BreakReason.RESIGNATION))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("breakDate")).contains("futur"));
        parcours.breakOff(p.getId(), version(p), TODAY, BreakReason.RESIGNATION);
        assertThat(p.getStatus()).isEqualTo(ParcoursStatus.EXIT_TO_RECORD);
        assertThat(p.getBreakReason()).isEqualTo(BreakReason.RESIGNATION);

        exit(p, TODAY, ExitCategory.OTHER_EXIT, ExitReason.JOB_SEEKING);
        assertThat(p.getExitCounted()).isFalse();
        users.login(TestUsers.COORDINATOR);
        ExitsReport.Row velo = parcours.exitsReport(TODAY, TODAY).rows().stream()
                .filter(r -> r.siaeName().equals("Atelier Vélo Solidaire")).findFirst().orElseThrow();
        assertThat(velo.withdrawn()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anExitInTheFutureBeforeTheStartOrWithAReasonOfAnotherCategoryIsRefused() {
        Parcours p = fixtures.startAtVelo("Sortie", TODAY.minusMonths(5), TODAY.plusMonths(5));
        breakOff(p);
        InboxTask exit = fixtures.taskOf(p, ParcoursProcess.TASK_RECORD_EXIT);
        assertThatThrownBy(() -> parcours.recordExit(exit.id(), p.getId(), version(p), TODAY.plusDays(1),
                ExitCategory.DURABLE_JOB, ExitReason.CDI))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("exitDate")).contains("futur"));
        assertThatThrownBy(() -> parcours.recordExit(exit.id(), p.getId(), version(p), TODAY.minusMonths(6),
                ExitCategory.DURABLE_JOB, ExitReason.CDI))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("exitDate")).contains("précéder l'embauche"));
        assertThatThrownBy(() -> parcours.recordExit(exit.id(), p.getId(), version(p), TODAY,
                ExitCategory.DURABLE_JOB, ExitReason.CDD_UNDER_6_MONTHS))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("exitReason")).contains("pas de la catégorie"));
        assertThatThrownBy(() -> parcours.recordExit(exit.id(), p.getId(), version(p), TODAY, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("exitCategory")).isEqualTo("Choisissez la catégorie de sortie."));
        assertThat(p.getStatus()).isEqualTo(ParcoursStatus.EXIT_TO_RECORD);
    }

    // --- Who sees a parcours -------------------------------------------------------------------------------

    @Test
    void aParcoursIsSeenByItsSiaeAndTheNetworkOnly() {
        Parcours p = fixtures.startAtVelo("Portée", TODAY, TODAY.plusMonths(6));
        assertThat(parcours.details(p.getId())).isPresent();
        users.login(TestUsers.SIAE_STAFF);
        assertThat(parcours.details(p.getId())).isPresent();
        users.login(TestUsers.COORDINATOR);
        assertThat(parcours.details(p.getId())).isPresent();

        for (String outsider : List.of(TestUsers.OTHER_SIAE_DIRECTOR, TestUsers.CEP_ADVISER,
                TestUsers.TIERS_LIEU_MANAGER)) {
            users.login(outsider);
            assertThat(parcours.details(p.getId())).as(outsider).isEmpty();
            assertThat(parcours.count(new ParcoursFilter("Portée", null, false, false, null))).as(outsider).isZero();
        }
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThatThrownBy(() -> parcours.renew(p.getId(), p.getVersion(), TODAY.plusMonths(7)))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- Helpers -------------------------------------------------------------------------------------------

    private Organisation organisation(String name) {
        return entityManager.createQuery("select o from Organisation o where o.name like :name", Organisation.class)
                .setParameter("name", name + "%").getSingleResult();
    }

    private void breakOff(Parcours p) {
        parcours.breakOff(p.getId(), version(p), TODAY, BreakReason.HIRED_ELSEWHERE);
    }

    private void exit(Parcours p, LocalDate date, ExitCategory category, ExitReason reason) {
        parcours.recordExit(fixtures.taskOf(p, ParcoursProcess.TASK_RECORD_EXIT).id(), p.getId(), version(p), date,
                category, reason);
    }
}
