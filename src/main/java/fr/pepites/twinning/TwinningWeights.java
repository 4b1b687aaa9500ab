package fr.pepites.twinning;

import java.util.List;

/** The names of the twinning solver's constraints as the coordinator reads them, and the soft ones' weights. */
public final class TwinningWeights {

    public static final String THEMES = "Thèmes proposés";
    public static final String SEATS = "Places du jour";
    public static final String WEEKLY_LIMIT = "Journées de jumelage par semaine";
    public static final String WINDOW = "Quatre jours dans la fenêtre";
    public static final String DISTANCE = "Distance maximale";
    public static final String EXCLUDED = "Tiers-lieu écarté";
    public static final String UNPLACED = "Demande sans proposition";
    public static final String TRAVEL = "Trajets";
    public static final String LATER = "Dates plus tardives";
    public static final String BALANCE = "Équilibre entre tiers-lieux";
    public static final String NEW_HOST = "Tiers-lieu nouveau pour la SIAE";

    /** Points per kilometre and participant. */
    public static final long TRAVEL_PER_KM_AND_PARTICIPANT = 1;
    /** Points per day after the earliest start. */
    public static final long LATER_PER_DAY = 3;
    /** Points per twinning at a tiers-lieu, times the number of its twinnings (so n² in all). */
    public static final long BALANCE_PER_TWINNING = 15;
    /** Points won by a tiers-lieu the SIAE has not twinned with yet. */
    public static final long NEW_HOST_BONUS = 60;

    private TwinningWeights() {
    }

    public static List<String> hardConstraints() {
        return List.of(THEMES, SEATS, WEEKLY_LIMIT, WINDOW, DISTANCE, EXCLUDED);
    }

    public static List<String> softConstraints() {
        return List.of(TRAVEL, LATER, BALANCE, NEW_HOST);
    }

    /** The points of one unit of a preference, as the workbench shows them before their {@link #unit}. */
    public static long points(String constraint) {
        return switch (constraint) {
            case TRAVEL -> TRAVEL_PER_KM_AND_PARTICIPANT;
            case LATER -> LATER_PER_DAY;
            case BALANCE -> BALANCE_PER_TWINNING;
            case NEW_HOST -> NEW_HOST_BONUS;
            default -> 1;
        };
    }

    /** What one point of the constraint stands for, as the workbench shows it. */
    public static String unit(String constraint) {
        return switch (constraint) {
            case THEMES -> "par thème manquant";
            case SEATS -> "par participant au-delà des places du jour";
            case WEEKLY_LIMIT -> "par journée de jumelage au-delà de la limite de la semaine (deux jumelages le même jour :"
                    + " deux journées)";
            case WINDOW -> "par demande dont les quatre jours sortent de la fenêtre";
            case DISTANCE -> "par km au-delà de la distance maximale";
            case EXCLUDED -> "par proposition d'un tiers-lieu écarté";
            case UNPLACED -> "par demande sans proposition, qui pèse plus que toutes les préférences réunies";
            case TRAVEL -> "par km et participant";
            case LATER -> "par jour après le début au plus tôt";
            case BALANCE -> "pour le 1er jumelage d'un tiers-lieu, 3 fois plus pour le 2e, 5 fois plus pour le 3e…";
            case NEW_HOST -> "en moins par tiers-lieu nouveau pour la SIAE";
            default -> "";
        };
    }
}
