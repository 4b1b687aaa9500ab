package fr.pepites.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.badges.credential.DataIntegrity;
import fr.pepites.common.PublicAddress;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The issuers' private keys are stored encrypted with the configured key: without it they sign nothing. */
@PepitesSpringTest
@Transactional
class IssuerKeysTest {

    @Autowired
    BadgeService badges;
    @Autowired
    BadgeFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    IssuerKeyRepository keys;
    @Autowired
    CredentialRepository credentials;
    @Autowired
    PublicAddress address;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aPrivateKeyIsStoredEncryptedAndOnlyTheConfiguredKeyOpensIt() {
        users.login(TestUsers.COORDINATOR);
        long achievement = fixtures.achievement("Clés", BadgeKind.COMPETENCE, false, null);
        String id = badges.award(new AwardRequest(achievement,
                List.of(fixtures.person("Keys", "keys@example.fr").getId()), List.of(), null, null)).get(0);
        IssuerKey key = credentials.findByPublicId(id).orElseThrow().getKey();
        JsonObject document = Json.createReader(new java.io.StringReader(key.getStatusList())).readObject();
        JsonObject unsigned = Json.createObjectBuilder(document).remove("proof").build();

        // AES-GCM: a 12-byte IV, the 48-byte PKCS#8 key, a 16-byte tag; never the key's own encoding.
        assertThat(key.getPrivateKey()).hasSize(12 + 48 + 16);
        IssuerKeys sameKey = new IssuerKeys(keys, credentials, IssuerKeys.DEMO_KEY, address);
        assertThat(DataIntegrity.verify(sameKey.sign(key, unsigned)).verificationMethod())
                .startsWith(key.getDid() + "#");
        IssuerKeys otherKey = new IssuerKeys(keys, credentials,
                Base64.getEncoder().encodeToString(new byte[32]), address);
        assertThatThrownBy(() -> otherKey.sign(key, unsigned)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be read");
    }
}
