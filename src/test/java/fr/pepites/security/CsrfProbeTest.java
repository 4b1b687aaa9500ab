package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.HttpLogin;
import fr.pepites.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forged requests, as another site would make them with the user's session: every action of the application is a
 * Vaadin request carrying the session's security key, which another site cannot read; the session cookie does not
 * go with requests from other sites; Cockpit's API asks for its own token.
 */
@PepitesSpringTest
class CsrfProbeTest {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    private HttpResponse<String> uidl(HttpClient browser, String uiId, String securityKey) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId="
                + uiId))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + securityKey
                        + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestWithoutTheSessionsSecurityKeyIsRefusedWithTheSessionCookieAlone() throws Exception {
        HttpClient browser = Probes.loggedIn(port, TestUsers.COORDINATOR);
        String page = Probes.get(browser, port, "/annuaire").body();
        Matcher key = SECURITY_KEY.matcher(page);
        assertThat(key.find()).as("the page's security key").isTrue();
        Matcher ui = UI_ID.matcher(page);
        assertThat(ui.find()).as("the page's UI").isTrue();

        HttpResponse<String> forged = uidl(browser, ui.group(1), "forged-by-another-site");
        assertThat(forged.body()).contains("\"appError\"").contains("\"syncId\":-1");

        HttpResponse<String> genuine = uidl(browser, ui.group(1), key.group(1));
        assertThat(genuine.body()).doesNotContain("appError").contains("\"syncId\":1");
    }

    @Test
    void theSessionCookieStaysOnThisSite() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void cockpitsApiRefusesAChangeWithoutItsOwnToken() throws Exception {
        HttpClient admin = Probes.loggedIn(port, TestUsers.ADMIN);
        HttpResponse<String> forged = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/camunda/api/engine/engine/default/user/create")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"intrus\"},\"credentials\":"
                        + "{\"password\":\"intrus-intrus\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(identity.createUserQuery().userId("intrus").count()).isZero();
    }

    @Test
    void aChangeSentToCockpitFromAnotherSiteIsRefusedAndTheAdministratorStaysLoggedIn() throws Exception {
        HttpClient admin = Probes.loggedIn(port, TestUsers.ADMIN);
        HttpResponse<String> forged = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/camunda/api/engine/engine/default/user/create")).header("Content-Type", "application/json")
                .header("Origin", "http://evil.example").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"intrus4\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("autre site");
        assertThat(Probes.get(admin, port, "/camunda/app/cockpit/default/").statusCode()).as("still logged in")
                .isEqualTo(200);
        assertThat(Probes.get(admin, port, "/taches").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginPostedWithoutTheLoginPagesTokenLogsNobodyIn() throws Exception {
        // Another site's page posting the form with the attacker's password: it cannot read the login page's token.
        HttpClient victim = HttpLogin.newBrowser();
        HttpResponse<String> forged = victim.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + TestUsers.COORDINATOR + "&password="
                        + TestUsers.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(HttpLogin.location(forged)).as("back to a fresh login page that says why").endsWith("/login?expiree");
        assertThat(Probes.get(victim, port, "/annuaire").statusCode()).as("still anonymous").isEqualTo(302);
        assertThat(HttpLogin.location(HttpLogin.post(victim, port, TestUsers.COORDINATOR, TestUsers.PASSWORD)))
                .as("the same form with the page's token").doesNotContain("error").isNotEmpty();
    }

    @Test
    void theRestApiIgnoresAnAdministratorsSession() throws Exception {
        HttpClient admin = Probes.loggedIn(port, TestUsers.ADMIN);
        assertThat(Probes.get(admin, port, "/engine-rest/engine").statusCode()).isEqualTo(401);

        HttpResponse<String> forged = admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/engine-rest/user/create")).header("Content-Type", "application/json")
                .header("Origin", "http://localhost:" + (port + 1))
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"intrus2\"},\"credentials\":"
                        + "{\"password\":\"intrus-intrus\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isIn(401, 403);
        assertThat(identity.createUserQuery().userId("intrus2").count()).isZero();
    }

    @Test
    void theRestApiRefusesAChangeFromAnotherOriginEvenWithTheAdministratorsPassword() throws Exception {
        String credentials = Base64.getEncoder().encodeToString((TestUsers.ADMIN + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        for (String[] header : new String[][] {{"Origin", "http://localhost:" + (port + 1)},
                {"Sec-Fetch-Site", "same-site"}}) {
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/engine-rest/user/create")).header("Content-Type",
                    "application/json").header("Authorization", "Basic " + credentials).header(header[0], header[1])
                    .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"intrus3\"},"
                            + "\"credentials\":{\"password\":\"intrus-intrus\"}}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).as(header[0]).isEqualTo(403);
            assertThat(forged.body()).as(header[0]).contains("autre site");
        }
        assertThat(identity.createUserQuery().userId("intrus3").count()).isZero();
        HttpResponse<String> script = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/engine-rest/engine")).header("Authorization", "Basic " + credentials)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).as("a script, with its password").isEqualTo(200);
    }
}
