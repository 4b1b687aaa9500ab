package fr.pepites.matching;

import fr.pepites.reference.Position;
import fr.pepites.directory.SiaeKind;
import fr.pepites.reference.Licence;
import fr.pepites.vacancy.VacancyKind;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person waiting for a match, as the solver sees them (a problem fact): everything of an open referral that the
 * score depends on, and nothing else.
 *
 * @param id the referral's file number (ORI-12), or a pseudonym in an exported instance
 * @param referralId the referral's database id; null when read from an instance file
 * @param position where the person lives
 * @param radiusKm how far the person can travel to work, in whole kilometres (0–200)
 * @param licences the licences the person holds
 * @param availableFrom the first day the person can start
 * @param waitingDays days since the referral was submitted
 * @param goal the kind of job the person is referred for
 * @param eligibleKinds the kinds of SIAE whose insertion jobs the person is eligible for
 * @param romeCodes the ROME codes of the jobs the person targets
 * @param refusedBy the SIAE (ids) that have already refused this person's referral
 */
public record MatchCandidate(String id, Long referralId, Position position, int radiusKm, Set<Licence> licences,
        LocalDate availableFrom, int waitingDays, VacancyKind goal, Set<SiaeKind> eligibleKinds, Set<String> romeCodes,
        Set<String> refusedBy) {

    public MatchCandidate {
        licences = Set.copyOf(licences);
        eligibleKinds = Set.copyOf(eligibleKinds);
        romeCodes = Set.copyOf(romeCodes);
        refusedBy = Set.copyOf(refusedBy);
    }

    @Override
    public String toString() {
        return id;
    }
}
