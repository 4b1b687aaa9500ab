package fr.pepites.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.common.InvalidInputException;
import fr.pepites.common.PublicAddress;
import fr.pepites.directory.DirectoryService;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.reference.ReferenceDataService;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.twinning.TwinningService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The address a credential signs into its ids (issue 28, point 3): with no public address configured, as in the
 * tests, the one the server really listens on (a random port here, never 8080); in production without one, no badge;
 * and the public page shows the badge's image from its own origin, which its content policy lets through.
 */
@PepitesSpringTest
class CredentialAddressTest {

    @LocalServerPort
    int port;
    @Autowired
    BadgeService badges;
    @Autowired
    BadgeFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TransactionTemplate inTransaction;
    @Autowired
    AchievementRepository achievements;
    @Autowired
    CredentialRepository credentials;
    @Autowired
    IssuerKeyRepository keys;
    @Autowired
    ProposalDecisionRepository decisions;
    @Autowired
    CredentialVerifier verifier;
    @Autowired
    DirectoryService directory;
    @Autowired
    ParcoursService parcours;
    @Autowired
    TwinningService twinnings;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    CurrentUserProvider currentUser;

    @AfterEach
    void logout() {
        users.logout();
    }

    private String award(String name) {
        users.login(TestUsers.COORDINATOR);
        String id = inTransaction.execute(status -> {
            long achievement = fixtures.achievement(name, BadgeKind.COMPETENCE, false, null);
            return badges.award(new AwardRequest(achievement, List.of(fixtures.person("Adresse",
                    "adresse" + System.nanoTime() + "@example.fr").getId()), List.of(), null, null)).get(0);
        });
        users.logout();
        return id;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAddressACredentialSignsIsTheOneTheServerListensOn() throws Exception {
        String own = "http://localhost:" + port + "/";
        JsonObject credential = Json.createReader(new StringReader(badges.credentialJson(award("Adresse réelle"))
                .orElseThrow())).readObject();
        JsonObject achievement = credential.getJsonObject("credentialSubject").getJsonObject("achievement");
        String statusList = credential.getJsonObject("credentialStatus").getString("statusListCredential");

        assertThat(List.of(credential.getJsonObject("issuer").getString("url"), achievement.getString("id"),
                achievement.getJsonObject("image").getString("id"), statusList)).allSatisfy(url -> assertThat(url)
                        .startsWith(own));
        HttpResponse<String> list = get(statusList);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(list.body())).readObject().getString("id"))
                .isEqualTo(statusList);
        assertThat(get(achievement.getJsonObject("image").getString("id")).statusCode()).isEqualTo(200);
    }

    @Test
    void noBadgeIsAwardedInProductionUntilThePublicAddressIsConfigured() {
        // This application's badges as they run with the postgres profile and no PEPITES_BASE_URL.
        MockEnvironment production = new MockEnvironment().withProperty("local.server.port", String.valueOf(port));
        production.setActiveProfiles("postgres");
        PublicAddress noAddress = new PublicAddress("", production);
        IssuerKeys productionKeys = new IssuerKeys(keys, credentials, IssuerKeys.DEMO_KEY, noAddress);
        BadgeService productionBadges = new BadgeService(achievements, credentials, keys, decisions, productionKeys,
                verifier, directory, parcours, twinnings, runtime, referenceData, currentUser, noAddress);
        users.login(TestUsers.COORDINATOR);
        long[] awarded = inTransaction.execute(status -> new long[] {
                fixtures.achievement("Sans adresse", BadgeKind.COMPETENCE, false, null),
                fixtures.person("Sansadresse", "sans.adresse@example.fr").getId()});
        long credentialsBefore = credentials.count();
        long keysBefore = keys.count();

        assertThatThrownBy(() -> inTransaction.executeWithoutResult(status -> productionBadges.award(
                new AwardRequest(awarded[0], List.of(awarded[1]), List.of(), null, null))))
                .isInstanceOf(InvalidInputException.class).hasMessage("Les badges ne peuvent être délivrés tant que "
                        + "l'adresse publique de la plateforme n'est pas configurée (PEPITES_BASE_URL) : prévenez "
                        + "l'administrateur.");
        assertThat(credentials.count()).isEqualTo(credentialsBefore);
        assertThat(keys.count()).isEqualTo(keysBefore);
    }

    @Test
    void thePublicPageShowsTheBadgesImageFromItsOwnOrigin() throws Exception {
        String id = award("Image de même origine");

        HttpResponse<String> page = get("http://localhost:" + port + "/badge/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        // The first render carries the page's elements: the achievement's image is the one <img> of the page.
        Matcher image = Pattern.compile("\"key\":\"tag\",\"feat\":0,\"value\":\"img\"}.*?"
                + "\"key\":\"src\",\"feat\":[0-9]+,\"value\":\"([^\"]*)\"").matcher(page.body());
        assertThat(image.find()).as("the page shows the badge's image").isTrue();
        String src = image.group(1);
        assertThat(URI.create(src).getScheme()).as(src).isNull();
        assertThat(URI.create(src).getAuthority()).as(src).isNull();
        assertThat(src).matches("/public/badges/realisations/[0-9]+/image");
    }
}
