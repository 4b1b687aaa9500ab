package fr.pepites.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.Plural;
import fr.pepites.directory.Person;
import fr.pepites.learning.ActivityKind;
import fr.pepites.learning.Learner;
import fr.pepites.learning.LearningLedger;
import fr.pepites.twinning.process.TwinningProcess;
import fr.pepites.workflow.InboxTask;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Twinnings through the service API, one transaction per action, from the request to the badge earners. */
@PepitesSpringTest
@Transactional
class TwinningServiceTest {

    /** A Monday five weeks ahead, clear of holidays in most years' weeks. */
    private static final LocalDate MONDAY = LocalDate.now().plusWeeks(5).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Autowired
    TwinningService twinnings;
    @Autowired
    ThemeCatalogue catalogue;
    @Autowired
    fr.pepites.twinning.TwinningOffers offers;
    @Autowired
    TwinningFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    EntityManager entityManager;
    @Autowired
    LearningLedger ledger;

    @BeforeEach
    void offer() {
        fixtures.offerAtChartrons();
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        users.logout();
    }

    private Twinning reload(Twinning t) {
        entityManager.flush();
        entityManager.refresh(t);
        return t;
    }

    private static List<Boolean> allPresent(Twinning t) {
        return t.getParticipants().stream().map(p -> true).toList();
    }

    private Twinning matchedAndApproved() {
        Twinning t = fixtures.submitted(MONDAY);
        fixtures.matchAtChartrons(t, MONDAY);
        users.login(TestUsers.SIAE_DIRECTOR);
        twinnings.approve(fixtures.taskOf(t, TwinningProcess.TASK_APPROVE).id(), t.getId(), reload(t).getVersion());
        return reload(t);
    }

    // --- The whole way ---------------------------------------------------------------------------------------

    @Test
    void requestedMatchedApprovedConfirmedAttendedAndEvaluatedItClosesWithItsBadgeEarners() {
        Twinning t = fixtures.submitted(MONDAY);
        assertThat(reload(t).getStatus()).isEqualTo(TwinningStatus.AWAITING_MATCH);

        fixtures.matchAtChartrons(t, MONDAY);
        assertThat(reload(t).getStatus()).isEqualTo(TwinningStatus.AWAITING_APPROVAL);
        assertThat(t.getTiersLieu().getName()).isEqualTo("Fablab des Chartrons");
        assertThat(t.getDates()).hasSize(4).first().isEqualTo(MONDAY);

        users.login(TestUsers.SIAE_DIRECTOR);
        TwinningDetails seen = twinnings.details(t.getId()).orElseThrow();
        assertThat(seen.hostAddress()).isNotBlank();
        assertThat(seen.machines()).isEqualTo("Scie à format, ponceuses");
        twinnings.approve(fixtures.taskOf(t, TwinningProcess.TASK_APPROVE).id(), t.getId(), reload(t).getVersion());
        assertThat(reload(t).getStatus()).isEqualTo(TwinningStatus.AWAITING_CONFIRMATION);

        users.login(TestUsers.TIERS_LIEU_MANAGER);
        twinnings.confirm(fixtures.taskOf(t, TwinningProcess.TASK_CONFIRM).id(), t.getId(), reload(t).getVersion());
        assertThat(reload(t).getStatus()).isEqualTo(TwinningStatus.SCHEDULED);
        assertThat(offers.calendar(MONDAY)).extracting(TwinningOffers.CalendarDay::businessKey)
                .contains(t.businessKey());

        List<InboxTask> days = fixtures.tasksOf(t, TwinningProcess.TASK_ATTENDANCE);
        assertThat(days).hasSize(4);
        for (InboxTask task : days) {
            int day = twinnings.dayOfTask(task);
            TwinningFixtures.clockAt(reload(t).getDates().get(day));
            // The first participant every day, the others only on the first day.
            List<Boolean> present = new java.util.ArrayList<>();
            for (int i = 0; i < t.getParticipants().size(); i++) {
                present.add(i == 0 || day == 0);
            }
            twinnings.recordAttendance(task.id(), t.getId(), reload(t).getVersion(), present);
        }
        assertThat(reload(t).getStatus()).isEqualTo(TwinningStatus.EVALUATION);

        twinnings.evaluate(fixtures.taskOf(t, TwinningProcess.TASK_EVALUATE_HOST).id(), t.getId(),
                reload(t).getVersion(), 5, "Groupe très investi");
        users.login(TestUsers.SIAE_STAFF);
        twinnings.evaluate(fixtures.taskOf(t, TwinningProcess.TASK_EVALUATE_SIAE).id(), t.getId(),
                reload(t).getVersion(), 4, null);

        assertThat(reload(t).getStatus()).isEqualTo(TwinningStatus.CLOSED);
        assertThat(t.getParticipants()).extracting(Participant::daysPresent).startsWith(4, 1);
        assertThat(twinnings.badgeEarners(t.getId())).extracting(Participant::getName)
                .containsExactly(t.getParticipants().get(0).getName());
        assertThat(t.getSiaeScore()).isEqualTo(4);
        assertThat(t.getHostScore()).isEqualTo(5);
    }

