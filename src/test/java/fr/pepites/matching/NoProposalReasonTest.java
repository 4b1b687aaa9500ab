package fr.pepites.matching;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.reference.Licence;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rule left a person without a proposal, from the problem. */
class NoProposalReasonTest {

    private final MatchingSolver solver = new MatchingSolver();

    private String reasonFor(String id, List<MatchCandidate> people, List<MatchVacancy> jobs) {
        MatchingProblem best = solver.solve(MatchingProblem.of(people, jobs, new MatchingWeights()),
                Duration.ofSeconds(5), improved -> { });
        Proposal without = best.getProposals().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
        assertThat(without.getVacancy()).isNull();
        return NoProposalReason.of(best, without);
    }

    @Test
    void noVacancyWithinTheRadiusSaysSoWithTheNearestOne() {
        MatchVacancy inDax = MatchingFixtures.vacancy("V1", "S1").at(MatchingFixtures.DAX).build();

        assertThat(reasonFor("A", List.of(MatchingFixtures.candidate("A").radius(10).build()), List.of(inDax)))
                .startsWith("Aucun poste ne convient : aucun poste du type visé dans son rayon de mobilité de 10 km "
                        + "(le plus proche est à ");
    }

    @Test
    void aMissingLicenceSaysWhichOne() {
        MatchVacancy driving = MatchingFixtures.vacancy("V1", "S1").requiring(Licence.CE).build();

        assertThat(reasonFor("A", List.of(MatchingFixtures.candidate("A").licences(Licence.B).build()),
                List.of(driving))).isEqualTo("Aucun poste ne convient : dans son rayon, le seul poste possible "
                        + "demande un permis que la personne n'a pas (CE).");
    }

    @Test
    void aSeatTakenBySomeoneForWhomTheMatchIsWorthMoreNamesTheVacancyAndWhoHasIt() {
        MatchVacancy oneSeat = MatchingFixtures.vacancy("V1", "S1").build();
        // B has waited far longer: the one seat is worth more to B.
        List<MatchCandidate> people = List.of(MatchingFixtures.candidate("A").waiting(1).build(),
                MatchingFixtures.candidate("B").waiting(200).build());

        assertThat(reasonFor("A", people, List.of(oneSeat))).isEqualTo("Les postes possibles sont pris par des "
                + "personnes pour qui la mise en relation compte davantage : Agent de propreté (SIAE S1) pour B.");
    }
}
