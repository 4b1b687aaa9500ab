package fr.pepites.referral;

import fr.pepites.directory.SiaeKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The IAE eligibility rule: one level-1 criterion, or enough level-2 criteria for the kind of SIAE (two for an AI
 * or an ETTI, three for an ACI, an EI or an EITI).
 */
public final class EligibilityRule {

    private EligibilityRule() {
    }

    public static int levelTwoNeeded(SiaeKind kind) {
        return kind == SiaeKind.AI || kind == SiaeKind.ETTI ? 2 : 3;
    }

    public static boolean isEligible(Set<EligibilityCriterion> criteria, SiaeKind kind) {
        return criteria.stream().anyMatch(c -> c.level() == 1)
                || criteria.stream().filter(c -> c.level() == 2).count() >= levelTwoNeeded(kind);
    }

    /** Eligible for at least one kind of SIAE (an open referral's matching then keeps only those). */
    public static boolean isEligibleForSomeKind(Set<EligibilityCriterion> criteria) {
        return Arrays.stream(SiaeKind.values()).anyMatch(kind -> isEligible(criteria, kind));
    }

    /** Why the criteria do not open an insertion job in this kind of SIAE, in French; empty when they do. */
    public static Optional<String> refusal(Set<EligibilityCriterion> criteria, SiaeKind kind) {
        if (isEligible(criteria, kind)) {
            return Optional.empty();
        }
        long levelTwo = criteria.stream().filter(c -> c.level() == 2).count();
        return Optional.of("Personne non éligible à un poste en insertion dans une " + kind.name()
                + " : il faut un critère de niveau 1, ou " + levelTwoNeeded(kind) + " critères de niveau 2 ("
                + levelTwo + " coché" + (levelTwo > 1 ? "s" : "") + ").");
    }
}
