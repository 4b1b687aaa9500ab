package fr.pepites.common;

import java.net.URI;
import java.net.URISyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform's public address, which e-mails link to and every credential signs into its ids (issuer, achievement,
 * image, status list): {@code pepites.base-url} ({@code PEPITES_BASE_URL}) when configured; otherwise the address the
 * server really listens on, {@code http://localhost:<port>}, read once the server has started. In production (the
 * {@code postgres} profile, docs/operations.md) an address guessed that way would be signed into credentials for good:
 * nothing is signed until one is configured, and the start says so.
 */
@Component
public class PublicAddress {

    /** The profile production runs with (README, docs/operations.md "Production (PostgreSQL)"). */
    static final String PRODUCTION_PROFILE = "postgres";
    public static final String NOT_CONFIGURED = "Les badges ne peuvent être délivrés tant que l'adresse publique de "
            + "la plateforme n'est pas configurée (PEPITES_BASE_URL) : prévenez l'administrateur.";
    private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);

    /** The configured address without its final "/", or null. */
    private final String configured;
    private final boolean production;
    private final Environment environment;

    public PublicAddress(@Value("${pepites.base-url:}") String configured, Environment environment) {
        this.configured = configured == null || configured.isBlank() ? null : withoutFinalSlash(configured.trim());
        this.production = environment.matchesProfiles(PRODUCTION_PROFILE);
        this.environment = environment;
        if (this.configured != null && !isWebAddress(this.configured)) {
            throw new IllegalStateException("pepites.base-url (PEPITES_BASE_URL) must be an http(s) address, e.g. "
                    + "https://pepites.example.fr");
        }
        if (this.configured == null && production) {
            LOG.warn("Adresse publique non configurée : aucun badge ne sera délivré tant que PEPITES_BASE_URL "
                    + "(pepites.base-url) n'est pas défini, par ex. https://pepites.example.fr / Public address not "
                    + "configured: no badge is issued until PEPITES_BASE_URL (pepites.base-url) is set");
        }
    }

    /** The address links and credentials name, without a final "/". */
    public String url() {
        if (configured != null) {
            return configured;
        }
        // Set by Spring Boot once the server listens (server.port=0 included); the setting before.
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }

    /** Whether credentials may be signed: always but in production without a configured address. */
    public boolean signsCredentials() {
        return !production || configured != null;
    }

    /** The address to sign into a credential; refused in production until one is configured. */
    public String forCredentials() {
        if (!signsCredentials()) {
            throw InvalidInputException.of("", NOT_CONFIGURED);
        }
        return url();
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withoutFinalSlash(String address) {
        return address.endsWith("/") ? withoutFinalSlash(address.substring(0, address.length() - 1)) : address;
    }
}
