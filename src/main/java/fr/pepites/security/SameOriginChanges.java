package fr.pepites.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A change (any method but GET, HEAD, OPTIONS, TRACE) sent by a page of another origin is refused with HTTP 403,
 * whatever it carries: the browser names the page's origin ({@code Origin}) and how it relates to ours
 * ({@code Sec-Fetch-Site}); scripts and tools send neither and go on. A sibling origin (another port, another
 * subdomain) counts as another.
 */
class SameOriginChanges extends OncePerRequestFilter {

    static final String REFUSAL = "Modification refusée : elle vient d'une page d'un autre site.";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!READS.contains(request.getMethod()) && fromAnotherOrigin(request)) {
            ContainerErrorPage.writeText(response, HttpServletResponse.SC_FORBIDDEN, REFUSAL);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
