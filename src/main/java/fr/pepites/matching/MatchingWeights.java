package fr.pepites.matching;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The weight of each constraint, by the name the coordinator sees. A hard constraint counts one per broken
 * rule (or per kilometre, day or licence beyond it); a soft weight is points per unit of what the constraint
 * measures. The defaults put a match first (1,000 points), then its quality: a same-code job is worth 100 km of
 * travel, a day of waiting 2/3 km.
 */
@ConstraintConfiguration
public class MatchingWeights {

    public static final String SEAT_TAKEN_TWICE = "Une personne par place";
    public static final String KIND = "Type de poste visé";
    public static final String ELIGIBILITY = "Éligibilité IAE";
    public static final String LICENCES = "Permis requis";
    public static final String RADIUS = "Rayon de mobilité";
    public static final String AVAILABILITY = "Disponibilité avant l'embauche";
    public static final String REFUSED_BEFORE = "SIAE ayant déjà refusé";
    public static final String MATCHED = "Personne mise en relation";
    public static final String WAITING = "Ancienneté de l'attente";
    public static final String SAME_ROME_CODE = "Même code ROME";
    public static final String SAME_ROME_DOMAIN = "Même domaine ROME";
    public static final String DISTANCE = "Distance";
    public static final String SPREAD = "Répartition entre SIAE";

    @ConstraintWeight(SEAT_TAKEN_TWICE)
    private HardSoftLongScore seatTakenTwice = HardSoftLongScore.ofHard(1);
    @ConstraintWeight(KIND)
    private HardSoftLongScore kind = HardSoftLongScore.ofHard(1);
    @ConstraintWeight(ELIGIBILITY)
    private HardSoftLongScore eligibility = HardSoftLongScore.ofHard(1);
    @ConstraintWeight(LICENCES)
    private HardSoftLongScore licences = HardSoftLongScore.ofHard(1);
    @ConstraintWeight(RADIUS)
    private HardSoftLongScore radius = HardSoftLongScore.ofHard(1);
    @ConstraintWeight(AVAILABILITY)
    private HardSoftLongScore availability = HardSoftLongScore.ofHard(1);
    @ConstraintWeight(REFUSED_BEFORE)
    private HardSoftLongScore refusedBefore = HardSoftLongScore.ofHard(1);
    @ConstraintWeight(MATCHED)
    private HardSoftLongScore matched = HardSoftLongScore.ofSoft(1000);
    @ConstraintWeight(WAITING)
    private HardSoftLongScore waiting = HardSoftLongScore.ofSoft(2);
    @ConstraintWeight(SAME_ROME_CODE)
    private HardSoftLongScore sameRomeCode = HardSoftLongScore.ofSoft(300);
    @ConstraintWeight(SAME_ROME_DOMAIN)
    private HardSoftLongScore sameRomeDomain = HardSoftLongScore.ofSoft(100);
    @ConstraintWeight(DISTANCE)
    private HardSoftLongScore distance = HardSoftLongScore.ofSoft(3);
    @ConstraintWeight(SPREAD)
    private HardSoftLongScore spread = HardSoftLongScore.ofSoft(1);

    /** The soft weight (points per unit) of a soft constraint, by its name. */
    public long softWeight(String constraintName) {
        return switch (constraintName) {
            case MATCHED -> matched.softScore();
            case WAITING -> waiting.softScore();
            case SAME_ROME_CODE -> sameRomeCode.softScore();
            case SAME_ROME_DOMAIN -> sameRomeDomain.softScore();
            case DISTANCE -> distance.softScore();
            case SPREAD -> spread.softScore();
            default -> throw new IllegalArgumentException("Not a soft constraint: " + constraintName);
        };
    }

    /** Sets a soft weight by its name (points per unit, zero or more). */
    public void setSoftWeight(String constraintName, long points) {
        if (points < 0) {
            throw new IllegalArgumentException("A weight is zero or more: " + constraintName + " = " + points);
        }
        HardSoftLongScore weight = HardSoftLongScore.ofSoft(points);
        switch (constraintName) {
            case MATCHED -> matched = weight;
            case WAITING -> waiting = weight;
            case SAME_ROME_CODE -> sameRomeCode = weight;
            case SAME_ROME_DOMAIN -> sameRomeDomain = weight;
            case DISTANCE -> distance = weight;
            case SPREAD -> spread = weight;
            default -> throw new IllegalArgumentException("Not a soft constraint: " + constraintName);
        }
    }

    /** What one unit of a constraint is, for people reading the weights. */
    public static String unit(String constraintName) {
        return switch (constraintName) {
            case SEAT_TAKEN_TWICE -> "par place donnée deux fois";
            case KIND, ELIGIBILITY, REFUSED_BEFORE -> "par proposition";
            case LICENCES -> "par permis manquant";
            case RADIUS -> "par km au-delà du rayon";
            case AVAILABILITY -> "par jour de retard sur le début du poste (plus la tolérance)";
            case MATCHED -> "par personne mise en relation";
            case WAITING -> "par jour d'attente de la personne mise en relation";
            case SAME_ROME_CODE -> "par proposition dans un code ROME visé";
            case SAME_ROME_DOMAIN -> "par proposition dans le domaine d'un code visé";
            case DISTANCE -> "par km entre domicile et poste";
            case SPREAD -> "pour la 1re proposition d'une SIAE, 3 fois plus pour la 2e, 5 fois plus pour la 3e…";
            default -> throw new IllegalArgumentException(constraintName);
        };
    }

    /** The names of the soft constraints, in the order they are shown. */
    public static java.util.List<String> softConstraints() {
        return java.util.List.of(MATCHED, WAITING, SAME_ROME_CODE, SAME_ROME_DOMAIN, DISTANCE, SPREAD);
    }

    /** The names of the hard constraints, in the order they are shown. */
    public static java.util.List<String> hardConstraints() {
        return java.util.List.of(SEAT_TAKEN_TWICE, KIND, ELIGIBILITY, LICENCES, RADIUS, AVAILABILITY, REFUSED_BEFORE);
    }
}
