package fr.pepites.badges;

import fr.pepites.security.RequestRate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The public verifier's uploads, open to anyone without login: each client (its address) verifies at most
 * {@code pepites.security.verifier.uploads-per-minute} files a minute (10), as a verification costs the server
 * seconds of work at worst; the rest are refused in French at once, nothing read.
 */
@Service
public class PublicVerifier {

    private final BadgeService badges;
    private final RequestRate uploads;

    PublicVerifier(BadgeService badges, @Value("${pepites.security.verifier.uploads-per-minute:10}") int perMinute) {
        this.badges = badges;
        this.uploads = new RequestRate(perMinute);
    }

    /** Verifies a file uploaded from this client address, if it has not used its share of the minute. */
    public Verification verifyUpload(byte[] file, String client) {
        if (!uploads.allow(client)) {
            return Verification.unreadable("Vous avez déjà fait vérifier " + uploads.perMinute() + " fichiers cette "
                    + "minute : attendez une minute avant d'en vérifier d'autres.");
        }
        return badges.verifyFile(file);
    }
}
