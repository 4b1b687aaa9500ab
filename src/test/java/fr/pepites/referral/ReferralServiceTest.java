package fr.pepites.referral;

import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.workflow.TimelineEntry;
import fr.pepites.common.InvalidInputException;
import fr.pepites.parcours.ParcoursFilter;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.ui.PepitesI18NProvider;
import fr.pepites.parcours.ContractTerms;
import fr.pepites.parcours.ContractKind;
import fr.pepites.referral.process.ReferralProcess;
import fr.pepites.vacancy.Vacancy;
import fr.pepites.workflow.InboxTask;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/** The hand-off from a CEP adviser to an SIAE through the service API, one transaction per action. */
@PepitesSpringTest
@Transactional
class ReferralServiceTest {

    @Autowired
    ReferralService referrals;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    fr.pepites.directory.DirectoryService directory;
    @Autowired
    ParcoursService parcours;

    private Vacancy velo;
    private Vacancy recyclerie;

    @BeforeEach
    void findDemoVacancies() {
        velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire");
        recyclerie = fixtures.insertionVacancyOf("Recyclerie du Pays Basque");
        users.login(TestUsers.CEP_ADVISER);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aReferralToAVacancyIsSentToItsSiaeWhichFindsItInItsInbox() {
        Referral referral = referrals.submit(null, validReferral("Envoi", velo.getId()));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.getSiae().getName()).isEqualTo("Atelier Vélo Solidaire");

        users.login(TestUsers.SIAE_STAFF);
        InboxTask task = fixtures.taskOf(referral);
        assertThat(task.taskDefinitionKey()).isEqualTo(ReferralProcess.TASK_REVIEW);
        assertThat(referrals.details(referral.getId())).isPresent();
    }

    @Test
    void theWholeHandOffEndsAcceptedWithTheHiringDateAndClosesThePersonsOtherReferrals() {
        Referral accepted = referrals.submit(null, validReferral("Embauche", velo.getId()));
        ReferralData second = validReferral("Embauche", recyclerie.getId());
        second.setNewPerson(null);
        second.setPersonId(accepted.getPerson().getId());
        Referral other = referrals.submit(null, second);

        users.login(TestUsers.SIAE_DIRECTOR);
        referrals.takeInCharge(fixtures.taskOf(accepted).id(), accepted.getId(), version(accepted));
        assertThat(accepted.getStatus()).isEqualTo(ReferralStatus.PROCESSING);
        referrals.scheduleInterview(fixtures.taskOf(accepted).id(), accepted.getId(), version(accepted),
                Instant.now().plus(2, ChronoUnit.DAYS), "Atelier, 4 avenue du Haut-Lévêque");
        assertThat(accepted.getStatus()).isEqualTo(ReferralStatus.INTERVIEW);
        LocalDate hiring = LocalDate.now().plusDays(10);
        referrals.accept(fixtures.taskOf(accepted).id(), accepted.getId(), version(accepted), hiring,
                ReferralFixtures.cddi(hiring));

        users.login(TestUsers.CEP_ADVISER);
        ReferralDetails details = referrals.details(accepted.getId()).orElseThrow();
        assertThat(details.row().status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(details.hiringDate()).isEqualTo(hiring);
        assertThat(details.timeline()).extracting(TimelineEntry::whatKey).containsSubsequence(
                "referral.event.SUBMITTED", "referral.event.SENT", "referral.event.TAKEN_IN_CHARGE",
                "referral.event.INTERVIEW_SCHEDULED", "referral.event.ACCEPTED");
        assertThat(details.timeline()).filteredOn(e -> e.whatKey().equals("referral.event.ACCEPTED"))
                .singleElement().satisfies(e -> assertThat(e.actor()).startsWith("Marc Lefèvre"));
        assertThat(referrals.details(other.getId()).orElseThrow().row().status()).isEqualTo(ReferralStatus.OBSOLETE);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(other.getProcessInstanceId()).count()).isZero();
    }