    @Test
    void aDirectorsDeclineExcludesThatTiersLieuAndSendsTheRequestBackToMatching() {
        Twinning t = fixtures.submitted(MONDAY);
        fixtures.matchAtChartrons(t, MONDAY);
        users.login(TestUsers.SIAE_DIRECTOR);
        InboxTask task = fixtures.taskOf(t, TwinningProcess.TASK_APPROVE);
        assertThatThrownBy(() -> twinnings.declineApproval(task.id(), t.getId(), reload(t).getVersion(), " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("motif");
        twinnings.declineApproval(task.id(), t.getId(), reload(t).getVersion(), "Trop loin pour l'équipe");

        assertThat(reload(t).getStatus()).isEqualTo(TwinningStatus.AWAITING_MATCH);
        assertThat(t.getTiersLieu()).isNull();
        assertThat(t.getDays()).isEmpty();
        users.login(TestUsers.COORDINATOR);
        Placement again = twinnings.buildPlan().placement(t.businessKey());
        assertThat(again.candidateHosts()).extracting(Host::name).doesNotContain("Fablab des Chartrons");
    }

    @Test
    void aTiersLieusDeclineExcludesItAndSendsTheRequestBackToMatching() {
        Twinning t = matchedAndApproved();
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        twinnings.declineHosting(fixtures.taskOf(t, TwinningProcess.TASK_CONFIRM).id(), t.getId(), t.getVersion(),
                "Atelier en travaux");
        assertThat(reload(t).getStatus()).isEqualTo(TwinningStatus.AWAITING_MATCH);
        assertThat(t.getExcludedTiersLieux()).hasSize(1);
    }

    @Test
    void theLastSeatIsCheckedAgainAtTheAcceptance() {
        Twinning first = fixtures.submitted(MONDAY);
        fixtures.matchAtChartrons(first, MONDAY);
        // The same group again on the same days, with one seat fewer than both need.
        int n = first.getParticipants().size();
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        Offer offer = offers.myOffer().orElseThrow();
        offers.saveOffer(offer.getVersion(), new OfferData(offer.getThemes(), offer.getMachines(), 2 * n - 1, 5,
                offer.getOpenWeekdays(), List.of()));
        Twinning second = fixtures.submitted(MONDAY);
        assertThatThrownBy(() -> fixtures.matchAtChartrons(second, MONDAY)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("il ne reste que " + Plural.of(n - 1, "place", "places") + " le " + TwinningService.DATE.format(MONDAY));
        assertThat(reload(second).getStatus()).isEqualTo(TwinningStatus.AWAITING_MATCH);
    }

    // --- Cancellation and moved days ---------------------------------------------------------------------------

    @Test
    void aCancellationBeforeTheFirstDayClosesTheTasksAndFreesTheDays() {
        Twinning t = matchedAndApproved();
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        twinnings.cancel(t.getId(), t.getVersion(), "Fermeture imprévue");
        assertThat(reload(t).getStatus()).isEqualTo(TwinningStatus.CANCELLED);
        assertThat(t.getCancelledBy()).isEqualTo(Side.TIERS_LIEU);
        // What remains of the process is the e-mail to the other side (TwinningMailTest): no task is left.
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        assertThat(fixtures.tasksOf(t, TwinningProcess.TASK_CONFIRM)).isEmpty();
        assertThat(offers.calendar(MONDAY)).extracting(TwinningOffers.CalendarDay::businessKey)
                .doesNotContain(t.businessKey());
    }

    @Test
    void noCancellationOnceTheFirstDayHasCome() {
        Twinning t = matchedAndApproved();
        TwinningFixtures.clockAt(MONDAY);
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThatThrownBy(() -> twinnings.cancel(t.getId(), t.getVersion(), "Trop tard"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Le premier jour est passé");
    }

    @Test
    void aDayTheTiersLieuMustMoveGoesToAnotherOpenDayOfTheWindow() {
        Twinning t = matchedAndApproved();
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        LocalDate nextMonday = MONDAY.plusWeeks(1);
        twinnings.confirm(fixtures.taskOf(t, TwinningProcess.TASK_CONFIRM).id(), t.getId(), t.getVersion());
        twinnings.moveDay(t.getId(), reload(t).getVersion(), 3, nextMonday);
        assertThat(reload(t).getDates().get(3)).isEqualTo(nextMonday);
        assertThat(fixtures.tasksOf(t, TwinningProcess.TASK_ATTENDANCE)).extracting(InboxTask::name)
                .contains("Relever les présences du jour 4 (" + TwinningService.DATE.format(nextMonday) + ")");
        assertThatThrownBy(() -> twinnings.moveDay(t.getId(), reload(t).getVersion(), 3, MONDAY.plusDays(5)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("n'est pas un jour d'ouverture");
    }

    // --- The themes ------------------------------------------------------------------------------------------

    @Test
    void theCatalogueIsSeededWithTheThemesTheFilesNameAndCoordinatorsKeepIt() {
        users.login(TestUsers.COORDINATOR);
        assertThat(catalogue.themes(false)).extracting(Theme::getCode).containsAll(TwinningFiles.THEMES);
        Theme bike = catalogue.add("Mécanique cycle");
        assertThat(bike.getCode()).isEqualTo("MECANIQUE_CYCLE");
        assertThatThrownBy(() -> catalogue.add("  mécanique CYCLE ".trim().toLowerCase()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("existe déjà");
        catalogue.setActive(bike.getCode(), false);
        assertThat(catalogue.themes(true)).extracting(Theme::getCode).doesNotContain("MECANIQUE_CYCLE");
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThatThrownBy(() -> catalogue.add("Poterie")).isInstanceOf(AccessDeniedException.class);
    }

    // --- Bad input -------------------------------------------------------------------------------------------

    @Test
    void aRequestWithoutThemeParticipantOrAValidWindowIsRefusedWithEachFieldsMessage() {
        users.login(TestUsers.COORDINATOR);
        long before = twinnings.count(TwinningFilter.all());
        TwinningData valid = fixtures.request(MONDAY);
        assertThatThrownBy(() -> twinnings.createDraft(new TwinningData(Set.of(), List.of(), List.of(),
                LocalDate.now().minusDays(1), LocalDate.now().minusDays(3), Rhythm.CONSECUTIVE_DAYS, Set.of(), 0,
                null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("themes", "Choisissez au moins un thème.")
                        .containsEntry("employees", "Nommez au moins un participant : salarié en parcours ou membre "
                                + "de l'équipe.")
                        .containsEntry("earliestStart", "La fenêtre ne peut pas commencer dans le passé.")
                        .containsEntry("latestEnd", "La fin de la fenêtre doit suivre son début.")
                        .containsKey("maxDistanceKm"));
        assertThatThrownBy(() -> twinnings.createDraft(new TwinningData(valid.themes(), List.of(), valid.staffIds(),
                MONDAY, MONDAY.plusDays(10), Rhythm.WEEKLY, Set.of(), 50, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("latestEnd"))
                        .startsWith("La fenêtre est trop courte pour ce rythme"));
        users.login(TestUsers.COORDINATOR);
        assertThat(twinnings.count(TwinningFilter.all())).isEqualTo(before);
    }

    @Test
    void aWindowOrAClosureMoreThanAYearAheadIsRefused() {
        users.login(TestUsers.SIAE_DIRECTOR);
        TwinningData valid = fixtures.request(MONDAY);
        LocalDate year3000 = LocalDate.of(3000, 1, 6);
        assertThatThrownBy(() -> twinnings.createDraft(new TwinningData(valid.themes(), valid.employeeIds(),
                valid.staffIds(), year3000, year3000.plusDays(30), valid.rhythm(), Set.of(), 50, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("earliestStart"))
                        .startsWith("Cette date est à plus d'un an"));
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        long version = offers.myOffer().orElseThrow().getVersion();
        assertThatThrownBy(() -> offers.saveOffer(version, new OfferData(Set.of("REEMPLOI"), null, 4, 5,
                Set.of(DayOfWeek.MONDAY), List.of(new Closure(LocalDate.now(), LocalDate.of(2999, 12, 31),
                "Travaux")))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("closures"))
                        .startsWith("Cette date est à plus d'un an"));
    }

    @Test
    void anOfferWithoutOpenDayOrSeatsIsRefused() {
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        long version = offers.myOffer().orElseThrow().getVersion();
        assertThatThrownBy(() -> offers.saveOffer(version, new OfferData(Set.of("REEMPLOI"), null, 0, 5, Set.of(),
                List.of()))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("seatsPerDay", "Il faut au moins une place par jour.")
                        .containsEntry("openWeekdays", "Cochez au moins un jour d'ouverture."));
    }

    @Test
    void attendanceIsNotRecordedBeforeTheDayAndIsToComeUntilThenNorAScoreOutsideOneToFive() {
        Twinning t = matchedAndApproved();
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        twinnings.confirm(fixtures.taskOf(t, TwinningProcess.TASK_CONFIRM).id(), t.getId(), t.getVersion());
        assertThat(twinnings.details(t.getId()).orElseThrow().attendanceRecorded()).as("participants' days to come")
                .isFalse();
        InboxTask first = fixtures.tasksOf(t, TwinningProcess.TASK_ATTENDANCE).get(0);
        assertThatThrownBy(() -> twinnings.recordAttendance(first.id(), t.getId(), reload(t).getVersion(),
                allPresent(t))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("se relèvent ce jour-là ou après, pas avant");
        for (InboxTask task : fixtures.tasksOf(t, TwinningProcess.TASK_ATTENDANCE)) {
            TwinningFixtures.clockAt(reload(t).getDates().get(Twinning.DAYS - 1));
            twinnings.recordAttendance(task.id(), t.getId(), reload(t).getVersion(), allPresent(t));
            assertThat(twinnings.details(t.getId()).orElseThrow().attendanceRecorded()).isTrue();
        }
        InboxTask evaluation = fixtures.taskOf(t, TwinningProcess.TASK_EVALUATE_HOST);
        assertThatThrownBy(() -> twinnings.evaluate(evaluation.id(), t.getId(), reload(t).getVersion(), 6, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("score", "La note va de 1 à 5."));
    }

    @Test
    void eachDayOfAttendanceWritesTheLearningLedgerOfThoseWhoWerePresentOnly() {
        Twinning t = matchedAndApproved();
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        twinnings.confirm(fixtures.taskOf(t, TwinningProcess.TASK_CONFIRM).id(), t.getId(), t.getVersion());
        Participant first = reload(t).getParticipants().get(0);
        InboxTask day = fixtures.tasksOf(t, TwinningProcess.TASK_ATTENDANCE).get(0);
        TwinningFixtures.clockAt(reload(t).getDates().get(0));
        List<Boolean> onlyTheFirst = reload(t).getParticipants().stream()
                .map(p -> java.util.Objects.equals(p.getPersonId(), first.getPersonId())
                        && java.util.Objects.equals(p.getAccountId(), first.getAccountId())).toList();
        twinnings.recordAttendance(day.id(), t.getId(), reload(t).getVersion(), onlyTheFirst);

        users.login(TestUsers.SIAE_DIRECTOR);
        LocalDate date = reload(t).getDates().get(0);
        Learner present = first.isEmployee() ? Learner.person(first.getPersonId())
                : Learner.account(first.getAccountId());
        assertThat(ledger.recordOf(present, date, date).orElseThrow().activities()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActivityKind.TWINNING_DAY);
            assertThat(a.minutes()).isEqualTo(7 * 60);
            assertThat(a.sourceRef()).isEqualTo(t.businessKey());
            assertThat(a.themes()).containsExactlyInAnyOrderElementsOf(t.getThemes());
        });
        for (Participant absent : reload(t).getParticipants().subList(1, t.getParticipants().size())) {
            Learner learner = absent.isEmployee() ? Learner.person(absent.getPersonId())
                    : Learner.account(absent.getAccountId());
            assertThat(ledger.recordOf(learner, date, date).orElseThrow().activities()).isEmpty();
        }
    }

    @Test
    void theTwinningsListFindsATwinningByItsNumberAndByTheNameOfAnEmployeeTakingPart() {
        TwinningData request = fixtures.request(MONDAY);
        Person employee = twinnings.candidatesOfMySiae().employees().get(0);
        Twinning t = twinnings.createDraft(new TwinningData(request.themes(), List.of(employee.getId()),
                request.staffIds(), request.earliestStart(), request.latestEnd(), request.rhythm(),
                request.unavailableWeekdays(), request.maxDistanceKm(), request.note()));

        assertThat(found(" " + t.businessKey().toLowerCase() + " ")).containsExactly(t.getId());
        assertThat(found(employee.getLastName().toUpperCase())).contains(t.getId());
        assertThat(found(java.text.Normalizer.normalize(employee.getLastName(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase())).contains(t.getId());
        assertThat(found("atelier velo")).contains(t.getId());
    }

    private List<Long> found(String text) {
        return twinnings.search(new TwinningFilter(null, null, text), org.springframework.data.domain.Pageable.ofSize(500))
                .stream().map(TwinningRow::id).toList();
    }

    @Test
    void theTiersLieuLearnsTheParticipantsNamesOnlyOnceTheDirectorHasApproved() {
        Twinning t = fixtures.submitted(MONDAY);
        fixtures.matchAtChartrons(t, MONDAY);
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        TwinningDetails proposed = twinnings.details(t.getId()).orElseThrow();
        assertThat(proposed.participantsNamed()).isFalse();
        assertThat(proposed.participants()).isEmpty();
        assertThat(proposed.row().participants()).isEqualTo(t.getParticipants().size()).isPositive();
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(twinnings.details(t.getId()).orElseThrow().participants()).hasSameSizeAs(t.getParticipants());

        twinnings.approve(fixtures.taskOf(t, TwinningProcess.TASK_APPROVE).id(), t.getId(), reload(t).getVersion());
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        TwinningDetails approved = twinnings.details(t.getId()).orElseThrow();
        assertThat(approved.participantsNamed()).isTrue();
        assertThat(approved.participants()).extracting(Participant::getName)
                .containsExactlyElementsOf(t.getParticipants().stream().map(Participant::getName).toList());
    }

    @Test
    void aTwinningIsSeenByItsSiaeItsTiersLieuAndTheNetworkOnly() {
        Twinning t = fixtures.submitted(MONDAY);
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThat(twinnings.details(t.getId())).isEmpty();
        assertThatThrownBy(() -> twinnings.cancel(t.getId(), t.getVersion(), "Non"))
                .isInstanceOf(AccessDeniedException.class);
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        assertThat(twinnings.details(t.getId())).isEmpty();
        fixtures.matchAtChartrons(t, MONDAY);
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        assertThat(twinnings.details(t.getId())).isPresent();
        users.login(TestUsers.COORDINATOR);
        assertThat(twinnings.details(t.getId())).isPresent();
    }
}
