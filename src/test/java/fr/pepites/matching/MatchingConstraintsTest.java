package fr.pepites.matching;

import static fr.pepites.matching.MatchingFixtures.BORDEAUX;
import static fr.pepites.matching.MatchingFixtures.DAX;
import static fr.pepites.matching.MatchingFixtures.TODAY;
import static fr.pepites.matching.MatchingFixtures.candidate;
import static fr.pepites.matching.MatchingFixtures.proposal;
import static fr.pepites.matching.MatchingFixtures.unassigned;
import static fr.pepites.matching.MatchingFixtures.vacancy;

import fr.pepites.directory.SiaeKind;
import fr.pepites.reference.Licence;
import fr.pepites.vacancy.VacancyKind;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** One test per constraint, with its edge cases. */
class MatchingConstraintsTest {

    private final ConstraintVerifier<MatchingConstraints, MatchingProblem> verifier =
            ConstraintVerifier.build(new MatchingConstraints(), MatchingProblem.class, Proposal.class);

    private final MatchVacancy twoSeats = vacancy("V1", "S1").seats(2).build();

    @Test
    void lastSeatOfAVacancyCanBeTakenButNotTwice() {
        verifier.verifyThat(MatchingConstraints::seatTakenTwice)
                .given(proposal(candidate("A").build(), twoSeats, 1), proposal(candidate("B").build(), twoSeats, 2))
                .penalizesBy(0);
        verifier.verifyThat(MatchingConstraints::seatTakenTwice)
                .given(proposal(candidate("A").build(), twoSeats, 2), proposal(candidate("B").build(), twoSeats, 2))
                .penalizesBy(1);
    }

    @Test
    void peopleWithoutProposalTakeNoSeat() {
        verifier.verifyThat(MatchingConstraints::seatTakenTwice)
                .given(unassigned(candidate("A").build()), unassigned(candidate("B").build()))
                .penalizesBy(0);
    }

