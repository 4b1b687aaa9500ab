package fr.pepites.badges.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.KeyPair;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The application's own eddsa-rdfc-2022 proofs, did:key and status lists, without the network. */
class DataIntegrityTest {

    private final KeyPair key = CredentialFixtures.keyPair();
    private final String did = DidKey.of(key.getPublic());

    private JsonObject signed() {
        return DataIntegrity.sign(OpenBadgeCredential.unsigned(CredentialFixtures.content(did, 4, null)),
                key.getPrivate(), DidKey.verificationMethod(did), Instant.now());
    }

    @Test
    void aSignedCredentialVerifiesWithTheKeyItsVerificationMethodNames() {
        DataIntegrity.Check check = DataIntegrity.verify(signed());

        assertThat(check.verified()).as(check.reason()).isTrue();
        assertThat(check.verificationMethod()).isEqualTo(did + "#" + did.substring("did:key:".length()));
        assertThat(did).startsWith("did:key:z6Mk");
    }

    @Test
    void anyChangeToTheCredentialBreaksItsProof() {
        JsonObject credential = signed();
        JsonObject subject = Json.createObjectBuilder(credential.getJsonObject("credentialSubject"))
                .add("achievement", Json.createObjectBuilder(credential.getJsonObject("credentialSubject")
                        .getJsonObject("achievement")).add("name", "Encadrant technique")).build();

        assertThat(DataIntegrity.verify(Json.createObjectBuilder(credential).add("validFrom", "2020-01-01T00:00:00Z")
                .build()).verified()).isFalse();
        assertThat(DataIntegrity.verify(Json.createObjectBuilder(credential).add("credentialSubject", subject)
                .build()).verified()).isFalse();
        assertThat(DataIntegrity.verify(Json.createObjectBuilder(credential).add("note", "hors contexte").build())
                .reason()).as("a property no context defines").startsWith("not valid JSON-LD");
        assertThat(DataIntegrity.verify(Json.createObjectBuilder(credential).remove("proof").build()).reason())
                .isEqualTo("no proof");
    }

    @Test
    void aProofByAnotherKeyDoesNotVerify() {
        JsonObject credential = signed();
        String other = DidKey.of(CredentialFixtures.keyPair().getPublic());
        JsonObject proof = Json.createObjectBuilder(credential.getJsonObject("proof"))
                .add("verificationMethod", DidKey.verificationMethod(other)).build();

        assertThat(DataIntegrity.verify(Json.createObjectBuilder(credential).add("proof", proof).build()).verified())
                .isFalse();
    }

    @Test
    void eachProofOfAProofSetIsChecked() {
        JsonObject credential = signed();
        KeyPair second = CredentialFixtures.keyPair();
        String secondDid = DidKey.of(second.getPublic());
        JsonObject secondProof = DataIntegrity.sign(Json.createObjectBuilder(credential).remove("proof").build(),
                second.getPrivate(), DidKey.verificationMethod(secondDid), Instant.now()).getJsonObject("proof");
        JsonObject set = Json.createObjectBuilder(credential).add("proof", Json.createArrayBuilder()
                .add(credential.getJsonObject("proof")).add(secondProof)).build();
        JsonObject forgedSecond = Json.createObjectBuilder(credential).add("proof", Json.createArrayBuilder()
                .add(credential.getJsonObject("proof")).add(Json.createObjectBuilder(secondProof)
                        .add("created", "2020-01-01T00:00:00Z"))).build();

        assertThat(DataIntegrity.verifyEach(set)).extracting(DataIntegrity.Check::verificationMethod)
                .containsExactly(DidKey.verificationMethod(did), DidKey.verificationMethod(secondDid));
        assertThat(DataIntegrity.verifyEach(forgedSecond)).extracting(DataIntegrity.Check::verified)
                .containsExactly(true, false);
    }

    @Test
    void blankNodesAllLinkedToEachOtherAreRefusedOnceTheirHashingSpendsItsBudget() {
        HashingBudget budget = new HashingBudget();

        assertThatThrownBy(() -> DataIntegrity.canonical(CredentialFixtures.allLinked(10), budget))
                .isInstanceOf(HashingBudget.TooComplex.class).hasMessageStartingWith("too complex");
        assertThat(budget.steps()).as("stopped by its own counter").isEqualTo(HashingBudget.MAX_STEPS + 1);
        JsonObject poisoned = Json.createObjectBuilder(signed())
                .add("https://schema.org/knows", CredentialFixtures.allLinked(10).getJsonArray("@graph")).build();
        assertThat(DataIntegrity.verify(poisoned).reason()).startsWith("too complex");
    }

    @Test
    void aCanonicalisationWhoseThreadIsInterruptedStops() {
        HashingBudget budget = new HashingBudget();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> DataIntegrity.canonical(CredentialFixtures.allLinked(4), budget))
                    .isInstanceOf(HashingBudget.TooComplex.class).hasMessageContaining("interrupted");
        } finally {
            Thread.interrupted();
        }
        assertThat(budget.steps()).isEqualTo(1);
    }

    @Test
    void didKeyRoundTripsThePublicKey() {
        assertThat(DidKey.publicKey(DidKey.verificationMethod(did)).getEncoded())
                .isEqualTo(key.getPublic().getEncoded());
    }

    @Test
    void theStatusListSetsExactlyTheRevokedBits() {
        java.util.BitSet revoked = new java.util.BitSet();
        revoked.set(0);
        revoked.set(9);
        revoked.set(StatusList.LENGTH - 1);
        String encoded = StatusList.encode(revoked);

        assertThat(encoded).startsWith("u");
        assertThat(StatusList.isSet(encoded, 0)).isTrue();
        assertThat(StatusList.isSet(encoded, 9)).isTrue();
        assertThat(StatusList.isSet(encoded, 8)).isFalse();
        assertThat(StatusList.isSet(encoded, StatusList.LENGTH - 1)).isTrue();
    }
}
