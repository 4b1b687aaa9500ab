package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import fr.pepites.PepitesSpringTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every view of the application opened over HTTP by a user of every role (with the id 1 where the view takes one):
 * the views the role may open answer, the others show the not-found page (HTTP 404) and nothing of the view; none
 * answers an error or shows the internals of one.
 */
@PepitesSpringTest
class RoleProbeTest {


    @LocalServerPort
    int port;

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyRoleOpensItsViewsAndIsRefusedTheOthersWithoutAnError() throws Exception {
        List<String> refused = new ArrayList<>();
        for (Role role : Role.values()) {
            HttpClient browser = Probes.loggedIn(port, Probes.USERS.get(role));
            Principal principal = () -> Probes.USERS.get(role);
            for (Probes.View view : Probes.views()) {
                HttpResponse<String> response = Probes.get(browser, port, view.path());
                String what = role + " " + view.path();
                assertThat(response.statusCode()).as(what).isIn(200, 302, 404);
                assertThat(response.body()).as(what).doesNotContain("Exception", "at fr.pepites.", "Caused by",
                        "Internal Server Error");
                if (!checker.hasAccess(view.type(), principal, role.name()::equals)) {
                    assertThat(response.statusCode()).as(what).isEqualTo(404);
                    assertThat(response.body()).as(what).contains("Page introuvable");
                    refused.add(what);
                }
            }
        }
        assertThat(refused).as("refusals probed").hasSizeGreaterThan(20)
                .contains("CEP_ADVISER /comptes", "TIERS_LIEU_MANAGER /personnes");
    }
}
