package fr.pepites.twinning;

import fr.pepites.workbench.ProvenOptimum;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The twinning problem (solver 2 of DESIGN.md): every request waiting for a match, placed at a tiers-lieu from a start
 * date. Hard: the rules of the request and the seats and weekly days of each tiers-lieu; medium: the requests left
 * unplaced; soft: travel, later dates, unbalanced load, tiers-lieux already known to the SIAE.
 */
@PlanningSolution
public class TwinningPlan implements ProvenOptimum.Holder {

    @ProblemFactCollectionProperty
    private List<Host> hosts;

    @PlanningEntityCollectionProperty
    private List<Placement> placements;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** The best score any placement can reach, once {@link TwinningExactPhase} has proven it. */
    private ProvenOptimum<HardMediumSoftLongScore> optimum = new ProvenOptimum<>();

    protected TwinningPlan() {
    }

    public TwinningPlan(List<Host> hosts, List<Placement> placements) {
        this.hosts = List.copyOf(hosts);
        this.placements = List.copyOf(placements);
        placements.forEach(p -> p.attach(this.hosts));
    }

    /**
     * Why no request can be placed anywhere, if so: no tiers-lieu offers a request's themes within its distance and
     * has four open days in its window. The solve then ends at once.
     */
    public java.util.Optional<String> nothingPlaceable() {
        if (placements.isEmpty() || placements.stream().anyMatch(p -> !Schedules.of(p).isEmpty())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Aucune demande n'a de tiers-lieu possible (thèmes proposés, distance maximale, "
                + "tiers-lieux écartés, quatre jours ouverts dans la fenêtre) : il n'y a rien à placer.");
    }

    public List<Host> getHosts() {
        return hosts;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    @Override
    public ProvenOptimum<HardMediumSoftLongScore> provenOptimum() {
        return optimum;
    }

    /** Whether these placements are proven the best possible: their score reaches the proven optimum. */
    public boolean optimumProven() {
        return optimum.reachedBy(score);
    }

    public long placedCount() {
        return placements.stream().filter(p -> p.getHost() != null).count();
    }

    public Placement placement(String id) {
        return placements.stream().filter(p -> p.getId().equals(id)).findFirst().orElse(null);
    }
}
