package fr.pepites.matching;

import fr.pepites.vacancy.VacancyKind;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The rules on one person and one vacancy, named as the constraints name them. The constraint streams, the
 * seats a proposal may take, the greedy baseline and the exact model of the benchmark all call these, so that
 * they score the same thing.
 */
public final class MatchingRules {

    private MatchingRules() {
    }

    /** The job is of the kind the person is referred for (an insertion job, or a staff job). */
    public static boolean kindFits(MatchCandidate c, MatchVacancy v) {
        return c.goal() == v.kind();
    }

    /** An insertion job needs the person to be eligible in that kind of SIAE; a staff job needs nothing. */
    public static boolean eligible(MatchCandidate c, MatchVacancy v) {
        return v.kind() != VacancyKind.INSERTION || c.eligibleKinds().contains(v.siaeKind());
    }

    /** How many of the job's required licences the person lacks. */
    public static int missingLicences(MatchCandidate c, MatchVacancy v) {
        return (int) v.requiredLicences().stream().filter(l -> !c.licences().contains(l)).count();
    }

    public static int distanceKm(MatchCandidate c, MatchVacancy v) {
        return c.position().kilometresTo(v.position());
    }

    /** Kilometres beyond the person's mobility radius; 0 when the job is within it (the radius itself included). */
    public static int kilometresBeyondRadius(MatchCandidate c, MatchVacancy v) {
        return Math.max(0, distanceKm(c, v) - c.radiusKm());
    }

    /** Days the person becomes available after the job's start plus the tolerance; 0 when in time. */
    public static long daysLate(MatchCandidate c, MatchVacancy v) {
        if (v.latestAvailability() == null || !c.availableFrom().isAfter(v.latestAvailability())) {
            return 0;
        }
        return ChronoUnit.DAYS.between(v.latestAvailability(), c.availableFrom());
    }

    public static boolean refusedBefore(MatchCandidate c, MatchVacancy v) {
        return c.refusedBy().contains(v.siaeId());
    }

    /**
     * The hard rules on one pair (seat capacity aside), by the name of their constraint; the distance last, as the
     * dearest to compute.
     */
    public enum HardRule {
        KIND(MatchingWeights.KIND) {
            @Override
            boolean brokenBy(MatchCandidate c, MatchVacancy v) {
                return !kindFits(c, v);
            }
        },
        ELIGIBILITY(MatchingWeights.ELIGIBILITY) {
            @Override
            boolean brokenBy(MatchCandidate c, MatchVacancy v) {
                return !eligible(c, v);
            }
        },
        LICENCES(MatchingWeights.LICENCES) {
            @Override
            boolean brokenBy(MatchCandidate c, MatchVacancy v) {
                return missingLicences(c, v) > 0;
            }
        },
        AVAILABILITY(MatchingWeights.AVAILABILITY) {
            @Override
            boolean brokenBy(MatchCandidate c, MatchVacancy v) {
                return daysLate(c, v) > 0;
            }
        },
        REFUSED_BEFORE(MatchingWeights.REFUSED_BEFORE) {
            @Override
            boolean brokenBy(MatchCandidate c, MatchVacancy v) {
                return refusedBefore(c, v);
            }
        },
        RADIUS(MatchingWeights.RADIUS) {
            @Override
            boolean brokenBy(MatchCandidate c, MatchVacancy v) {
                return kilometresBeyondRadius(c, v) > 0;
            }
        };

        private final String constraint;

        HardRule(String constraint) {
            this.constraint = constraint;
        }

        public String constraint() {
            return constraint;
        }

        abstract boolean brokenBy(MatchCandidate c, MatchVacancy v);
    }

    private static final HardRule[] HARD_RULES = HardRule.values();

    /** Every hard rule on the pair holds (seat capacity aside): the vacancy's seats are open to this person. */
    public static boolean allowed(MatchCandidate c, MatchVacancy v) {
        for (HardRule rule : HARD_RULES) {
            if (rule.brokenBy(c, v)) {
                return false;
            }
        }
        return true;
    }

    /** The names of the hard rules the pair breaks, seat capacity aside; empty when {@link #allowed}. */
    public static List<String> brokenRules(MatchCandidate c, MatchVacancy v) {
        return Arrays.stream(HARD_RULES).filter(rule -> rule.brokenBy(c, v)).map(HardRule::constraint).toList();
    }

    /** The job's ROME code is one the person targets. */
    public static boolean sameRomeCode(MatchCandidate c, MatchVacancy v) {
        return c.romeCodes().contains(v.romeCode());
    }

    /**
     * The job is in the same professional domain as one the person targets (the ROME code's letter and two digits,
     * e.g. K22), without being the same code.
     */
    public static boolean sameRomeDomain(MatchCandidate c, MatchVacancy v) {
        return !sameRomeCode(c, v) && c.romeCodes().stream().anyMatch(code -> domain(code).equals(domain(v.romeCode())));
    }

    static String domain(String romeCode) {
        return romeCode.length() < 3 ? romeCode : romeCode.substring(0, 3);
    }

    /**
     * What proposing this job to this person adds to the soft score, the spread across SIAE aside: the match, the
     * days waited, the ROME fit, minus the distance. The soft constraints sum to this, plus the spread.
     */
    public static long matchValue(MatchCandidate c, MatchVacancy v, MatchingWeights w) {
        long value = w.softWeight(MatchingWeights.MATCHED)
                + w.softWeight(MatchingWeights.WAITING) * c.waitingDays()
                - w.softWeight(MatchingWeights.DISTANCE) * distanceKm(c, v);
        if (sameRomeCode(c, v)) {
            value += w.softWeight(MatchingWeights.SAME_ROME_CODE);
        } else if (sameRomeDomain(c, v)) {
            value += w.softWeight(MatchingWeights.SAME_ROME_DOMAIN);
        }
        return value;
    }
}