    @Test
    void acceptingAnInsertionJobTellsTheNumberOfTheParcoursOpenedAndTheMessageSaysWhatHappened() {
        Referral referral = referrals.submit(null, validReferral("Message", velo.getId()));
        users.login(TestUsers.SIAE_DIRECTOR);
        referrals.takeInCharge(fixtures.taskOf(referral).id(), referral.getId(), version(referral));
        LocalDate hiring = LocalDate.now().plusDays(10);
        String opened = referrals.accept(fixtures.taskOf(referral).id(), referral.getId(), version(referral), hiring,
                ReferralFixtures.cddi(hiring)).orElseThrow();

        assertThat(parcours.search(new ParcoursFilter(opened, null, false, false, null), Pageable.unpaged()))
                .singleElement().satisfies(p -> assertThat(p.personName()).endsWith("Message"));
        assertThat(new PepitesI18NProvider().getTranslation("referralTask.accept.done", PepitesI18NProvider.FRENCH,
                referral.businessKey(), opened)).isEqualTo(referral.businessKey() + " acceptée : le parcours " + opened
                + " est ouvert, le conseiller est prévenu.");
    }

    @Test
    void aRefusedReferralCanBeResentToAnotherSiaeButNotToTheOneThatRefused() {
        Referral referral = referrals.submit(null, validReferral("Refus", velo.getId()));
        users.login(TestUsers.SIAE_DIRECTOR);
        referrals.refuse(fixtures.taskOf(referral).id(), referral.getId(), version(referral),
                RefusalReason.NO_POSITION, "Plus de poste disponible ce mois-ci.", true);
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.REFUSED);

