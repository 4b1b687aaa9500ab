package fr.pepites.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A password given by an administrator opens Cockpit, the REST API and the Actuator only once changed. */
@PepitesSpringTest
class PasswordChangeGateTest {

    private static final String GIVEN = "donne-par-l-admin-2026";
    private static final String CHOSEN = "mon-choix-de-phrase-secrete";

    @LocalServerPort
    int port;
    @Autowired
    DirectoryService directory;
    @Autowired
    TestUsers users;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void anAdministratorWhosePasswordWasGivenIsRefusedByCockpitRestAndActuatorUntilTheyChangeIt() throws Exception {
        String email = users.newAccount(Role.ADMIN, TestUsers.ADMIN, GIVEN).getEmail();

        for (String path : new String[] {"/engine-rest/engine", "/camunda/app/cockpit/default/", "/actuator/metrics"}) {
            HttpResponse<String> refused = get(path, email, GIVEN);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).contains("Mon compte");
        }
        HttpResponse<String> health = get("/actuator/health", email, GIVEN);
        assertThat(health.statusCode()).as("open to anyone (503 when a component is down)").isIn(200, 503);
        assertThat(health.body()).as("but without the details an administrator reads").doesNotContain("components");

        users.login(email);
        directory.changeOwnPassword(GIVEN, CHOSEN, CHOSEN);

        assertThat(get("/engine-rest/engine", email, CHOSEN).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics", email, CHOSEN).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", email, CHOSEN).body()).contains("components");
    }

    private HttpResponse<String> get(String path, String email, String password) throws Exception {
        String credentials = email + ":" + password;
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
