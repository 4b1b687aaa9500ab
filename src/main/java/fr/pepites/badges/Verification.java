package fr.pepites.badges;

import java.time.Instant;
import java.util.List;

/**
 * What the application's verifier found in a credential: what it says (when it could be read), whether its signature
 * holds, its status, and the problems in French. {@code valid()} when the signature holds, is by a key of an
 * organisation of the network, and the status is valid. {@code issuerName} is that organisation's (null when the
 * signing key is no organisation's: {@code UNKNOWN_ISSUER}); {@code issuerId} the did:key the credential names.
 * {@code achievementImage} is only ever one of this platform's achievement images.
 */
public record Verification(Status status, boolean signatureValid, String achievementName, String achievementImage,
        String criteria, String issuerName, String issuerId, String recipientName, Instant validFrom,
        Instant validUntil, String revocationReason, List<String> problems) {

    /** The verdicts of a verification. Labels: "badges.verification.NAME". */
    public enum Status {
        VALID, EXPIRED, NOT_YET_VALID, REVOKED, UNKNOWN_ISSUER, INVALID,
        /** Not checked this time (the verifier busy, or the visitor's share of the minute used): no verdict. */
        NOT_CHECKED
    }

    public boolean valid() {
        return status == Status.VALID;
    }

    /** No verdict this time, and why: not a statement about the credential. */
    static Verification notChecked(String why) {
        return new Verification(Status.NOT_CHECKED, false, null, null, null, null, null, null, null, null, null,
                List.of(why));
    }

    /** The same, showing this image of the platform's (a path on its own origin). */
    Verification showing(String image) {
        return new Verification(status, signatureValid, achievementName, image, criteria, issuerName, issuerId,
                recipientName, validFrom, validUntil, revocationReason, problems);
    }

    static Verification unreadable(String problem) {
        return new Verification(Status.INVALID, false, null, null, null, null, null, null, null, null, null,
                List.of(problem));
    }
}
