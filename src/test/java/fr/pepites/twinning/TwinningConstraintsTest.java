package fr.pepites.twinning;

import static fr.pepites.twinning.SolverFixtures.ASCENSION;
import static fr.pepites.twinning.SolverFixtures.BORDEAUX;
import static fr.pepites.twinning.SolverFixtures.LIBOURNE;
import static fr.pepites.twinning.SolverFixtures.MONDAY;
import static fr.pepites.twinning.SolverFixtures.host;
import static fr.pepites.twinning.SolverFixtures.request;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint of the twinning solver, with its edges. */
class TwinningConstraintsTest {

    private final ConstraintVerifier<TwinningConstraints, TwinningPlan> verifier =
            ConstraintVerifier.build(new TwinningConstraints(), TwinningPlan.class, Placement.class);

    private final Host bordeaux = host("T1").build();
    private final int libourneKm = BORDEAUX.kilometresTo(LIBOURNE);

    @Test
    void everyRequestedThemeMustBeOffered() {
        Host woodOnly = host("T1").themes("MENUISERIE").build();
        verifier.verifyThat(TwinningConstraints::themes)
                .given(request("R1").themes("MENUISERIE", "REEMPLOI", "COUTURE_SURCYCLAGE").at(woodOnly, MONDAY))
                .penalizesBy(2);
        verifier.verifyThat(TwinningConstraints::themes)
                .given(request("R1").themes("MENUISERIE").at(woodOnly, MONDAY)).penalizesBy(0);
    }

    @Test
    void theLastSeatOfADayCanBeTakenButNotOneMore() {
        // Eight seats, two already held on Monday by a confirmed twinning.
        Host booked = host("T1").seats(8).booked(MONDAY, 2).build();
        verifier.verifyThat(TwinningConstraints::seats)
                .given(request("R1").participants(6).at(booked, MONDAY)).penalizesBy(0);
        verifier.verifyThat(TwinningConstraints::seats)
                .given(request("R1").participants(7).at(booked, MONDAY)).penalizesBy(1);
        // Two requests on the same four days: 5 + 4 = 9 seats of 8, one too many on each of the four days.
        verifier.verifyThat(TwinningConstraints::seats)
                .given(request("R1").participants(5).at(bordeaux, MONDAY),
                        request("R2").participants(4).at(bordeaux, MONDAY)).penalizesBy(4);
    }

    @Test
    void theWeeklyLimitCountsTheDaysAlreadyHosted() {
        // Ascension week: Monday to Friday without Thursday, four days of a five-day limit.
        Host four = host("T1").weeklyLimit(4).build();
        verifier.verifyThat(TwinningConstraints::weeklyLimit)
                .given(request("R1").at(four, MONDAY)).penalizesBy(0);
        Host fourWithOneHeld = host("T1").weeklyLimit(4).booked(ASCENSION.plusDays(1), 2).build();
        verifier.verifyThat(TwinningConstraints::weeklyLimit)
                .given(request("R1").at(fourWithOneHeld, MONDAY)).penalizesBy(1);
    }

    @Test
    void twoTwinningsOnOneDayAreTwoTwinningDaysOfTheWeek() {
        // The limit counts twinning days, each twinning present on a day one: two groups the same day are two
        // sessions for the tiers-lieu's staff (docs/twinning.md). Four days each in Ascension week, limit 7: one over.
        Host seven = host("T1").weeklyLimit(7).build();
        verifier.verifyThat(TwinningConstraints::weeklyLimit)
                .given(request("R1").participants(2).at(seven, MONDAY),
                        request("R2").participants(2).at(seven, MONDAY)).penalizesBy(1);
        Host eight = host("T1").weeklyLimit(8).build();
        verifier.verifyThat(TwinningConstraints::weeklyLimit)
                .given(request("R1").participants(2).at(eight, MONDAY),
                        request("R2").participants(2).at(eight, MONDAY)).penalizesBy(0);
    }

    @Test
    void allFourDaysInsideTheWindowItsLastDayIncluded() {
        // From Monday 3 May the days are 3, 4, 5 and 7 May (Thursday 6 is Ascension Day).
        verifier.verifyThat(TwinningConstraints::window)
                .given(request("R1").window(MONDAY, MONDAY.plusDays(4)).at(bordeaux, MONDAY)).penalizesBy(0);
        verifier.verifyThat(TwinningConstraints::window)
                .given(request("R1").window(MONDAY, MONDAY.plusDays(3)).at(bordeaux, MONDAY)).penalizesBy(1);
    }

