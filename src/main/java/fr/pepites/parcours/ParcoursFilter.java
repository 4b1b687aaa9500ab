package fr.pepites.parcours;

/**
 * What a parcours list shows: a person's name or a parcours's number, a status, only current ones, only those ending
 * within three months, one SIAE (network staff).
 */
public record ParcoursFilter(String text, ParcoursStatus status, boolean onlyCurrent, boolean endingSoon,
        Long siaeId) {

    public static ParcoursFilter current() {
        return new ParcoursFilter(null, null, true, false, null);
    }
}
