package fr.pepites.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * The dates and numbers people type, held to what the sector allows: a person followed is 15 to 80 years old, nothing
 * is planned more than a year ahead, a PASS IAE is suspended 36 months at most, a contract is 1 to 48 hours a week.
 * The services refuse a value outside on its field in French (they are the authority); the forms give their pickers
 * and fields the same bounds from here.
 */
public final class InputBounds {

    public static final int MIN_AGE = 15;
    public static final int MAX_AGE = 80;
    /**
     * How far ahead a date may be: a hire, an availability, an interview, a meeting, a postponement, a vacancy's start,
     * a twinning's window, a tiers-lieu's closure. Further is a typing slip (2999 for 2025), not a plan.
     */
    public static final int YEARS_AHEAD = 1;
    /** How far back a hire just agreed may be (a referral accepted, a parcours recorded by hand): pickers start there. */
    public static final int HIRE_MONTHS_BACK = 1;
    /**
     * How far back a parcours already under way when its SIAE joined may have started: a PASS IAE lasts five years at
     * most with its extensions, so a parcours still to follow started less than five years ago.
     */
    public static final int PARCOURS_YEARS_BACK = 5;
    /** The longest suspension of a contract and its PASS IAE. */
    public static final int MAX_SUSPENSION_MONTHS = 36;
    /** The legal weekly maximum of working hours, for a contract or a vacancy. */
    public static final int MAX_WEEKLY_HOURS = 48;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InputBounds() {
    }

    /** The earliest birth date of someone at most 80 years old on {@code today}. */
    public static LocalDate earliestBirthDate(LocalDate today) {
        return today.minusYears(MAX_AGE + 1L).plusDays(1);
    }

    /** The latest birth date of someone at least 15 years old on {@code today}. */
    public static LocalDate latestBirthDate(LocalDate today) {
        return today.minusYears(MIN_AGE);
    }

    /** The last day a date may be planned for, seen from {@code today}. */
    public static LocalDate latestAhead(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    /** Why a birth date is refused on {@code today}, or nothing; a missing date is not checked here. */
    public static Optional<String> birthDateRefusal(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            return Optional.empty();
        }
        if (birthDate.isAfter(today)) {
            return Optional.of("La date de naissance doit être dans le passé.");
        }
        if (birthDate.isBefore(earliestBirthDate(today)) || birthDate.isAfter(latestBirthDate(today))) {
            return Optional.of("La personne doit avoir entre " + MIN_AGE + " et " + MAX_AGE + " ans : une date de "
                    + "naissance du " + DATE.format(earliestBirthDate(today)) + " au "
                    + DATE.format(latestBirthDate(today)) + ".");
        }
        return Optional.empty();
    }

    /** Adds the field's error when the date is more than a year after {@code today}; a missing date is not checked. */
    public static void checkAhead(Map<String, String> errors, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(latestAhead(today))) {
            errors.putIfAbsent(field, tooFarAhead(today));
        }
    }

    /** Refuses the date at once when it is more than a year after {@code today}. */
    public static void checkAhead(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(latestAhead(today))) {
            throw InvalidInputException.of(field, tooFarAhead(today));
        }
    }

    /** The first day a hire just agreed may be, seen from {@code today}. */
    public static LocalDate earliestRecentHire(LocalDate today) {
        return today.minusMonths(HIRE_MONTHS_BACK);
    }

    /** The first day a parcours under way may have started, seen from {@code today}. */
    public static LocalDate earliestRecordedStart(LocalDate today) {
        return today.minusYears(PARCOURS_YEARS_BACK);
    }

    /** Adds the field's error when the date is before {@code earliest}; a missing date is not checked. */
    public static void checkNotBefore(Map<String, String> errors, String field, LocalDate date, LocalDate earliest) {
        if (date != null && date.isBefore(earliest)) {
            errors.putIfAbsent(field, "Cette date est trop ancienne : choisissez-la au plus tôt le "
                    + DATE.format(earliest) + ".");
        }
    }

    /** The same for an instant (a meeting's date and time), its day in Paris against today's. */
    public static void checkAhead(Map<String, String> errors, String field, Instant at) {
        if (at != null) {
            checkAhead(errors, field, at.atZone(PARIS).toLocalDate(), LocalDate.now(PARIS));
        }
    }

    static String tooFarAhead(LocalDate today) {
        return "Cette date est à plus d'un an : choisissez-la au plus tard le " + DATE.format(latestAhead(today))
                + ".";
    }
}
