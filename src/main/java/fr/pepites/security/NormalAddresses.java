package fr.pepites.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Only addresses in their one normal spelling reach the application. The web server maps {@code //engine-rest/task},
 * {@code /%65ngine-rest/task} or {@code /engine-rest;x=1/task} (or {@code /a/../engine-rest/task}) to the REST API
 * while the security filters, which read the address as sent, took them for another: such spellings (a doubled slash, a
 * path parameter, a dot segment, a letter, digit or {@code -._~} written in percent-encoding) are refused with the
 * French "Adresse invalide" (HTTP 400). The servlet container's own error address ({@code /error}) is only for its
 * errors: asked for, it is not found (HTTP 404). Right after {@link RequestSizeLimit}, before Spring Security.
 */
@Configuration
class NormalAddresses {

    private static final Logger LOG = LoggerFactory.getLogger(NormalAddresses.class);
    private static final String UNRESERVED_SYMBOLS = "-._~";

    /**
     * The request of the current thread, for the code that the security filters call (the login throttle counts by
     * the client's address): Spring MVC's dispatcher sets it for its own requests only, and Vaadin's servlet is not it.
     */
    @Bean
    FilterRegistrationBean<RequestContextFilter> requestOfTheThreadFilter() {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(
                new RequestContextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setName("requestOfTheThread");
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> normalAddressesFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("normalAddresses");
        return registration;
    }

    static boolean isNormal(String address) {
        if (address.contains("//") || address.indexOf(';') >= 0 || hasDotSegment(address)) {
            return false;
        }
        for (int i = address.indexOf('%'); i >= 0 && i + 2 < address.length(); i = address.indexOf('%', i + 1)) {
            int high = Character.digit(address.charAt(i + 1), 16);
            int low = Character.digit(address.charAt(i + 2), 16);
            if (high >= 0 && low >= 0 && isUnreserved((char) (high * 16 + low))) {
                return false;
            }
        }
        return true;
    }

    /** {@code /./}, {@code /../}, or one of them at the end: the server resolves them, the filters did not. */
    private static boolean hasDotSegment(String address) {
        return address.contains("/./") || address.contains("/../") || address.endsWith("/.")
                || address.endsWith("/..");
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || UNRESERVED_SYMBOLS.indexOf(c) >= 0;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String address = request.getRequestURI();
            if (!isNormal(address)) {
                LOG.info("Requête refusée (adresse hors de sa forme normale) : {}", LogText.of(address));
                ContainerErrorPage.write(response, HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            if (address.substring(request.getContextPath().length()).startsWith("/error")) {
                ContainerErrorPage.write(response, HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
