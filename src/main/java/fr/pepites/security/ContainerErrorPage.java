package fr.pepites.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * The pages of the requests refused before the application sees them, in French and with nothing of the server,
 * instead of Tomcat's English report or Spring's JSON error: HTTP 400 for an address refused by the web server (an
 * encoded slash, a NUL character) or by Spring Security's firewall (an encoded dot or percent, ".." or ";"), HTTP 413
 * for a body over the limit ({@link RequestSizeLimit}), HTTP 404 for the server's own addresses asked for by name
 * ({@link NormalAddresses}) or for which the server has nothing. Every other error page is the application's (the French
 * not-found page, the session's error handler).
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerErrorPage.class);
    private static final String TEMPLATE = read("/errors/refused.html");
    private static final Map<Integer, byte[]> PAGES = Map.of(
            HttpServletResponse.SC_BAD_REQUEST, page("Adresse invalide",
                    "Cette adresse n'est pas une adresse de PEPITES : elle contient des caractères qu'aucune page "
                            + "n'accepte.", "Vérifiez le lien que vous avez suivi,"),
            HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, page("Envoi trop volumineux",
                    "Ce que vous avez envoyé dépasse ce que PEPITES accepte en une fois : rien n'a été enregistré.",
                    "Raccourcissez le texte ou choisissez un fichier plus petit,"),
            HttpServletResponse.SC_SERVICE_UNAVAILABLE, page("Service momentanément indisponible",
                    "PEPITES ne peut pas joindre sa base de données pour l'instant : rien n'est perdu de ce qui était "
                            + "enregistré.", "Réessayez dans quelques instants"),
            HttpServletResponse.SC_NOT_FOUND, page("Page introuvable",
                    "Cette page n'existe pas, ou plus.", "Vérifiez le lien que vous avez suivi,"),
            HttpServletResponse.SC_FORBIDDEN, page("Accès refusé",
                    "Cette page ou cette action n'est pas ouverte à votre compte, ou la page était restée ouverte "
                            + "trop longtemps.", "Rechargez la page,"),
            HttpServletResponse.SC_INTERNAL_SERVER_ERROR, page("Erreur inattendue",
                    "Une erreur s'est produite de notre côté : ce qui était enregistré n'est pas perdu.",
                    "Réessayez dans quelques instants,"));

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Once the host has its valves (its own error report, and Spring Boot's), before the application starts:
        // the French report takes the place of every other.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                Pipeline pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof FrenchErrorReport)) {
                        pipeline.removeValve(valve);
                    }
                }
                if (Arrays.stream(pipeline.getValves()).noneMatch(FrenchErrorReport.class::isInstance)) {
                    pipeline.addValve(new FrenchErrorReport());
                }
            }
        }));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
            throws IOException {
        LOG.info("Requête refusée ({}) : {}", refused.getMessage(), LogText.of(request.getRequestURI()));
        write(response, HttpServletResponse.SC_BAD_REQUEST);
    }

    /**
     * Answers with the page of this status (400, 403, 404, 413, 500 or 503); another status keeps its code with the
     * page of its kind (500's for a server error, 400's for another refusal).
     */
    static void write(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.getOutputStream().write(PAGES.getOrDefault(status, PAGES.get(status >= 500
                ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : HttpServletResponse.SC_BAD_REQUEST)));
    }

    /** A refusal of an API (REST, Cockpit, Actuator) in French plain text, for the scripts and tools that call it. */
    static void writeText(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] page(String title, String explanation, String next) {
        return TEMPLATE.replace("{titre}", title).replace("{explication}", explanation).replace("{suite}", next)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String read(String resource) {
        try (InputStream in = ContainerErrorPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the French page of a refused request (400, 404, 413, 503) that has no body yet; other statuses as Tomcat does. */
    public static class FrenchErrorReport extends ErrorReportValve {

        public FrenchErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!PAGES.containsKey(response.getStatus()) || response.getStatus() == HttpServletResponse.SC_FORBIDDEN
                    || response.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
                super.report(request, response, throwable);
                return;
            }
            if (response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                write(response, response.getStatus());
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The client has gone: nothing more to tell it.
            }
        }
    }
}
