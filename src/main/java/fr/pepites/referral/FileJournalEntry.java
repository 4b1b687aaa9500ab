package fr.pepites.referral;

import java.time.Instant;

/**
 * A line of the journal of a person's file: when, who, and what: an opening or a change of the file
 * ({@code whatKey} "journal.READ" or "journal.CHANGE", what was opened or changed in {@code detail}), or an event of
 * one of the person's referrals ({@code whatKey} "referral.event.TYPE", the referral's number in {@code file}).
 */
public record FileJournalEntry(Instant at, String actor, String whatKey, String file, String detail) {
}
