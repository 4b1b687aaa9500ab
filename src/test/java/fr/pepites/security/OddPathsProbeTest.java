package fr.pepites.security;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses that name the REST API or Cockpit in another spelling (a doubled slash, an encoded letter, a path
 * parameter, a dot segment) and the servlet container's own error address answer a French refusal (400 or 404),
 * never HTTP 500, a stack trace or an ERROR in the log, for anonymous visitors and administrators alike.
 */
@PepitesSpringTest
@ExtendWith(OutputCaptureExtension.class)
class OddPathsProbeTest {

    private static final List<String> PATHS = List.of("//engine-rest/task", "/%65ngine-rest/task",
            "/engine-rest;x=1/task", "//camunda/app/cockpit/default/", "/camunda;x=1/app/cockpit/default/", "/error",
            "/error?x=1", "//actuator/metrics", "/actuator;x=1/metrics", "/./engine-rest/task",
            "/a/../engine-rest/task",
            "/camunda/./api/engine/engine/default/user", "/engine-rest/task/..", "/camunda/app/.");

    @LocalServerPort
    int port;

    @Test
    void oddSpellingsOfTheApisAndTheErrorAddressAreRefusedInFrenchWithoutAnError(CapturedOutput log)
            throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString((TestUsers.ADMIN + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        SoftAssertions answers = new SoftAssertions();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : PATHS) {
            for (String authorization : new String[] {null, admin}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String what = path + (authorization == null ? " anonymous" : " administrator");
                answers.assertThat(response.statusCode()).as(what).isIn(400, 404);
                answers.assertThat(response.body()).as(what).containsAnyOf("Adresse invalide", "Page introuvable")
                        .doesNotContain("Exception", "at org.", "at fr.pepites.", "Tomcat", "Whitelabel");
            }
        }
        answers.assertThat(log.getAll()).doesNotContain(" ERROR ");
        answers.assertAll();
    }
}
