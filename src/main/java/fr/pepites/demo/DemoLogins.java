package fr.pepites.demo;

import fr.pepites.security.Role;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the application listens and, with the demo on, one login per role. */
@Component
class DemoLogins {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLogins.class);

    private final boolean demo;
    private final String password;

    DemoLogins(@Value("${pepites.demo.enabled}") boolean demo, @Value("${pepites.demo.password}") String password) {
        this.demo = demo;
        this.password = password;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        StringBuilder banner = new StringBuilder("\n\n  PEPITES est démarré : http://localhost:" + port + "/\n");
        if (demo) {
            banner.append("  Comptes de démonstration (mot de passe commun : ").append(password).append(")\n");
            Arrays.stream(Role.values()).forEach(role -> DemoDataLoader.ACCOUNTS.stream()
                    .filter(account -> account.role() == role)
                    .findFirst()
                    .ifPresent(account -> banner.append(String.format("    %-20s %-30s %s%n", role.name(),
                            account.email(), account.fullName()))));
            banner.append("  Camunda Cockpit (administrateurs) : http://localhost:").append(port)
                    .append("/camunda/app/cockpit/\n");
        }
        LOG.info(banner.toString());
    }
}