    @Test
    void aStaffJobIsNotProposedForAnInsertionReferral() {
        MatchVacancy staff = vacancy("V1", "S1").kind(VacancyKind.STAFF, SiaeKind.ACI).build();
        verifier.verifyThat(MatchingConstraints::kind)
                .given(proposal(candidate("A").build(), staff)).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::kind)
                .given(proposal(candidate("A").goal(VacancyKind.STAFF).build(), staff)).penalizesBy(0);
    }

    @Test
    void insertionJobsNeedEligibilityInThatKindOfSiae() {
        MatchCandidate eligibleInAiOnly = candidate("A").eligibleIn(SiaeKind.AI).build();
        verifier.verifyThat(MatchingConstraints::eligibility)
                .given(proposal(eligibleInAiOnly, vacancy("V1", "S1").kind(VacancyKind.INSERTION, SiaeKind.ACI).build()))
                .penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::eligibility)
                .given(proposal(eligibleInAiOnly, vacancy("V1", "S1").kind(VacancyKind.INSERTION, SiaeKind.AI).build()))
                .penalizesBy(0);
    }

    @Test
    void staffJobsNeedNoEligibility() {
        MatchCandidate notEligible = candidate("A").goal(VacancyKind.STAFF).eligibleIn().build();
        verifier.verifyThat(MatchingConstraints::eligibility)
                .given(proposal(notEligible, vacancy("V1", "S1").kind(VacancyKind.STAFF, SiaeKind.EI).build()))
                .penalizesBy(0);
    }

    @Test
    void eachMissingLicenceCounts() {
        MatchVacancy truck = vacancy("V1", "S1").requiring(Licence.C, Licence.CACES).build();
        verifier.verifyThat(MatchingConstraints::licences)
                .given(proposal(candidate("A").licences(Licence.B).build(), truck)).penalizesBy(2);
        verifier.verifyThat(MatchingConstraints::licences)
                .given(proposal(candidate("A").licences(Licence.C, Licence.CACES, Licence.B).build(), truck))
                .penalizesBy(0);
    }

    @Test
    void radiusExactlyReachedIsWithinReach() {
        MatchVacancy inDax = vacancy("V1", "S1").at(DAX).build();
        verifier.verifyThat(MatchingConstraints::radius)
                .given(proposal(candidate("A").radius(126).build(), inDax)).penalizesBy(0);
        verifier.verifyThat(MatchingConstraints::radius)
                .given(proposal(candidate("A").radius(125).build(), inDax)).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::radius)
                .given(proposal(candidate("A").radius(0).build(), inDax)).penalizesBy(126);
    }

    @Test
    void availabilityUpToTheJobsStartPlusToleranceIsInTime() {
        MatchVacancy job = vacancy("V1", "S1").latestAvailability(TODAY.plusDays(30)).build();
        verifier.verifyThat(MatchingConstraints::availability)
                .given(proposal(candidate("A").availableFrom(TODAY.plusDays(30)).build(), job)).penalizesBy(0);
        verifier.verifyThat(MatchingConstraints::availability)
                .given(proposal(candidate("A").availableFrom(TODAY.plusDays(33)).build(), job)).penalizesBy(3);
        verifier.verifyThat(MatchingConstraints::availability)
                .given(proposal(candidate("A").availableFrom(TODAY.plusDays(400)).build(),
                        vacancy("V2", "S1").latestAvailability(null).build()))
                .penalizesBy(0);
    }

    @Test
    void anSiaeThatRefusedThePersonIsNeverProposedAgain() {
        verifier.verifyThat(MatchingConstraints::refusedBefore)
                .given(proposal(candidate("A").refusedBy("S1").build(), vacancy("V1", "S1").build())).penalizesBy(1);
        verifier.verifyThat(MatchingConstraints::refusedBefore)
                .given(proposal(candidate("A").refusedBy("S2").build(), vacancy("V1", "S1").build())).penalizesBy(0);
    }

    @Test
    void eachMatchIsRewardedAndNobodyIsForced() {
        verifier.verifyThat(MatchingConstraints::matched)
                .given(proposal(candidate("A").build(), twoSeats, 1), unassigned(candidate("B").build()))
                .rewardsWith(1);
    }

    @Test
    void longerWaitingIsRewardedPerDayOnlyWhenMatched() {
        verifier.verifyThat(MatchingConstraints::waiting)
                .given(proposal(candidate("A").waiting(45).build(), twoSeats, 1),
                        unassigned(candidate("B").waiting(90).build()))
                .rewardsWith(45);
    }

    @Test
    void sameRomeCodeIsRewarded() {
        verifier.verifyThat(MatchingConstraints::sameRomeCode)
                .given(proposal(candidate("A").targeting("K2204").build(), vacancy("V1", "S1").rome("K2204").build()))
                .rewardsWith(1);
        verifier.verifyThat(MatchingConstraints::sameRomeCode)
                .given(proposal(candidate("A").targeting("K2204").build(), vacancy("V1", "S1").rome("K2202").build()))
                .rewardsWith(0);
    }

    @Test
    void sameRomeDomainIsRewardedOnlyWhenTheCodeDiffers() {
        verifier.verifyThat(MatchingConstraints::sameRomeDomain)
                .given(proposal(candidate("A").targeting("K2204").build(), vacancy("V1", "S1").rome("K2202").build()))
                .rewardsWith(1);
        verifier.verifyThat(MatchingConstraints::sameRomeDomain)
                .given(proposal(candidate("A").targeting("K2204").build(), vacancy("V1", "S1").rome("K2204").build()))
                .rewardsWith(0);
        verifier.verifyThat(MatchingConstraints::sameRomeDomain)
                .given(proposal(candidate("A").targeting("K2204").build(), vacancy("V1", "S1").rome("A1203").build()))
                .rewardsWith(0);
    }

    @Test
    void distanceCostsPerKilometre() {
        verifier.verifyThat(MatchingConstraints::distance)
                .given(proposal(candidate("A").build(), vacancy("V1", "S1").at(DAX).build()))
                .penalizesBy(126);
        verifier.verifyThat(MatchingConstraints::distance)
                .given(proposal(candidate("A").at(BORDEAUX).build(), vacancy("V1", "S1").at(BORDEAUX).build()))
                .penalizesBy(0);
    }

    @Test
    void proposalsToOneSiaeCostTheSquareOfTheirNumber() {
        MatchVacancy s1 = vacancy("V1", "S1").seats(3).build();
        MatchVacancy s2 = vacancy("V2", "S2").build();
        verifier.verifyThat(MatchingConstraints::spread)
                .given(proposal(candidate("A").build(), s1, 1), proposal(candidate("B").build(), s1, 2),
                        proposal(candidate("C").build(), s1, 3))
                .penalizesBy(9);
        verifier.verifyThat(MatchingConstraints::spread)
                .given(proposal(candidate("A").build(), s1, 1), proposal(candidate("B").build(), s1, 2),
                        proposal(candidate("C").build(), s2, 1))
                .penalizesBy(5);
    }
}
