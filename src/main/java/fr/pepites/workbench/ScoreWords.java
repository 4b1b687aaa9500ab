package fr.pepites.workbench;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A solver's score in a coordinator's words, the one place where scores are put into words (status lines, grids,
 * explanations): "aucune règle impérative enfreinte · 7 165 points" rather than "0hard/7165soft". Numbers are grouped
 * the French way, plurals are French (0 and 1 singular), a negative number has a true minus sign.
 */
public final class ScoreWords {

    /** What a solver's soft score counts, which says how it reads. */
    public enum Soft {
        /** Points won, the more the better (matching: each match, its waiting time and fit, minus distance). */
        POINTS,
        /**
         * Costs, the fewer the better (twinnings: travel, later dates, load on one tiers-lieu, minus the bonus of a
         * tiers-lieu new to the SIAE): the score is minus them, shown as penalties rather than negative points.
         */
        PENALTIES
    }

    private static final String MINUS = "\u2212";
    private static final String SEPARATOR = " · ";

    private ScoreWords() {
    }

    /** A hard, soft score: "aucune règle impérative enfreinte · 7 165 points". */
    public static String of(long hard, long soft, Soft kind) {
        return hard(hard) + SEPARATOR + soft(soft, kind);
    }

    /**
     * A hard, medium, soft score, the medium level in the solver's words ({@link #count}): "aucune règle impérative
     * enfreinte · 2 demandes sans proposition · 144 points de pénalité".
     */
    public static String of(long hard, String medium, long soft, Soft kind) {
        return hard(hard) + SEPARATOR + medium + SEPARATOR + soft(soft, kind);
    }

    /**
     * The hard level (zero or less): each unit is one breach of an imperative rule, a rule broken or, for a rule
     * measured, each kilometre, day or licence beyond it; so it counts breaches, not rules.
     */
    public static String hard(long hard) {
        long breaches = Math.abs(hard);
        if (breaches == 0) {
            return "aucune règle impérative enfreinte";
        }
        return breaches == 1 ? "1 manquement à une règle impérative"
                : number(breaches) + " manquements aux règles impératives";
    }

    /** The soft level: points won, or penalties (a positive twinning score is a bonus). */
    public static String soft(long soft, Soft kind) {
        if (kind == Soft.POINTS) {
            return number(soft) + (Math.abs(soft) < 2 ? " point" : " points");
        }
        if (soft == 0) {
            return "aucune pénalité";
        }
        long points = Math.abs(soft);
        return number(points) + (points < 2 ? " point de " : " points de ") + (soft < 0 ? "pénalité" : "bonus");
    }

    /** One proposal's or one constraint's part of the soft score: "+300 points", "−36 points", "15 points de pénalité". */
    public static String impact(long soft, Soft kind) {
        return kind == Soft.POINTS && soft > 0 ? "+" + soft(soft, kind) : soft(soft, kind);
    }

    /** How many there are of something: "aucune demande sans proposition", "1 demande…", "2 demandes…". */
    public static String count(long n, String none, String one, String many) {
        return n == 0 ? none : n == 1 ? "1 " + one : number(n) + " " + many;
    }

    /** A whole number the French way: "7 165", "−30". */
    public static String number(long n) {
        String digits = NumberFormat.getIntegerInstance(Locale.FRANCE).format(Math.abs(n));
        return n < 0 ? MINUS + digits : digits;
    }
}
