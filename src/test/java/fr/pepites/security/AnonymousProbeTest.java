package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.pepites.PepitesSpringTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every view of the application, found by its {@code @Route}, called without login (with an id when it takes one):
 * the views not marked {@code @AnonymousAllowed} send the visitor to the login page and show nothing; the public ones
 * (login, a badge's page, the verifier, an issuer's profile) answer themselves.
 */
@PepitesSpringTest
class AnonymousProbeTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyViewButThePublicOnesSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        List<String> probed = new ArrayList<>();
        for (Probes.View found : Probes.views()) {
            Class<?> view = found.type();
            String path = found.path();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).build(), HttpResponse.BodyHandlers.ofString());
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                assertThat(response.statusCode()).as(path).isIn(200, 404);
            } else {
                assertThat(response.statusCode()).as(path).isEqualTo(302);
                assertThat(response.headers().firstValue("Location")).as(path)
                        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
                assertThat(response.body()).as(path).isEmpty();
            }
            probed.add(path);
        }
        assertThat(probed).as("every view found").hasSizeGreaterThan(30).contains("/badges", "/orientations",
                "/login", "/badge/1");
    }
}
