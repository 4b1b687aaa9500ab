package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import fr.pepites.PepitesSpringTest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every view that takes an id in its address, opened by a user who may open it, with ids that are not ids (words,
 * decimals, numbers too large for any id, markup, SQL, a very long one, encoded slashes, dots, percents and NULs)
 * and with ids of nothing: the French not-found page, the French page of a refused address (HTTP 400, from the web
 * server or the security firewall) or the view's own answer; never an error, internals, English, or the address's
 * markup played back.
 */
@PepitesSpringTest
class MalformedIdsProbeTest {

    private static final List<String> NOT_IDS = List.of("abc", "1.5", "99999999999999999999999", "ORI-1",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "1%27%20or%20%271%27%3D%271", "x".repeat(3000), "1%251", "..%3B", "a%00b", "%2e%2e");
    private static final List<String> IDS_OF_NOTHING = List.of("0", "-1", "987654321");

    @LocalServerPort
    int port;

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();
    private final Map<Role, HttpClient> browsers = new EnumMap<>(Role.class);

    @Test
    void addressesWithIdsThatAreNotIdsOrOfNothingShowTheNotFoundPageOrTheViewNeverAnError() throws Exception {
        List<String> probed = new ArrayList<>();
        for (Probes.View view : Probes.views()) {
            if (!HasUrlParameter.class.isAssignableFrom(view.type())) {
                continue;
            }
            HttpClient browser = browserOf(view);
            String base = view.path().substring(0, view.path().length() - 1);
            for (String id : NOT_IDS) {
                HttpResponse<String> response = Probes.get(browser, port, base + id);
                String what = base + id.substring(0, Math.min(id.length(), 40));
                if (response.statusCode() == 400) {
                    assertThat(response.body()).as(what).contains("<html lang=\"fr\">", "Adresse invalide");
                } else {
                    assertThat(response.statusCode()).as(what).isEqualTo(404);
                    assertThat(response.body()).as(what).contains("Page introuvable");
                }
                assertNoInternals(response, what);
                probed.add(what);
            }
            for (String id : IDS_OF_NOTHING) {
                HttpResponse<String> response = Probes.get(browser, port, base + id);
                String what = base + id;
                // One behaviour everywhere: an id of nothing is the French not-found page with HTTP 404 (the
                // referral, parcours and twinning pages answered HTTP 200 and "introuvable" in the page).
                assertThat(response.statusCode()).as(what).isEqualTo(404);
                assertThat(response.body()).as(what).contains("Page introuvable");
                assertNoInternals(response, what);
            }
        }
        assertThat(probed).as("addresses probed").hasSizeGreaterThan(50)
                .anyMatch(p -> p.startsWith("/orientations/detail/abc")).anyMatch(p -> p.startsWith("/badge/%3Cscript"));
    }

    private static void assertNoInternals(HttpResponse<String> response, String what) {
        assertThat(response.body()).as(what).doesNotContain("Exception", "at fr.pepites.", "Caused by",
                "Internal Server Error", "Bad Request", "Tomcat", "<script>alert(1)", "NumberFormat");
    }

    /** A browser logged in as the first role that may open the view (the public ones: any). */
    private HttpClient browserOf(Probes.View view) throws Exception {
        for (Role role : Role.values()) {
            Principal principal = () -> Probes.USERS.get(role);
            if (checker.hasAccess(view.type(), principal, role.name()::equals)) {
                if (!browsers.containsKey(role)) {
                    browsers.put(role, Probes.loggedIn(port, Probes.USERS.get(role)));
                }
                return browsers.get(role);
            }
        }
        throw new AssertionError("No role opens " + view.path());
    }
}
