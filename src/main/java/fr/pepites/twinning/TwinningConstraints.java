package fr.pepites.twinning;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import fr.pepites.twinning.Placement.HostDay;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The constraints of placing twinning requests at tiers-lieux, hard, medium then soft; their names and weights are in
 * {@link TwinningWeights}, the rules on one pair in {@link TwinningRules}.
 */
public class TwinningConstraints implements ConstraintProvider {

    private static final HardMediumSoftLongScore HARD = HardMediumSoftLongScore.ONE_HARD;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            themes(factory),
            seats(factory),
            weeklyLimit(factory),
            window(factory),
            distance(factory),
            excluded(factory),
            unplaced(factory),
            travel(factory),
            later(factory),
            balance(factory),
            newHost(factory)
        };
    }

    // --- Hard ----------------------------------------------------------------------------------------------

    Constraint themes(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> TwinningRules.missingThemes(p, p.getHost()) > 0)
                .penalizeLong(HARD, p -> TwinningRules.missingThemes(p, p.getHost()))
                .asConstraint(TwinningWeights.THEMES);
    }

    /** The participants of every twinning on a day at a host, those already accepted included, within its seats. */
    Constraint seats(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .flattenLast(Placement::hostDays)
                .groupBy(HostDay::host, HostDay::date, sum(HostDay::participants))
                .filter((host, date, people) -> people > host.seatsLeft(date))
                .penalizeLong(HARD, (host, date, people) -> people - host.seatsLeft(date))
                .asConstraint(TwinningWeights.SEATS);
    }

    Constraint weeklyLimit(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .flattenLast(Placement::hostDays)
                .groupBy(HostDay::host, HostDay::week, count())
                .filter((host, week, days) -> days > host.daysLeftInWeekOf(week))
                .penalizeLong(HARD, (host, week, days) -> days - host.daysLeftInWeekOf(week))
                .asConstraint(TwinningWeights.WEEKLY_LIMIT);
    }

    /** Four days found from the start at this host, all inside the window. */
    Constraint window(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> p.days().map(days -> !TwinningRules.insideWindow(p, days)).orElse(true))
                .penalizeLong(HARD, p -> 1)
                .asConstraint(TwinningWeights.WINDOW);
    }

    Constraint distance(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> TwinningRules.kilometresTooFar(p, p.getHost()) > 0)
                .penalizeLong(HARD, p -> TwinningRules.kilometresTooFar(p, p.getHost()))
                .asConstraint(TwinningWeights.DISTANCE);
    }

    Constraint excluded(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> p.getExcludedHosts().contains(p.getHost().id()))
                .penalizeLong(HARD, p -> 1)
                .asConstraint(TwinningWeights.EXCLUDED);
    }

    // --- Medium --------------------------------------------------------------------------------------------

    Constraint unplaced(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Placement.class)
                .filter(p -> p.getHost() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, p -> 1)
                .asConstraint(TwinningWeights.UNPLACED);
    }

    // --- Soft ----------------------------------------------------------------------------------------------

    Constraint travel(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, p -> TwinningWeights.TRAVEL_PER_KM_AND_PARTICIPANT
                        * TwinningRules.distanceKm(p, p.getHost()) * p.getParticipants())
                .asConstraint(TwinningWeights.TRAVEL);
    }

    Constraint later(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> p.days().isPresent())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, p -> TwinningWeights.LATER_PER_DAY
                        * TwinningRules.daysAfterEarliest(p, p.days().get()))
                .asConstraint(TwinningWeights.LATER);
    }

    /** n twinnings at one tiers-lieu cost n² times the weight: the load spreads over the tiers-lieux. */
    Constraint balance(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(Placement::getHost, count())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (host, n) -> TwinningWeights.BALANCE_PER_TWINNING * n * n)
                .asConstraint(TwinningWeights.BALANCE);
    }

    Constraint newHost(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .filter(p -> !p.getKnownHosts().contains(p.getHost().id()))
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, p -> TwinningWeights.NEW_HOST_BONUS)
                .asConstraint(TwinningWeights.NEW_HOST);
    }
}
