package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.pepites.HttpLogin;
import fr.pepites.TestUsers;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** What the security probes share: every view of the application, and a browser logged in over HTTP. */
public final class Probes {

    /** A view found by its {@code @Route}, and the address that opens it (with the id 1 when it takes one). */
    public record View(Class<?> type, String path) {
    }

    /** A demo user of each role. */
    public static final Map<Role, String> USERS = Map.of(
            Role.ADMIN, TestUsers.ADMIN,
            Role.COORDINATOR, TestUsers.COORDINATOR,
            Role.CEP_ADVISER, TestUsers.CEP_ADVISER,
            Role.SIAE_DIRECTOR, TestUsers.SIAE_DIRECTOR,
            Role.SIAE_STAFF, TestUsers.SIAE_STAFF,
            Role.TIERS_LIEU_MANAGER, TestUsers.TIERS_LIEU_MANAGER);

    private Probes() {
    }

    public static List<View> views() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<View> views = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("fr.pepites")) {
            Class<?> view = Class.forName(definition.getBeanClassName());
            String path = "/" + view.getAnnotation(Route.class).value();
            if (HasUrlParameter.class.isAssignableFrom(view)) {
                path += (path.endsWith("/") ? "" : "/") + "1";
            }
            views.add(new View(view, path));
        }
        return views;
    }

    /** A browser (its own cookies, no redirect followed) logged in with the demo password. */
    static HttpClient loggedIn(int port, String email) throws Exception {
        HttpClient browser = HttpLogin.newBrowser();
        assertThat(HttpLogin.location(HttpLogin.post(browser, port, email, TestUsers.PASSWORD)))
                .doesNotContain("error").doesNotEndWith("/login").isNotEmpty();
        return browser;
    }

    static HttpResponse<String> get(HttpClient browser, int port, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
