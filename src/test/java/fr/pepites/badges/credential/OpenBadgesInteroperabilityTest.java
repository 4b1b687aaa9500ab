package fr.pepites.badges.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credentials signed by the application verify with an independent verifier, the Digital Credentials Consortium's
 * Node libraries (offline document loader); a tampered copy and a revoked one do not.
 */
class OpenBadgesInteroperabilityTest {

    @Test
    void theConsortiumsVerifierAcceptsOurCredentialsAndRejectsTamperedAndRevokedOnes() throws Exception {
        KeyPair key = CredentialFixtures.keyPair();
        String did = DidKey.of(key.getPublic());
        String method = DidKey.verificationMethod(did);
        Instant now = Instant.now();
        JsonObject valid = DataIntegrity.sign(OpenBadgeCredential.unsigned(CredentialFixtures.content(did, 1, null)),
                key.getPrivate(), method, now);
        JsonObject revoked = DataIntegrity.sign(
                OpenBadgeCredential.unsigned(CredentialFixtures.content(did, 2, now.plusSeconds(86_400 * 365))),
                key.getPrivate(), method, now);
        JsonObject tampered = Json.createObjectBuilder(valid).add("name", "Encadrant technique d'insertion").build();
        BitSet revocations = new BitSet();
        revocations.set(2);
        JsonObject list = DataIntegrity.sign(OpenBadgeCredential.statusList(CredentialFixtures.LIST_URL, did, now,
                StatusList.encode(revocations)), key.getPrivate(), method, now);

        List<JsonNode> results = IndependentVerifier.verify(
                List.of(valid.toString(), tampered.toString(), revoked.toString()), List.of(list.toString()));

        assertThat(results.get(0).get("verified").asBoolean()).as(results.get(0).toString()).isTrue();
        assertThat(results.get(1).get("verified").asBoolean()).isFalse();
        assertThat(results.get(1).get("proof").asBoolean()).isFalse();
        assertThat(results.get(2).get("proof").asBoolean()).as(results.get(2).toString()).isTrue();
        assertThat(results.get(2).get("status").asBoolean()).isFalse();
        assertThat(results.get(2).get("verified").asBoolean()).isFalse();
    }
}
