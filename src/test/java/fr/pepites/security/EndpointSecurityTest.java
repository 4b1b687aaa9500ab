package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.HttpLogin;
import fr.pepites.TestUsers;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cockpit and the engine's REST API are for administrators only; the application asks for a login. */
@PepitesSpringTest
class EndpointSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theRestApiRefusesAnonymousCallers() throws Exception {
        assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theRestApiRefusesEveryRoleButAdministrators() throws Exception {
        for (String email : new String[] {TestUsers.COORDINATOR, TestUsers.SIAE_DIRECTOR, TestUsers.CEP_ADVISER}) {
            assertThat(get("/engine-rest/engine", email).statusCode()).as(email).isEqualTo(403);
        }
    }

    @Test
    void theRestApiAnswersAnAdministrator() throws Exception {
        HttpResponse<String> response = get("/engine-rest/engine", TestUsers.ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"default\"");
    }

    @Test
    void cockpitSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/camunda/app/cockpit/default/", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void cockpitRefusesACoordinator() throws Exception {
        assertThat(get("/camunda/app/cockpit/default/", TestUsers.COORDINATOR).statusCode()).isEqualTo(403);
    }

    @Test
    void cockpitOpensForAnAdministrator() throws Exception {
        assertThat(get("/camunda/app/cockpit/default/", TestUsers.ADMIN).statusCode()).isEqualTo(200);
    }

    @Test
    void cockpitKnowsTheAdministratorFromTheApplicationsLogin() throws Exception {
        // Cockpit's own API answers only a user its session knows: the container-based filter puts the
        // application's user there, without a second login.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> engineApi = browser.send(request("/camunda/api/engine/engine/default/user/count",
                TestUsers.ADMIN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(engineApi.statusCode()).isEqualTo(200);
        HttpResponse<String> who = browser.send(request("/camunda/api/admin/auth/user/default", TestUsers.ADMIN)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(who.statusCode()).isEqualTo(200);
        assertThat(who.body()).contains("\"userId\":\"u");
    }

    @Test
    void theApplicationSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/annuaire", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aWrongPasswordLeadsBackToTheLoginPageWithAnError() throws Exception {
        HttpResponse<String> response = postLogin(TestUsers.ADMIN, "faux");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
        String login = "coordination2@pepites.demo";
        for (int i = 0; i < 5; i++) {
            assertThat(postLogin(login, "faux-" + i).headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> locked = postLogin(login, TestUsers.PASSWORD);
        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void wrongPasswordsAreCountedForTheAddressTheyCameFrom() throws Exception {
        // The login's failures are the pair's (login, client address): without the request at hand, every client
        // shared one address, and anyone could lock anyone out.
        String login = "inconnu-" + System.nanoTime() + "@pepites.demo";
        postLogin(login, "faux");

        assertThat(jdbc.queryForList("select source from login_throttle where login = ? and source <> '*'",
                String.class, login)).singleElement().isIn("127.0.0.1", "0:0:0:0:0:0:0:0/64");
    }

    @Test
    void wrongPasswordsThroughHttpBasicOnTheRestApiCountAndLockTheLogin() throws Exception {
        // An SIAE director: the right password is known (HTTP 403, not an administrator) until the login is locked,
        // then refused as the wrong ones are (not authenticated: 401, or 302 to the login page).
        String login = "direction.maraichage@pepites.demo";
        assertThat(basic("/engine-rest/engine", login, TestUsers.PASSWORD).statusCode()).isEqualTo(403);
        int wrong = basic("/engine-rest/engine", login, "faux-0").statusCode();
        assertThat(wrong).isIn(401, 302);
        for (int i = 1; i < 5; i++) {
            assertThat(basic("/engine-rest/engine", login, "faux-" + i).statusCode()).isEqualTo(wrong);
        }

        assertThat(basic("/engine-rest/engine", login, TestUsers.PASSWORD).statusCode()).isEqualTo(wrong);
        assertThat(postLogin(login, TestUsers.PASSWORD).headers().firstValue("Location")).as("the form, locked too")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        HttpClient browser = HttpLogin.newBrowser();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(page);
        HttpResponse<String> login = HttpLogin.post(browser, port, TestUsers.SIAE_DIRECTOR, TestUsers.PASSWORD);

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(before).isNotNull();
        assertThat(sessionCookie(login)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/badges/verifier"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'",
                            "object-src 'none'", "default-src 'self'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                    .contains("strict-origin-when-cross-origin");
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }

    private HttpResponse<String> postLogin(String email, String password) throws Exception {
        return HttpLogin.post(HttpLogin.newBrowser(), port, email, password);
    }

    private HttpResponse<String> basic(String path, String email, String password) throws Exception {
        String credentials = email + ":" + password;
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String email) throws Exception {
        return http.send(request(path, email).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String email) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (email != null) {
            String credentials = email + ":" + TestUsers.PASSWORD;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
