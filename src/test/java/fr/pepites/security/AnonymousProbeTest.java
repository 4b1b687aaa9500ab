package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.pepites.PepitesSpringTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

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
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<String> probed = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("fr.pepites")) {
            Class<?> view = Class.forName(definition.getBeanClassName());
            String path = "/" + view.getAnnotation(Route.class).value();
            if (HasUrlParameter.class.isAssignableFrom(view)) {
                path += (path.endsWith("/") ? "" : "/") + "1";
            }
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
