package fr.pepites.referral;

import java.time.Duration;
import java.time.Instant;

/** A referral as lists show it. */
public record ReferralRow(long id, String reference, String personName, ReferralStatus status, Instant createdAt,
        Instant statusChangedAt, String siaeName, String jobTitle, String adviserName, String cepOperatorName) {

    static ReferralRow of(Referral r) {
        return new ReferralRow(r.getId(), r.businessKey(), r.getPerson().getFullName(), r.getStatus(),
                r.getCreatedAt(), r.getStatusChangedAt(), r.getSiae() == null ? null : r.getSiae().getName(),
                r.getVacancy() == null ? null : r.getVacancy().getJobTitle().getName(), r.getAdviser().getFullName(),
                r.getCepOperator().getName());
    }

    /** Days since the referral was created. */
    public long ageInDays(Instant now) {
        return Duration.between(createdAt, now).toDays();
    }
}
