package fr.pepites.workflow;

/**
 * What the inbox shows.
 *
 * @param text words of the task's name, or null
 * @param onlyMine only the tasks the user holds, not those offered to their groups
 * @param sort the order of the list
 */
public record InboxFilter(String text, boolean onlyMine, InboxSort sort) {

    public static InboxFilter all() {
        return new InboxFilter(null, false, InboxSort.DUE_DATE);
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