    @Test
    void aTiersLieuWithoutFourOpenDaysFromTheStartBreaksTheWindow() {
        Host mondaysOnly = host("T1").open(DayOfWeek.MONDAY).build();
        verifier.verifyThat(TwinningConstraints::window)
                .given(request("R1").at(mondaysOnly, MONDAY)).penalizesBy(1);
        // One Monday a week from 7 June to 28 June, the window's last day (from 3 May, Whit Monday would break it).
        verifier.verifyThat(TwinningConstraints::window)
                .given(request("R1").weekly().at(mondaysOnly, MONDAY.plusWeeks(5))).penalizesBy(0);
        verifier.verifyThat(TwinningConstraints::window)
                .given(request("R1").weekly().at(mondaysOnly, MONDAY)).penalizesBy(1);
    }

    @Test
    void theTravelDistanceWithinTheMaximumItsEdgeIncluded() {
        Host libourne = host("T1").at(LIBOURNE).build();
        verifier.verifyThat(TwinningConstraints::distance)
                .given(request("R1").maxKm(libourneKm).at(libourne, MONDAY)).penalizesBy(0);
        verifier.verifyThat(TwinningConstraints::distance)
                .given(request("R1").maxKm(libourneKm - 2).at(libourne, MONDAY)).penalizesBy(2);
    }

    @Test
    void neverATiersLieuThatDeclinedOrWasDeclined() {
        verifier.verifyThat(TwinningConstraints::excluded)
                .given(request("R1").excluded("T1").at(bordeaux, MONDAY)).penalizesBy(1);
        verifier.verifyThat(TwinningConstraints::excluded)
                .given(request("R1").excluded("T2").at(bordeaux, MONDAY)).penalizesBy(0);
    }

    @Test
    void aRequestLeftWithoutProposalCostsAMediumPoint() {
        verifier.verifyThat(TwinningConstraints::unplaced)
                .given(request("R1").build(), request("R2").at(bordeaux, MONDAY)).penalizesBy(1);
    }

    @Test
    void travelCountsKilometresTimesParticipants() {
        Host libourne = host("T1").at(LIBOURNE).build();
        verifier.verifyThat(TwinningConstraints::travel)
                .given(request("R1").participants(3).at(libourne, MONDAY)).penalizesBy(3L * libourneKm);
        verifier.verifyThat(TwinningConstraints::travel)
                .given(request("R1").participants(3).at(bordeaux, MONDAY)).penalizesBy(0);
    }

    @Test
    void laterDatesCostPerDayAfterTheEarliestStart() {
        verifier.verifyThat(TwinningConstraints::later)
                .given(request("R1").at(bordeaux, MONDAY)).penalizesBy(0);
        verifier.verifyThat(TwinningConstraints::later)
                .given(request("R1").at(bordeaux, MONDAY.plusDays(7))).penalizesBy(7 * TwinningWeights.LATER_PER_DAY);
    }

    @Test
    void theLoadIsBalancedAcrossTiersLieux() {
        Host other = host("T2").build();
        verifier.verifyThat(TwinningConstraints::balance)
                .given(request("R1").at(bordeaux, MONDAY), request("R2").at(bordeaux, MONDAY.plusWeeks(1)))
                .penalizesBy(4 * TwinningWeights.BALANCE_PER_TWINNING);
        verifier.verifyThat(TwinningConstraints::balance)
                .given(request("R1").at(bordeaux, MONDAY), request("R2").at(other, MONDAY))
                .penalizesBy(2 * TwinningWeights.BALANCE_PER_TWINNING);
    }

    @Test
    void aTiersLieuNewToTheSiaeIsPreferred() {
        verifier.verifyThat(TwinningConstraints::newHost)
                .given(request("R1").at(bordeaux, MONDAY)).rewardsWith(TwinningWeights.NEW_HOST_BONUS);
        verifier.verifyThat(TwinningConstraints::newHost)
                .given(request("R1").known("T1").at(bordeaux, MONDAY)).rewardsWith(0);
    }
}
