package fr.pepites.directory;

/**
 * What a feature holds about a person, for the export of everything the platform holds about them (RGPD right of
 * access, {@link DirectoryService#exportPersonalData}). Each feature that keeps data about persons declares one bean;
 * the directory knows none of them.
 */
public interface PersonalData {

    /** The section's name in the export ("orientations", "parcours"…), in order of {@link #order()}. */
    String section();

    int order();

    /** The person's data in this feature, as plain values: maps, lists, strings, numbers, dates. */
    Object of(long personId);
}
