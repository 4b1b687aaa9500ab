package fr.pepites.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.security.Probes;
import fr.pepites.security.Role;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of the application passes axe-core (Deque's accessibility checker, loaded from the tests' resources)
 * without a single violation, of any impact: each page every role may open (the views found as the security probes
 * find them, with the id 1 where one is taken), and the public pages of an anonymous visitor, a badge's page
 * included. One browser for the whole run, logged in as each role in turn.
 */
@PepitesSpringTest
class AccessibilityBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsABrowser() {
        Browser.assumeInstalled();
    }

    @Test
    void noPageOfAnyRoleNorAnyPublicPageBreaksAnAccessibilityRule() throws Exception {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Map<String, List<String>> violations = new LinkedHashMap<>();
        List<String> checked = new ArrayList<>();
        long start = System.nanoTime();
        try (Browser browser = new Browser(port)) {
            browser.logIn(TestUsers.COORDINATOR, TestUsers.PASSWORD);
            browser.open("/badges/delivres");
            String badgePage = URI.create(browser.waitFor(
                    By.xpath("//vaadin-grid-cell-content//a[contains(., 'Page du badge')]")).getAttribute("href"))
                    .getPath();
            browser.logOut();

            for (Role role : Role.values()) {
                browser.logIn(Probes.USERS.get(role), TestUsers.PASSWORD);
                Principal principal = () -> Probes.USERS.get(role);
                for (Probes.View view : Probes.views()) {
                    if (checker.hasAccess(view.type(), principal, role.name()::equals)
                            && !view.path().equals("/login")) {
                        check(browser, role + " " + view.path(), view.path(), violations, checked);
                    }
                }
                browser.logOut();
            }
            // Last: a visitor's address that needs a login is where the next login would lead.
            for (String path : List.of("/login", badgePage, "/badges/verifier", "/badges/emetteur/1",
                    "/nulle-part")) {
                check(browser, "anonymous " + path, path, violations, checked);
            }
        }
        System.out.printf("axe-core: %d pages checked in %d s%n", checked.size(),
                (System.nanoTime() - start) / 1_000_000_000L);
        assertThat(checked).as("pages checked").hasSizeGreaterThan(60);
        assertThat(violations).as("axe-core violations, by page").isEmpty();
    }

    private static void check(Browser browser, String what, String path, Map<String, List<String>> violations,
            List<String> checked) {
        browser.open(path);
        browser.waitUntilSettled();
        List<String> found = browser.accessibilityViolationsOnceRendered();
        if (!found.isEmpty()) {
            violations.put(what, found);
        }
        checked.add(what);
    }
}
