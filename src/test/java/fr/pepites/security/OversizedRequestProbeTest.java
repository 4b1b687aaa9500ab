package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.HttpLogin;
import fr.pepites.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request body declared over 4 MB (a forged field, an upload, an API call) never reaches the application: it is
 * answered HTTP 413 with the French page before being read, wherever it goes (a body sent without its length is
 * capped: {@link RequestSizeLimitTest}).
 */
@PepitesSpringTest
class OversizedRequestProbeTest {

    private static final int FIVE_MEGABYTES = 5 * 1024 * 1024;

    @LocalServerPort
    int port;

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json");
    }

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedWithTheFrenchPageWhereverItGoes() throws Exception {
        HttpClient browser = Probes.loggedIn(port, TestUsers.COORDINATOR);
        for (String path : new String[] {"/?v-r=uidl&v-uiId=0", "/login", "/engine-rest/deployment/create",
                "/badges/verifier"}) {
            HttpResponse<String> response = browser.send(post(path)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[FIVE_MEGABYTES])).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(413);
            assertThat(response.body()).as(path).contains("<html lang=\"fr\">", "Envoi trop volumineux")
                    .doesNotContain("Tomcat", "Exception");
        }
    }

    @Test
    void aBodyUnderTheLimitGoesThrough() throws Exception {
        HttpResponse<String> response = HttpLogin.post(HttpLogin.newBrowser(), port, TestUsers.ADMIN, "faux");

        assertThat(response.statusCode()).isEqualTo(302);
    }
}
