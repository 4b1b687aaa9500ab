package fr.pepites.security;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that end in an error outside the application's pages (found by the attack review: Spring Boot's English
 * "Whitelabel Error Page", HTTP 500 included) answer the French page of their status, members and visitors alike.
 */
@PepitesSpringTest
class ErrorPagesProbeTest {

    @LocalServerPort
    int port;

    @Test
    void aMemberMeetsFrenchErrorPagesOnly() throws Exception {
        HttpClient member = Probes.loggedIn(port, TestUsers.SIAE_STAFF);
        SoftAssertions answers = new SoftAssertions();
        for (String path : new String[] {"/?v-r=heartbeat&v-uiId=abc", "/public/badges/statuts/abc",
                "/public/badges/realisations/abc/image", "/VAADIN/dynamic/resource/0/x/y"}) {
            HttpResponse<String> page = Probes.get(member, port, path);
            answers.assertThat(page.statusCode()).as(path).isBetween(400, 599);
            answers.assertThat(page.body()).as(path).doesNotContain("Whitelabel", "Exception", "Internal Server Error")
                    .containsAnyOf("Adresse invalide", "Page introuvable", "Accès refusé", "Erreur inattendue");
        }
        answers.assertAll();
    }

    @Test
    void aVisitorsWrongPublicAddressIsToldSoNotSentToTheLoginPage() throws Exception {
        HttpClient visitor = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = visitor.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/public/badges/statuts/abc")).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(page.statusCode()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(page.body()).contains("Adresse invalide")
                .doesNotContain("Whitelabel");
    }
}
