package fr.pepites;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Logs in over HTTP as a browser does: the login page first (its session, and the form's token against forged
 * logins, which the page carries), then the form posted with that token.
 */
public final class HttpLogin {

    private HttpLogin() {
    }

    /** A browser of its own: its own cookies, no redirect followed. */
    public static HttpClient newBrowser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts the login form to {@code http://localhost:port/login}; the answer's Location says where it goes. */
    public static HttpResponse<String> post(HttpClient browser, int port, String email, String password)
            throws Exception {
        String base = "http://localhost:" + port;
        Document page = Jsoup.parse(browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&"
                + encode(page.select("meta[name=_csrf_parameter]").attr("content")) + "="
                + encode(page.select("meta[name=_csrf]").attr("content"));
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where the login form sends the browser: the application, or back to the login page with an error. */
    public static String location(HttpResponse<?> login) {
        return login.headers().firstValue("Location").orElse("");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
