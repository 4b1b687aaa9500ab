package fr.pepites.workflow;

/**
 * What the inbox shows.
 *
 * @param text words of the task's name, or null
 * @param onlyMine only the tasks the user holds, not those offered to their groups
 * @param sort the order of the list
 * @param businessKey only the tasks of this file (e.g. "ORI-12"), or null
 */
public record InboxFilter(String text, boolean onlyMine, InboxSort sort, String businessKey) {

    public InboxFilter(String text, boolean onlyMine, InboxSort sort) {
        this(text, onlyMine, sort, null);
    }

    public static InboxFilter all() {
        return new InboxFilter(null, false, InboxSort.DUE_DATE);
    }

    public static InboxFilter ofFile(String businessKey) {
        return new InboxFilter(null, false, InboxSort.DUE_DATE, businessKey);
    }

    public enum InboxSort {
        /** Earliest due date first, tasks without one last. */
        DUE_DATE,
        /** Newest first. */
        NEWEST,
        /** Oldest first. */
        OLDEST
    }
}
