package fr.pepites.matching;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The constraints of matching people with vacancies, hard then soft; their weights are in {@link MatchingWeights}
 * under the same names. The rules on a pair are those of {@link MatchingRules}.
 */
public class MatchingConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            seatTakenTwice(factory),
            kind(factory),
            eligibility(factory),
            licences(factory),
            radius(factory),
            availability(factory),
            refusedBefore(factory),
            matched(factory),
            waiting(factory),
            sameRomeCode(factory),
            sameRomeDomain(factory),
            distance(factory),
            spread(factory)
        };
    }

    // --- Hard ----------------------------------------------------------------------------------------------

    Constraint seatTakenTwice(ConstraintFactory factory) {
        return factory.forEachUniquePair(Proposal.class, Joiners.equal(Proposal::getSeat))
                .penalizeConfigurable()
                .asConstraint(MatchingWeights.SEAT_TAKEN_TWICE);
    }

    Constraint kind(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .filter(p -> !MatchingRules.kindFits(p.getCandidate(), p.getVacancy()))
                .penalizeConfigurable()
                .asConstraint(MatchingWeights.KIND);
    }

    Constraint eligibility(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .filter(p -> !MatchingRules.eligible(p.getCandidate(), p.getVacancy()))
                .penalizeConfigurable()
                .asConstraint(MatchingWeights.ELIGIBILITY);
    }

    Constraint licences(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .filter(p -> MatchingRules.missingLicences(p.getCandidate(), p.getVacancy()) > 0)
                .penalizeConfigurable(p -> MatchingRules.missingLicences(p.getCandidate(), p.getVacancy()))
                .asConstraint(MatchingWeights.LICENCES);
    }

    Constraint radius(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .filter(p -> MatchingRules.kilometresBeyondRadius(p.getCandidate(), p.getVacancy()) > 0)
                .penalizeConfigurable(p -> MatchingRules.kilometresBeyondRadius(p.getCandidate(), p.getVacancy()))
                .asConstraint(MatchingWeights.RADIUS);
    }

    Constraint availability(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .filter(p -> MatchingRules.daysLate(p.getCandidate(), p.getVacancy()) > 0)
                .penalizeConfigurableLong(p -> MatchingRules.daysLate(p.getCandidate(), p.getVacancy()))
                .asConstraint(MatchingWeights.AVAILABILITY);
    }

    Constraint refusedBefore(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .filter(p -> MatchingRules.refusedBefore(p.getCandidate(), p.getVacancy()))
                .penalizeConfigurable()
                .asConstraint(MatchingWeights.REFUSED_BEFORE);
    }

    // --- Soft ----------------------------------------------------------------------------------------------

    /** Fewest people left without a proposal: each match is worth its weight. */
    Constraint matched(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .rewardConfigurable()
                .asConstraint(MatchingWeights.MATCHED);
    }

    /** The longest-waiting people first: a match is worth more per day its referral has waited. */
    Constraint waiting(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .filter(p -> p.getCandidate().waitingDays() > 0)
                .rewardConfigurable(p -> p.getCandidate().waitingDays())
                .asConstraint(MatchingWeights.WAITING);
    }

    Constraint sameRomeCode(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .filter(p -> MatchingRules.sameRomeCode(p.getCandidate(), p.getVacancy()))
                .rewardConfigurable()
                .asConstraint(MatchingWeights.SAME_ROME_CODE);
    }

    Constraint sameRomeDomain(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .filter(p -> MatchingRules.sameRomeDomain(p.getCandidate(), p.getVacancy()))
                .rewardConfigurable()
                .asConstraint(MatchingWeights.SAME_ROME_DOMAIN);
    }

    Constraint distance(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .filter(p -> MatchingRules.distanceKm(p.getCandidate(), p.getVacancy()) > 0)
                .penalizeConfigurable(p -> MatchingRules.distanceKm(p.getCandidate(), p.getVacancy()))
                .asConstraint(MatchingWeights.DISTANCE);
    }

    /**
     * No structure flooded while others receive none: each SIAE costs the square of its number of proposals, so
     * a fifth proposal to one SIAE costs 9 where a first one elsewhere costs 1.
     */
    Constraint spread(ConstraintFactory factory) {
        return factory.forEach(Proposal.class)
                .groupBy(p -> p.getVacancy().siaeId(), count())
                .penalizeConfigurable((siae, proposals) -> proposals * proposals)
                .asConstraint(MatchingWeights.SPREAD);
    }
}
