package fr.pepites.badges;

import fr.pepites.security.RequestRate;
import fr.pepites.badges.credential.BakedImages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The public verifier: a credential file anyone gives, checked whoever issued it. Its uploads are open to anyone
 * without login: each client (its address) verifies at most
 * {@code pepites.security.verifier.uploads-per-minute} files a minute (10), as a verification costs the server
 * seconds of work at worst; the rest are refused in French at once, nothing read.
 */
@Service
public class PublicVerifier {

    /** The largest file verified: a baked PNG of the largest image a badge may have, and then some. */
    public static final int MAX_VERIFIED_FILE = 2 * 1024 * 1024;

    private final CredentialVerifier verifier;
    private final RequestRate uploads;

    PublicVerifier(CredentialVerifier verifier,
            @Value("${pepites.security.verifier.uploads-per-minute:10}") int perMinute) {
        this.verifier = verifier;
        this.uploads = new RequestRate(perMinute);
    }

    /** Verifies a file uploaded from this client address, if it has not used its share of the minute. */
    public Verification verifyUpload(byte[] file, String client) {
        if (!uploads.allow(client)) {
            return Verification.notChecked("Vous avez déjà fait vérifier " + uploads.perMinute() + " fichiers cette "
                    + "minute : attendez une minute avant d'en vérifier d'autres.");
        }
        return verifyFile(file);
    }

    /**
     * Verifies a credential file anyone gives: the JSON of a credential, or a PNG or SVG image with one baked in.
     * Nothing is stored.
     */
    public Verification verifyFile(byte[] file) {
        if (file == null || file.length == 0) {
            return Verification.unreadable("Le fichier est vide.");
        }
        if (file.length > MAX_VERIFIED_FILE) {
            return Verification.unreadable("Le fichier dépasse 2 Mo : ce n'est pas un badge.");
        }
        String text;
        if (BakedImages.isPng(file) || BakedImages.isSvg(file)) {
            Optional<String> baked = BakedImages.extract(file);
            if (baked.isEmpty()) {
                return Verification.unreadable("Cette image ne contient pas de badge (aucun badge n'y est intégré).");
            }
            text = baked.get();
        } else {
            text = new String(file, StandardCharsets.UTF_8);
        }
        return verifier.verify(text, Instant.now());
    }
}

