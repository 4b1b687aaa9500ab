package fr.pepites.common;

import java.net.URI;

/**
 * A link a user typed that a page may show as a link: http or https, with a host and no user part (which makes
 * {@code https://trusted.gouv.fr@evil.example/} look like another site), of 500 characters at most.
 */
public final class WebLink {

    public static final int MAX_LENGTH = 500;

    private WebLink() {
    }

    public static boolean isValid(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(url.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (Exception e) {
            return false;
        }
    }
}
