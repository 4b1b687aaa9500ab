package fr.pepites.badges;

import java.util.List;
import java.util.Set;

/**
 * An achievement as its form gives it. {@code image} null keeps the current image; {@code memberIds} are the
 * achievements of a path, {@code requiredMembers} how many of them it asks
 * for (null: all); {@code version} the one the form was filled from (null for a new achievement).
 */
public record AchievementData(Long issuerId, BadgeKind kind, String name, String description, String criteria,
        BadgeImage image, Integer validityMonths, boolean repeatable, boolean active, List<Alignment> alignments,
        Set<Long> memberIds, Integer requiredMembers, Long version) {

    /** An uploaded image: its bytes and the content type the upload declared. */
    public record BadgeImage(byte[] bytes, String contentType) {
    }
}
