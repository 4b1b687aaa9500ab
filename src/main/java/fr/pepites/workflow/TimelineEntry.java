package fr.pepites.workflow;

import java.time.Instant;

/**
 * A line of a file's timeline, whichever feature wrote it: when, who, what ({@code whatKey}, a translation key such as
 * "referral.event.ACCEPTED"), the file it is about when a list mixes several ({@code file}, e.g. "ORI-12", else
 * null), and a free detail. Shown by {@link fr.pepites.workflow.ui.Timeline}: a referral's and a parcours's page,
 * and the journal of a person's file.
 */
public record TimelineEntry(Instant at, String actor, String whatKey, String file, String detail) {

    /** An event of the file the page is about. */
    public static TimelineEntry of(Instant at, String actor, String whatKey, String detail) {
        return new TimelineEntry(at, actor, whatKey, null, detail);
    }
}