        users.login(TestUsers.CEP_ADVISER);
        String task = fixtures.taskOf(referral).id();
        assertThatThrownBy(() -> referrals.resend(task, referral.getId(), version(referral), velo.getId()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("vacancyId")).contains("a déjà refusé"));
        referrals.resend(task, referral.getId(), version(referral), recyclerie.getId());
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.getSiae().getName()).isEqualTo("Recyclerie du Pays Basque");
        assertThat(referrals.details(referral.getId()).orElseThrow().timeline())
                .extracting(TimelineEntry::whatKey).containsSubsequence("referral.event.SENT",
                        "referral.event.REFUSED", "referral.event.SENT");
    }

    @Test
    void anOpenReferralWaitsForAMatchUntilACoordinatorPicksAVacancy() {
        Referral referral = referrals.submit(null, validReferral("Ouverte", null));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.AWAITING_MATCH);
        users.login(TestUsers.COORDINATOR);
        referrals.assignVacancy(fixtures.taskOf(referral).id(), referral.getId(), version(referral),
                velo.getId());
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aProposalOfTheMatchingIsReviewedByACoordinatorBeforeBeingSent() {
        Referral referral = referrals.submit(null, validReferral("Proposée", null));
        users.login(TestUsers.COORDINATOR);
        referrals.proposeMatch(referral.getId(), velo.getId());
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PROPOSED);
        referrals.acceptProposal(fixtures.taskOf(referral).id(), referral.getId(), version(referral));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void theAdviserCancelsAReferral() {
        Referral referral = referrals.submit(null, validReferral("Annulée", velo.getId()));
        referrals.cancel(referral.getId(), version(referral), "La personne a déménagé.");
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.CANCELLED);
    }

    @Test
    void aDraftIsSavedWithoutConsentThenSubmitted() {
        ReferralData data = validReferral("Brouillon", velo.getId());
        data.setConsentToShare(false);
        Referral draft = referrals.saveDraft(null, data);
        assertThat(draft.getStatus()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(draft.getProcessInstanceId()).isNull();

        ReferralData resumed = referrals.draft(draft.getId());
        resumed.setConsentToShare(true);
        Referral submitted = referrals.submit(draft.getId(), resumed);
        assertThat(submitted.getId()).isEqualTo(draft.getId());
        assertThat(submitted.getStatus()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aDraftIsSavedWithOnlyThePersonAndSubmittingItStillAsksForEverythingElse() {
        long garcia = directory.findPossibleDuplicates("Lucas", "Garcia", LocalDate.of(1988, 3, 14)).get(0).getId();
        ReferralData data = new ReferralData();
        data.setPersonId(garcia);

        Referral draft = referrals.saveDraft(null, data);

        assertThat(draft.getStatus()).isEqualTo(ReferralStatus.DRAFT);
        ReferralData resumed = referrals.draft(draft.getId());
        assertThat(resumed.getPersonId()).isEqualTo(garcia);
        assertThat(resumed.getCommuneCode()).isNull();
        assertThat(resumed.getGoal()).isNull();
        assertThat(referrals.details(draft.getId()).orElseThrow().availableFrom()).isNull();
        assertThatThrownBy(() -> referrals.submit(draft.getId(), resumed))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("communeCode", "availableFrom", "jobTitleCodes", "goal", "consentToShare"));
    }

    @Test
    void aDraftWithoutAPersonIsRefused() {
        assertThatThrownBy(() -> referrals.saveDraft(null, new ReferralData()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("newPerson.firstName", "newPerson.lastName", "newPerson.birthDate")
                        .doesNotContainKeys("availableFrom", "jobTitleCodes", "goal"));
    }

    // --- Bad input ---

    @Test
    void anEmptyReferralIsRefusedWithAllItsErrorsAtOnceAndNothingWritten() {
        long before = referrals.count(ReferralFilter.all());
        ReferralData empty = new ReferralData();
        empty.setGoal(Goal.INSERTION_JOB);

        assertThatThrownBy(() -> referrals.submit(null, empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKeys(
                        "newPerson.firstName", "newPerson.lastName", "newPerson.birthDate", "communeCode",
                        "availableFrom", "jobTitleCodes", "criteria", "consentToShare"));
        assertThat(referrals.count(ReferralFilter.all())).isEqualTo(before);
    }

    @Test
    void aPossibleDuplicateIsReportedWithTheOtherErrorsAndNobodyIsCreated() {
        ReferralData data = validReferral("Garcia", velo.getId());
        data.getNewPerson().setFirstName("Lucas");
        data.getNewPerson().setBirthDate(LocalDate.of(1988, 3, 14));
        data.setAvailableFrom(LocalDate.now().minusDays(1));
        data.setConsentToShare(false);
        long namesakes = directory.findPossibleDuplicates("Lucas", "Garcia", LocalDate.of(1988, 3, 14)).size();

        assertThatThrownBy(() -> referrals.submit(null, data))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("personId", "availableFrom", "consentToShare"));
        assertThat(directory.findPossibleDuplicates("Lucas", "Garcia", LocalDate.of(1988, 3, 14))).hasSize(
                (int) namesakes);
    }


    @Test
    void consentIsMandatoryAndNothingIsWrittenWithoutIt() {
        long before = referrals.count(ReferralFilter.all());
        ReferralData data = validReferral("SansConsentement", velo.getId());
        data.setConsentToShare(false);
        assertThatThrownBy(() -> referrals.submit(null, data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("consentToShare")).contains("consentement"));
        assertThat(referrals.count(ReferralFilter.all())).isEqualTo(before);
    }

    @Test
    void anAvailabilityDateInThePastIsRefused() {
        ReferralData data = validReferral("Passé", velo.getId());
        data.setAvailableFrom(LocalDate.now().minusDays(1));
        assertThatThrownBy(() -> referrals.submit(null, data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("availableFrom")).contains("passé"));
    }

    @Test
    void aMobilityRadiusOutsideZeroToTwoHundredKilometresIsRefused() {
        ReferralData data = validReferral("Rayon", velo.getId());
        data.setMobilityRadiusKm(201);
        assertThatThrownBy(() -> referrals.submit(null, data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("mobilityRadiusKm")).contains("entre 0 et 200 km"));
    }

    @Test
    void anUnknownCommuneIsRefused() {
        ReferralData data = validReferral("Commune", velo.getId());
        data.setCommuneCode("00000");
        assertThatThrownBy(() -> referrals.submit(null, data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("communeCode")).startsWith("Commune inconnue"));
    }

    @Test
    void anIneligiblePersonIsRefusedForAnInsertionJobWithTheReasonBeforeAnythingIsSent() {
        ReferralData data = validReferral("Inéligible", velo.getId());
        data.setCriteria(EnumSet.of(EligibilityCriterion.UNDER_26, EligibilityCriterion.SINGLE_PARENT));
        assertThatThrownBy(() -> referrals.submit(null, data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("criteria")).isEqualTo("Personne non éligible à un poste en "
                                + "insertion dans une ACI : il faut un critère de niveau 1, ou 3 critères de niveau 2 "
                                + "(2 cochés)."));
    }

    @Test
    void aNewPersonWithTheNameAndBirthDateOfAFollowedOneIsAPossibleDuplicate() {
        ReferralData data = validReferral("Garcia", velo.getId());
        data.getNewPerson().setFirstName("Lucas");
        data.getNewPerson().setBirthDate(LocalDate.of(1988, 3, 14));
        assertThatThrownBy(() -> referrals.submit(null, data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("personId")).contains("déjà suivie"));
        data.setNotADuplicate(true);
        assertThat(referrals.submit(null, data).getStatus()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void anAcceptanceWithoutADateIsRefusedWithItsContractsErrorsAtOnce() {
        Referral referral = referrals.submit(null, validReferral("EnUneFois", velo.getId()));
        users.login(TestUsers.SIAE_DIRECTOR);
        referrals.takeInCharge(fixtures.taskOf(referral).id(), referral.getId(), version(referral));
        String task = fixtures.taskOf(referral).id();
        assertThatThrownBy(() -> referrals.accept(task, referral.getId(), version(referral), null,
                new ContractTerms(ContractKind.CDDI, null, 0, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageFor("hiringDate")).isEqualTo(
                            "La date d'embauche est obligatoire pour accepter.");
                    assertThat(e.messageFor("plannedEnd")).isEqualTo("Indiquez la fin prévue du contrat.");
                    assertThat(e.messageFor("weeklyHours")).contains("de 1 à 48 heures");
                });
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PROCESSING);
    }

    @Test
    void refusingWithoutAReasonIsRefused() {
        Referral referral = referrals.submit(null, validReferral("SansMotif", velo.getId()));
        users.login(TestUsers.SIAE_DIRECTOR);
        String task = fixtures.taskOf(referral).id();
        assertThatThrownBy(() -> referrals.refuse(task, referral.getId(), version(referral), null, "", false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("refusalReason", "refusalMessage"));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aRefusalMessageLongerThanItsFieldIsRefusedAndOneAsLongAsItsFieldIsKeptWhole() {
        Referral referral = referrals.submit(null, validReferral("Prolixe", velo.getId()));
        users.login(TestUsers.SIAE_DIRECTOR);
        String task = fixtures.taskOf(referral).id();
        assertThatThrownBy(() -> referrals.refuse(task, referral.getId(), version(referral), RefusalReason.NO_POSITION,
                "m".repeat(ReferralService.MAX_REFUSAL_MESSAGE + 1), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("refusalMessage"))
                        .startsWith("Ce texte compte").endsWith("raccourcissez-le."));
        assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);

        String message = "m".repeat(ReferralService.MAX_REFUSAL_MESSAGE);
        referrals.refuse(task, referral.getId(), version(referral), RefusalReason.NO_POSITION, message, false);
        version(referral);

        assertThat(referral.getRefusalMessage()).isEqualTo(message);
        assertThat(referrals.details(referral.getId()).orElseThrow().timeline())
                .filteredOn(e -> e.whatKey().equals("referral.event.REFUSED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).startsWith("NO_POSITION : mmm").endsWith("…").hasSize(2000));
    }

    @Test
    void anActionOnAReferralThatChangedMeanwhileIsRefused() {
        Referral referral = referrals.submit(null, validReferral("Concurrence", velo.getId()));
        long seenVersion = version(referral);
        users.login(TestUsers.SIAE_DIRECTOR);
        String task = fixtures.taskOf(referral).id();
        referrals.takeInCharge(task, referral.getId(), seenVersion);
        String next = fixtures.taskOf(referral).id();
        assertThatThrownBy(() -> referrals.refuse(next, referral.getId(), seenVersion, RefusalReason.OTHER,
                "Déjà vu", false)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.getMessage()).contains("a changé entre-temps"));
    }

    /** The version a form would show: read by a query, so after the pending changes are flushed. */
    private long version(Referral referral) {
        return referrals.details(referral.getId()).orElseThrow().version();
    }

    // --- Scoping ---

    @Test
    void anotherSiaeNeverSeesTheReferral() {
        Referral referral = referrals.submit(null, validReferral("Confidentielle", velo.getId()));
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThat(referrals.details(referral.getId())).isEmpty();
        assertThat(referrals.search(ReferralFilter.all(), Pageable.unpaged()))
                .noneMatch(row -> row.id() == referral.getId());
    }

    @Test
    void aListPageHoldsTheLatestChangesFirstAndTheNextPageGoesOn() {
        Referral first = referrals.submit(null, validReferral("Premier", velo.getId()));
        Referral second = referrals.submit(null, validReferral("Deuxième", velo.getId()));
        Referral third = referrals.submit(null, validReferral("Troisième", velo.getId()));
        Sort latestFirst = Sort.by(Sort.Direction.DESC, "statusChangedAt");

        assertThat(referrals.search(ReferralFilter.all(), PageRequest.of(0, 2, latestFirst)))
                .extracting(ReferralRow::id).containsExactly(third.getId(), second.getId());
        assertThat(referrals.search(ReferralFilter.all(), PageRequest.of(1, 2, latestFirst)))
                .extracting(ReferralRow::id).startsWith(first.getId());
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(referrals.search(ReferralFilter.all(), PageRequest.of(0, 2, latestFirst.ascending())))
                .extracting(ReferralRow::id).doesNotContain(third.getId(), second.getId());
        assertThat(referrals.any(ReferralFilter.all())).isTrue();
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThat(referrals.any(ReferralFilter.all())).isFalse();
    }

    @Test
    void anAdviserSeesOnlyTheReferralsOfTheirOwnOperator() {
        Referral referral = referrals.submit(null, validReferral("Opérateur", velo.getId()));
        users.login(TestUsers.CEP_ADVISER_OTHER_OPERATOR);
        assertThat(referrals.details(referral.getId())).isEmpty();
        assertThat(referrals.search(ReferralFilter.all(), Pageable.unpaged()))
                .allSatisfy(row -> assertThat(row.cepOperatorName()).isEqualTo("CEP Atlantique Conseil"));
    }

    // --- Finding a referral ---

    @Test
    void anAdviserFindsAReferralByItsNumberOrByTheSiaeItWasSentTo() {
        Referral toVelo = referrals.submit(null, validReferral("Numérotée-Vélo", velo.getId()));
        Referral toRecyclerie = referrals.submit(null, validReferral("Numérotée-Recyclerie", recyclerie.getId()));

        assertThat(rows(new ReferralFilter(" " + toRecyclerie.businessKey().toLowerCase() + " ", null, false)))
                .containsExactly(toRecyclerie.getId());
        assertThat(rows(new ReferralFilter("ORI-0", null, false))).isEmpty();
        assertThat(rows(new ReferralFilter("Numérotée", null, false, velo.getSiae().getId())))
                .containsExactly(toVelo.getId());
        assertThat(rows(new ReferralFilter(null, null, false, recyclerie.getSiae().getId())))
                .contains(toRecyclerie.getId()).doesNotContain(toVelo.getId());
        assertThat(referrals.listsSeveralSiae()).isTrue();

        // An SIAE's list is its own: it filters by nothing more.
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(referrals.listsSeveralSiae()).isFalse();
        assertThat(rows(new ReferralFilter(toRecyclerie.businessKey(), null, false))).isEmpty();
        assertThat(rows(new ReferralFilter(toVelo.businessKey(), null, false))).containsExactly(toVelo.getId());
    }

    private List<Long> rows(ReferralFilter filter) {
        return referrals.search(filter, Pageable.unpaged()).stream().map(ReferralRow::id).toList();
    }
}
