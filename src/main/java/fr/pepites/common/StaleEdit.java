package fr.pepites.common;

/** Optimistic locking as users see it: an edit made on an older version of a record is refused. */
public final class StaleEdit {

    public static final String MESSAGE = "Cette fiche a été modifiée entre-temps par quelqu'un d'autre : "
            + "fermez-la et rouvrez-la pour voir la dernière version.";

    private StaleEdit() {
    }

    /** Refuses the edit if the form was filled from another version than the record's current one. */
    public static void check(Long formVersion, long currentVersion) {
        if (formVersion != null && formVersion != currentVersion) {
            throw InvalidInputException.of("", MESSAGE);
        }
    }
}
