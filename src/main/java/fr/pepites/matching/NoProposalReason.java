package fr.pepites.matching;

import fr.pepites.vacancy.VacancyKind;
import fr.pepites.workbench.ScoreWords;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Why a person has no proposal, from the problem itself, for the coordinator: the first hard rule, in the order a
 * coordinator reasons (the kind of job, the radius, then eligibility, licences, availability, earlier refusals), that
 * leaves no open vacancy for the person; else the rejections made on the workbench; else who holds the seats they
 * could have had (people for whom the match is worth more), or why a seat still free is not worth proposing.
 */
final class NoProposalReason {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<MatchingRules.HardRule> ORDER = List.of(MatchingRules.HardRule.KIND,
            MatchingRules.HardRule.RADIUS, MatchingRules.HardRule.ELIGIBILITY, MatchingRules.HardRule.LICENCES,
            MatchingRules.HardRule.AVAILABILITY, MatchingRules.HardRule.REFUSED_BEFORE);

    private NoProposalReason() {
    }

    /** Why this proposal of the solution has no vacancy, in French. */
    static String of(MatchingProblem solution, Proposal proposal) {
        MatchCandidate c = proposal.getCandidate();
        List<MatchVacancy> left = solution.getVacancies();
        if (left.isEmpty()) {
            return "Aucune fiche de poste ouverte n'a de place libre.";
        }
        for (MatchingRules.HardRule rule : ORDER) {
            List<MatchVacancy> kept = left.stream().filter(v -> !rule.brokenBy(c, v)).toList();
            if (kept.isEmpty()) {
                return "Aucun poste ne convient : " + ruledOut(rule, c, left, solution.getVacancies());
            }
            left = kept;
        }
        List<MatchVacancy> open = left.stream().filter(v -> !proposal.excludes(v)).toList();
        if (open.isEmpty()) {
            return "Aucun poste ne convient : " + (left.size() == 1 ? "le seul poste possible, " + name(left.get(0))
                    + ", a été rejeté" : "les " + left.size() + " postes possibles ont été rejetés")
                    + " pour cette personne sur l'atelier.";
        }
        return taken(solution, c, open);
    }

    /** Why no vacancy of {@code left} (those the earlier rules kept) passes {@code rule}. */
    private static String ruledOut(MatchingRules.HardRule rule, MatchCandidate c, List<MatchVacancy> left,
            List<MatchVacancy> all) {
        int n = left.size();
        return switch (rule) {
            case KIND -> "aucun poste ouvert n'est " + (c.goal() == VacancyKind.STAFF ? "un poste permanent"
                    : "un poste en insertion") + ", le type de poste visé.";
            case RADIUS -> "aucun poste du type visé dans son rayon de mobilité de " + c.radiusKm()
                    + " km (le plus proche est à " + left.stream().mapToInt(v -> MatchingRules.distanceKm(c, v)).min()
                    .orElse(0) + " km).";
            case ELIGIBILITY -> "dans son rayon, " + (n == 1 ? "le seul poste du type visé est dans une SIAE"
                    : "les " + n + " postes du type visé sont dans des SIAE") + " où la personne n'est pas éligible ("
                    + left.stream().map(v -> v.siaeKind().name()).distinct().sorted().collect(Collectors.joining(", "))
                    + ").";
            case LICENCES -> "dans son rayon, " + (n == 1 ? "le seul poste possible demande" : "les " + n
                    + " postes possibles demandent") + " un permis que la personne n'a pas (" + missing(c, left) + ").";
            case AVAILABILITY -> "dans son rayon, " + (n == 1 ? "le seul poste possible commence" : "les " + n
                    + " postes possibles commencent") + " trop tôt : la personne n'est disponible qu'à partir du "
                    + DAY.format(c.availableFrom()) + ".";
            case REFUSED_BEFORE -> "dans son rayon, " + (n == 1 ? "le seul poste possible est dans une SIAE"
                    : "les " + n + " postes possibles sont dans des SIAE") + " qui ont déjà refusé la personne.";
        };
    }

    private static String missing(MatchCandidate c, List<MatchVacancy> jobs) {
        Set<String> licences = new TreeSet<>();
        jobs.forEach(v -> v.requiredLicences().stream().filter(l -> !c.licences().contains(l))
                .forEach(l -> licences.add(l.name())));
        return String.join(", ", licences);
    }

    /**
     * Every rule allows these vacancies: their seats went to others, for whom the match is worth more; or one still
     * has a free seat, which this person's match would not pay for (the score says so) or the solve did not reach.
     */
    private static String taken(MatchingProblem solution, MatchCandidate c, List<MatchVacancy> open) {
        Map<MatchVacancy, List<String>> holders = new LinkedHashMap<>();
        Map<String, Long> perSiae = new LinkedHashMap<>();
        for (Proposal other : solution.getProposals()) {
            if (other.getVacancy() != null) {
                holders.computeIfAbsent(other.getVacancy(), v -> new ArrayList<>()).add(other.getId());
                perSiae.merge(other.getVacancy().siaeId(), 1L, Long::sum);
            }
        }
        for (MatchVacancy v : open) {
            int held = holders.getOrDefault(v, List.of()).size();
            if (held < v.seats()) {
                MatchingWeights w = solution.getWeights();
                long gain = MatchingRules.matchValue(c, v, w);
                long spread = w.softWeight(MatchingWeights.SPREAD) * (2 * perSiae.getOrDefault(v.siaeId(), 0L) + 1);
                return name(v) + " a encore une place libre, mais "
                        + (gain - spread <= 0 ? "la proposer à cette personne coûterait plus qu'elle ne rapporte ("
                                + MatchingRules.distanceKm(c, v) + " km de trajet, répartition entre SIAE : "
                                + ScoreWords.soft(gain - spread, ScoreWords.Soft.POINTS) + ")."
                                : "le calcul s'est arrêté avant de la lui proposer : relancez-le.");
            }
        }
        return "Les postes possibles sont pris par des personnes pour qui la mise en relation compte davantage : "
                + open.stream().map(v -> name(v) + " pour " + String.join(", ", holders.get(v)))
                        .collect(Collectors.joining(" ; ")) + ".";
    }

    private static String name(MatchVacancy v) {
        return v.label() + " (" + v.siaeName() + ")";
    }
}
