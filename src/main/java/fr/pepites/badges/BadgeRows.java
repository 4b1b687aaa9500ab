package fr.pepites.badges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records the badges feature's views show and fill: read outside any transaction, free of lazy entities. */
public final class BadgeRows {

    private BadgeRows() {
    }

    public record AchievementRow(long id, String name, BadgeKind kind, long issuerId, String issuerName,
            boolean hasCriteria, Integer validityMonths, boolean repeatable, boolean active, List<String> members) {

        static AchievementRow of(Achievement a) {
            return new AchievementRow(a.getId(), a.getName(), a.getKind(), a.getIssuer().getId(),
                    a.getIssuer().getName(), a.getCriteria() != null, a.getValidityMonths(), a.isRepeatable(),
                    a.isActive(), a.getMembers().stream().map(Achievement::getName).sorted().toList());
        }
    }

    /** A credential in a list; {@code personId} is the holder's file, if the holder is a person still on file. */
    public record CredentialRow(long id, String publicId, String achievementName, BadgeKind kind, String issuerName,
            String recipientName, Long personId, Instant issuedAt, Instant validUntil, CredentialSource source,
            String issuedBy, boolean revoked, String revokedReason) {

        static CredentialRow of(Credential c) {
            Achievement a = c.getAchievement();
            return new CredentialRow(c.getId(), c.getPublicId(), a.getName(), a.getKind(), a.getIssuer().getName(),
                    c.getRecipientName(), c.getPerson() == null ? null : c.getPerson().getId(), c.getIssuedAt(),
                    c.getValidUntil(), c.getSource(), c.getIssuedBy(), c.isRevoked(), c.getRevokedReason());
        }

        public boolean expired(Instant now) {
            return validUntil != null && !validUntil.isAfter(now);
        }
    }

    /** A modular path as one holder stands in it: the achievements held (valid), those missing, and whether earned. */
    public record PathProgress(long pathId, String pathName, List<String> held, List<String> missing, int required,
            boolean earned) {
    }

    /** A person's or a staff member's badges and paths. */
    public record HolderBadges(String name, List<CredentialRow> badges, List<PathProgress> paths) {
    }

    /** A badge proposal of an end-of-parcours review waiting for a decision. */
    public record PendingProposal(long proposalId, long personId, String personName, boolean personHasEmail,
            String label, String romeCode, String evidence, String parcoursKey, String siaeName, Instant proposedAt,
            String proposedBy) {
    }

    /** A closed twinning whose earners may receive the twinning badge, and how many badges it has given already. */
    public record TwinningEarners(long twinningId, String businessKey, String siaeName, String tiersLieuName,
            List<String> earners, long awarded) {
    }

    /** An award by hand: an achievement, persons and staff accounts, optional evidence. */
    public record AwardRequest(Long achievementId, List<Long> personIds, List<Long> accountIds,
            String evidenceNarrative, String evidenceUrl) {
    }

    /** The badges issued, filtered: by kind, issuer, period of issue (inclusive days, Paris), recipient or name. */
    public record IssuedFilter(BadgeKind kind, Long issuerId, LocalDate from, LocalDate to, String text) {

        public static IssuedFilter all() {
            return new IssuedFilter(null, null, null, null, null);
        }
    }

    /** The badges of a filter counted by kind and by issuer. */
    public record IssuedSummary(java.util.Map<BadgeKind, Long> byKind, java.util.Map<String, Long> byIssuer) {

        public long total() {
            return byKind.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One of an issuer's keys, as its profile shows it. */
    public record KeyRow(long id, String did, Instant createdAt, Instant retiredAt, int credentials) {
    }

    /** The public page of a credential. */
    public record CredentialPage(String publicId, Verification verification, long achievementId,
            String achievementDescription, BadgeKind kind, List<Alignment> alignments, String evidenceNarrative,
            String evidenceUrl, long issuerId, Instant issuedAt, String linkedInUrl) {
    }

    /** A person or a staff account who may receive a badge. */
    public record RecipientOption(boolean staff, long id, String name, String email, String organisationName) {

        public String label() {
            return name + (organisationName == null ? "" : " — " + organisationName)
                    + (email == null || email.isBlank() ? " (sans e-mail)" : "");
        }
    }
}
