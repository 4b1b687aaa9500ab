package fr.pepites.referral;

import java.time.Instant;
import java.util.Set;

/**
 * A referral waiting for a match, with what matching needs beyond the referral itself.
 *
 * @param waitingSince when it was submitted
 * @param refusedBySiae the SIAE that have refused any referral of this person
 */
public record OpenReferral(Referral referral, Instant waitingSince, Set<Long> refusedBySiae) {
}
