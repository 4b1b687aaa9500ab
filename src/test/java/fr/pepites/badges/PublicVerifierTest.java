package fr.pepites.badges;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public verifier's uploads, limited per client address and per minute. */
@PepitesSpringTest
class PublicVerifierTest {

    private static final String TOO_MANY = "Vous avez déjà fait vérifier 10 fichiers cette minute : attendez une "
            + "minute avant d'en vérifier d'autres.";

    @Autowired
    PublicVerifier verifier;

    @Test
    void theEleventhUploadOfAMinuteFromOneAddressIsRefusedInFrench() {
        byte[] file = "{}".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            assertThat(verifier.verifyUpload(file, "203.0.113.7").problems()).as("upload " + (i + 1))
                    .doesNotContain(TOO_MANY);
        }

        Verification refused = verifier.verifyUpload(file, "203.0.113.7");
        assertThat(refused.problems()).containsExactly(TOO_MANY);
        assertThat(refused.status()).as("no verdict on the badge, which may well be valid")
                .isEqualTo(Verification.Status.NOT_CHECKED);
        assertThat(verifier.verifyUpload(file, "203.0.113.8").problems()).as("another address")
                .doesNotContain(TOO_MANY);
    }
}
