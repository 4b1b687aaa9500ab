package fr.pepites.badges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.badges.credential.IndependentVerifier;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credentials the application issued and revoked, as it serves them, checked by the Digital Credentials
 * Consortium's verifier (offline document loader, the application's status list handed to it): an issued one
 * verifies, a tampered copy and a revoked one do not.
 */
@PepitesSpringTest
@Transactional
class IssuedCredentialsInteroperabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    BadgeService badges;
    @Autowired
    BadgeFixtures fixtures;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void issuedCredentialsVerifyWithTheConsortiumsVerifierExceptTamperedAndRevokedOnes() throws Exception {
        users.login(TestUsers.COORDINATOR);
        long achievement = fixtures.achievement("Interopérabilité", BadgeKind.PEER_EXCHANGE, false, 12);
        List<String> ids = badges.award(new AwardRequest(achievement,
                List.of(fixtures.person("Valid", "valid@example.fr").getId(),
                        fixtures.person("Revoked", "revoked.dcc@example.fr").getId()),
                List.of(), "Animé un échange de pratiques", "https://pepites.example.fr/echanges/3"));
        badges.revoke(ids.get(1), "Délivré par erreur");
        String valid = badges.credentialJson(ids.get(0)).orElseThrow();
        String revoked = badges.credentialJson(ids.get(1)).orElseThrow();
        String tampered = valid.replace("Animé un échange de pratiques", "Animé dix échanges de pratiques");
        String listUrl = JSON.readTree(valid).at("/credentialStatus/statusListCredential").asText();
        String list = badges.statusList(Long.parseLong(listUrl.substring(listUrl.lastIndexOf('/') + 1)))
                .orElseThrow();

        List<JsonNode> results = IndependentVerifier.verify(List.of(valid, tampered, revoked), List.of(list));

        assertThat(results.get(0).get("verified").asBoolean()).as(results.get(0).toString()).isTrue();
        assertThat(results.get(1).get("verified").asBoolean()).as(results.get(1).toString()).isFalse();
        assertThat(results.get(2).get("proof").asBoolean()).as(results.get(2).toString()).isTrue();
        assertThat(results.get(2).get("verified").asBoolean()).isFalse();
    }
}
