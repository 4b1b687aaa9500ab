package fr.pepites.common;

/** Optimistic locking as users see it: an edit made on an older version of a record is refused. */
public final class StaleEdit {

    public static final String MESSAGE = "Cette fiche a été modifiée entre-temps par quelqu'un d'autre : "
            + "fermez-la et rouvrez-la pour voir la dernière version.";

    private StaleEdit() {
    }

    /**
     * A lost optimistic-locking race, whichever layer noticed it (JPA's version check, the process engine's, or a
     * service comparing versions): the user is told {@link #MESSAGE}, nothing more.
     */
    public static boolean isLostRace(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.OptimisticLockingFailureException
                    || t.getClass().getSimpleName().contains("OptimisticLock")
                    || t instanceof InvalidInputException && MESSAGE.equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** Refuses the edit if the form was filled from another version than the record's current one. */
    public static void check(Long formVersion, long currentVersion) {
        if (formVersion != null && formVersion != currentVersion) {
            throw InvalidInputException.of("", MESSAGE);
        }
    }
}
