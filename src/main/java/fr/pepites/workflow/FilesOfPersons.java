package fr.pepites.workflow;

import java.util.List;

/**
 * A feature's files found by the name of the person they concern: how the inbox finds the tasks of "Benali" although
 * the engine knows only file numbers. Each feature with tasks about a person declares one bean.
 */
public interface FilesOfPersons {

    /** At most this many files per feature: a search that broad is refined by typing more of the name. */
    int MAX_FILES = 500;

    /**
     * The business keys ("ORI-9") of the feature's files about a person whose stored search name is like this pattern
     * ({@link fr.pepites.common.SearchText#containsPattern}), the latest first, at most {@link #MAX_FILES}.
     */
    List<String> businessKeysOfPersonsLike(String searchPattern);
}
