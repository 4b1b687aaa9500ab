package fr.pepites.badges;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.badges.credential.CredentialFixtures;
import fr.pepites.badges.credential.DataIntegrity;
import fr.pepites.badges.credential.DidKey;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verifier against what anyone may upload (issue 26): credentials re-signed by a key of no organisation, proof
 * sets, blank nodes that would hold a core for hours, JSON nested without end, PNG chunks of absurd length, images
 * from elsewhere.
 */
@PepitesSpringTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class CredentialVerifierTest {

    @Autowired
    BadgeService badges;
    @Autowired
    PublicVerifier verifier;
    @Autowired
    BadgeFixtures fixtures;
    @Autowired
    TestUsers users;

    private final KeyPair forger = CredentialFixtures.keyPair();
    private final String forgerDid = DidKey.of(forger.getPublic());

    @BeforeEach
    void coordinator() {
        users.login(TestUsers.COORDINATOR);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    /** A credential the coordinator's organisation issued, as its public JSON serves it. */
    private JsonObject issued() {
        return issued("Vérifiée " + System.nanoTime());
    }

    private JsonObject issued(String achievementName) {
        long achievement = fixtures.achievement(achievementName, BadgeKind.COMPETENCE, false, null);
        String id = badges.award(new AwardRequest(achievement, List.of(fixtures.person("Verif",
                "verif" + System.nanoTime() + "@example.fr").getId()), List.of(), null, null)).get(0);
        return Json.createReader(new StringReader(badges.credentialJson(id).orElseThrow())).readObject();
    }

    private Verification verify(JsonObject credential) {
        return verifier.verifyFile(credential.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The document without its proofs, signed by the forger's key. */
    private JsonObject signedByForger(JsonObject document) {
        return DataIntegrity.sign(Json.createObjectBuilder(document).remove("proof").build(), forger.getPrivate(),
                DidKey.verificationMethod(forgerDid), Instant.now());
    }

    @Test
    void aCredentialResignedByAKeyOfNoOrganisationIsNotShownAsIssuedByTheOrganisationItNames() {
        JsonObject issued = issued();
        String organisation = issued.getJsonObject("issuer").getString("name");
        JsonObject forged = signedByForger(Json.createObjectBuilder(issued).add("issuer",
                Json.createObjectBuilder(issued.getJsonObject("issuer")).add("id", forgerDid)).build());

        Verification v = verify(forged);

        assertThat(v.status()).isEqualTo(Verification.Status.UNKNOWN_ISSUER);
        assertThat(v.valid()).isFalse();
        assertThat(v.signatureValid()).as("mathematically").isTrue();
        assertThat(v.issuerName()).as("never the name it gives itself").isNull();
        assertThat(v.issuerId()).isEqualTo(forgerDid);
        assertThat(v.problems()).singleElement().asString().contains(forgerDid, "aucun émetteur connu de PEPITES")
                .doesNotContain(organisation);
        assertThat(verify(issued).issuerName()).as("the genuine one").isEqualTo(organisation);
        assertThat(verify(issued).valid()).isTrue();
    }

    @Test
    void aGenuineCredentialWhoseTextsMentionAnSvgElementIsReadAsJson() {
        JsonObject issued = issued("Dessiner un logo <svg> " + System.nanoTime());

        Verification v = verify(issued);

        assertThat(v.problems()).isEmpty();
        assertThat(v.valid()).isTrue();
    }

    @Test
    void aProofSetIsValidWhenEachProofVerifiesAndOneIsByTheIssuersKey() {
        JsonObject issued = issued();
        JsonObject issuerProof = issued.getJsonObject("proof");
        JsonObject otherProof = signedByForger(issued).getJsonObject("proof");
        JsonObject both = Json.createObjectBuilder(issued).add("proof", Json.createArrayBuilder().add(otherProof)
                .add(issuerProof)).build();
        JsonObject onlyTheForgers = Json.createObjectBuilder(issued).add("proof", Json.createArrayBuilder()
                .add(otherProof)).build();
        JsonObject oneBroken = Json.createObjectBuilder(issued).add("proof", Json.createArrayBuilder()
                .add(issuerProof).add(Json.createObjectBuilder(otherProof).add("created", "2020-01-01T00:00:00Z")))
                .build();

        assertThat(verify(both).status()).isEqualTo(Verification.Status.VALID);
        assertThat(verify(both).issuerName()).isEqualTo(issued.getJsonObject("issuer").getString("name"));
        assertThat(verify(onlyTheForgers).problems())
                .containsExactly("La signature n'est pas celle de l'émetteur que le badge nomme.");
        assertThat(verify(oneBroken).status()).isEqualTo(Verification.Status.INVALID);
        assertThat(verify(oneBroken).problems()).first().asString().startsWith("La signature ne correspond pas");
    }

    @Test
    void blankNodesAllLinkedToEachOtherAreRefusedInFrenchWithoutHoldingACore() {
        JsonObject poisoned = signedByForger(Json.createObjectBuilder(issued()).remove("proof").build());
        poisoned = Json.createObjectBuilder(poisoned)
                .add("https://schema.org/knows", CredentialFixtures.allLinked(12).getJsonArray("@graph")).build();

        Verification v = verify(poisoned);

        assertThat(v.status()).isEqualTo(Verification.Status.INVALID);
        assertThat(v.problems()).containsExactly("Ce badge est trop complexe à vérifier (ses nœuds sans identifiant "
                + "sont trop liés les uns aux autres, ou il a trop de preuves) : il est refusé.");
    }

    @Test
    void jsonNestedWithoutEndIsRefusedInFrenchAndLogsNoError(CapturedOutput log) {
        String tooDeep = "Ce fichier n'est pas un badge : son JSON est imbriqué sur plus de 32 niveaux.";
        JsonObject deep = Json.createObjectBuilder(issued()).add("https://schema.org/about",
                Json.createReader(new StringReader("[".repeat(40) + "]".repeat(40))).readValue()).build();

        assertThat(verifier.verifyFile("[".repeat(100_000).getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly(tooDeep);
        assertThat(verify(deep).problems()).containsExactly(tooDeep);
        assertThat(log.getAll()).doesNotContain("ERROR");
    }

    @Test
    void aPngWhoseChunkClaimsAnAbsurdLengthIsRefusedInFrenchAndLogsNoError(CapturedOutput log) {
        long achievement = fixtures.achievement("Image piégée", BadgeKind.COMPETENCE, false, null);
        String id = badges.award(new AwardRequest(achievement, List.of(fixtures.person("Png", "png@example.fr")
                .getId()), List.of(), null, null)).get(0);
        byte[] png = badges.bakedImage(id, false).orElseThrow();
        // The chunk after IHDR (8 + 25 bytes), the credential's, now says it is 2 GB long.
        ByteBuffer.wrap(png).putInt(33, Integer.MAX_VALUE - 15);

        assertThat(verifier.verifyFile(png).problems())
                .containsExactly("Cette image ne contient pas de badge (aucun badge n'y est intégré).");
        assertThat(log.getAll()).doesNotContain("ERROR");
    }

    @Test
    void onlyThisPlatformsAchievementImagesAreShown() {
        JsonObject issued = issued();
        String own = issued.getJsonObject("credentialSubject").getJsonObject("achievement").getJsonObject("image")
                .getString("id");
        String json = issued.toString();

        // Shown by its path, from the verifier's own origin (issue 28, point 3).
        assertThat(verify(issued).achievementImage()).isEqualTo(URI.create(own).getPath())
                .matches("/public/badges/realisations/[0-9]+/image");
        for (String elsewhere : new String[] {"https://tracker.example/pixel.png?who=employer",
                own + "/../../../../elsewhere", "data:image/svg+xml;base64,PHN2Zy8+", "javascript:alert(1)"}) {
            assertThat(verifier.verifyFile(json.replace(own, elsewhere).getBytes(StandardCharsets.UTF_8))
                    .achievementImage()).as(elsewhere).isNull();
        }
    }

    @Test
    void aProofSetOfMoreProofsThanAreCheckedIsRefusedInFrench() {
        JsonObject issued = issued();
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 5; i++) {
            many.add(issued.getJsonObject("proof"));
        }

        assertThat(verify(Json.createObjectBuilder(issued).add("proof", many).build()).problems())
                .containsExactly("Ce badge porte plus de preuves que PEPITES n'en vérifie : il est refusé.");
    }
}
