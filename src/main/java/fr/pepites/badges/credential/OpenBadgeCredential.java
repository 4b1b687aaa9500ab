package fr.pepites.badges.credential;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The JSON-LD of an Open Badges 3.0 {@code OpenBadgeCredential} (contexts VC 2.0 and OB 3.0.3) and of the
 * {@code BitstringStatusListCredential} that publishes revocations, before they are signed. Only terms the contexts
 * define are written, so that every property is covered by the proof.
 */
public final class OpenBadgeCredential {

    private OpenBadgeCredential() {
    }

    /** The issuing organisation as the credential names it; its id is the did:key of the signing key. */
    public record Issuer(String did, String name, String url, String email) {
    }

    /** An alignment of the achievement to a framework's entry (a ROME code, a competence framework). */
    public record Alignment(String targetName, String targetUrl, String targetCode, String targetFramework) {
    }

    /** What was achieved: its public URL as id, its OB 3.0 type ({@code Competency}, {@code ext:Twinning}…). */
    public record Achievement(String id, String name, String description, String criteria, String achievementType,
            String imageUrl, List<Alignment> alignments) {
    }

    /** To whom: the name as issued, and the e-mail address only as a salted SHA-256 hash. */
    public record Recipient(String name, String email, String salt) {

        /** {@code sha256$} and the hexadecimal SHA-256 of the lower-cased address followed by the salt. */
        public String identityHash() {
            return hash(email, salt);
        }

        public static String hash(String email, String salt) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest((email.trim().toLowerCase(Locale.ROOT) + salt).getBytes(StandardCharsets.UTF_8));
                return "sha256$" + HexFormat.of().formatHex(digest);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What the award rests on: a narrative, a link, or both. */
    public record Evidence(String narrative, String url) {
    }

    /** The credential's entry in its issuer key's revocation list. */
    public record Status(String listUrl, int index) {
    }

    /** Everything a credential says. {@code validUntil} and {@code evidence} may be null. */
    public record Content(String id, String name, Issuer issuer, Instant validFrom, Instant validUntil,
            Achievement achievement, Recipient recipient, Evidence evidence, Status status) {
    }

    public static JsonObject unsigned(Content content) {
        JsonObjectBuilder credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(BundledContexts.VC_V2).add(BundledContexts.OB_V3))
                .add("id", content.id())
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", content.name())
                .add("issuer", issuer(content.issuer()))
                .add("validFrom", dateTime(content.validFrom()));
        if (content.validUntil() != null) {
            credential.add("validUntil", dateTime(content.validUntil()));
        }
        Recipient recipient = content.recipient();
        credential.add("credentialSubject", Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("identifier", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "IdentityObject")
                                .add("identityType", "emailAddress").add("hashed", true)
                                .add("identityHash", recipient.identityHash()).add("salt", recipient.salt()))
                        .add(Json.createObjectBuilder().add("type", "IdentityObject")
                                .add("identityType", "name").add("hashed", false)
                                .add("identityHash", recipient.name())))
                .add("achievement", achievement(content.achievement())));
        Evidence evidence = content.evidence();
        if (evidence != null) {
            JsonObjectBuilder entry = Json.createObjectBuilder();
            if (evidence.url() != null) {
                entry.add("id", evidence.url());
            }
            entry.add("type", Json.createArrayBuilder().add("Evidence"));
            if (evidence.narrative() != null) {
                entry.add("narrative", evidence.narrative());
            }
            credential.add("evidence", Json.createArrayBuilder().add(entry));
        }
        Status status = content.status();
        credential.add("credentialStatus", Json.createObjectBuilder()
                .add("id", status.listUrl() + "#" + status.index())
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation")
                .add("statusListIndex", String.valueOf(status.index()))
                .add("statusListCredential", status.listUrl()));
        return credential.build();
    }

    /** An achievement on its own, as its public URL serves it. */
    public static JsonObject achievementDocument(Achievement achievement) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(BundledContexts.VC_V2).add(BundledContexts.OB_V3))
                .addAll(achievement(achievement)).build();
    }

    /** The revocation list of one issuer key, as of {@code validFrom}: {@code encodedList} from {@link StatusList}. */
    public static JsonObject statusList(String listUrl, String issuerDid, Instant validFrom, String encodedList) {
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(BundledContexts.VC_V2))
                .add("id", listUrl)
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", issuerDid)
                .add("validFrom", dateTime(validFrom))
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", listUrl + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", "revocation")
                        .add("encodedList", encodedList))
                .build();
    }

    private static JsonObjectBuilder issuer(Issuer issuer) {
        JsonObjectBuilder profile = Json.createObjectBuilder()
                .add("id", issuer.did())
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", issuer.name());
        if (issuer.url() != null) {
            profile.add("url", issuer.url());
        }
        if (issuer.email() != null) {
            profile.add("email", issuer.email());
        }
        return profile;
    }

    private static JsonObjectBuilder achievement(Achievement achievement) {
        JsonObjectBuilder out = Json.createObjectBuilder()
                .add("id", achievement.id())
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", achievement.achievementType())
                .add("name", achievement.name())
                .add("description", achievement.description())
                .add("criteria", Json.createObjectBuilder().add("narrative", achievement.criteria()));
        if (achievement.imageUrl() != null) {
            out.add("image", Json.createObjectBuilder().add("id", achievement.imageUrl()).add("type", "Image"));
        }
        if (!achievement.alignments().isEmpty()) {
            JsonArrayBuilder alignments = Json.createArrayBuilder();
            for (Alignment a : achievement.alignments()) {
                JsonObjectBuilder entry = Json.createObjectBuilder()
                        .add("type", Json.createArrayBuilder().add("Alignment"))
                        .add("targetName", a.targetName())
                        .add("targetUrl", a.targetUrl());
                if (a.targetCode() != null) {
                    entry.add("targetCode", a.targetCode());
                }
                if (a.targetFramework() != null) {
                    entry.add("targetFramework", a.targetFramework());
                }
                alignments.add(entry);
            }
            out.add("alignment", alignments);
        }
        return out;
    }

    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
