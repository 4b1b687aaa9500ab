package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
}
