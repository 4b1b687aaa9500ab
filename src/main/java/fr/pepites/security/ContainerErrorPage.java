package fr.pepites.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * The page of the requests refused before the application sees them, by the web server (an encoded slash, a NUL
 * character) or by Spring Security's firewall (an encoded dot or percent, a path with ".." or ";"): HTTP 400 and
 * one French page with nothing of the server, instead of Tomcat's English report or Spring's JSON error. Every other
 * error page is the application's (the French not-found page, the session's error handler).
 */
@Component
class ContainerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerErrorPage.class);
    private static final byte[] PAGE = read("/errors/request-refused.html");

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
        LOG.info("Requête refusée ({}) : {}", refused.getMessage(), request.getRequestURI().replaceAll("\\p{Cntrl}",
                "?"));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        writePage(response);
    }

    private static void writePage(HttpServletResponse response) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.getOutputStream().write(PAGE);
    }

    private static byte[] read(String resource) {
        try (InputStream in = ContainerErrorPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the French page for a refused request (400) that has no body yet; other statuses as Tomcat does. */
    public static class FrenchErrorReport extends ErrorReportValve {

        public FrenchErrorReport() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (response.getStatus() != 400) {
                super.report(request, response, throwable);
                return;
            }
            if (response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                writePage(response);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The client has gone: nothing more to tell it.
            }
        }
    }
}
