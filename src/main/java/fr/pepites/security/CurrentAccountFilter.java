package fr.pepites.security;

import fr.pepites.common.Outage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request acts with the account's current state, read from the database (so on every node): a session opened
 * before an administrator deactivated the account, changed its role or organisation or gave it a new password, or
 * before its owner changed the password in another session, is ended and the request goes on as anonymous (the login
 * page, or HTTP 401); the session where the owner changed it goes on ({@link OwnPasswordChange}). An account whose
 * password was given by an administrator uses neither Cockpit, nor the REST API, nor the Actuator's protected endpoints
 * until its owner has chosen their own (HTTP 403, in French): the application's own pages send them to "Mon compte"
 * ({@code SecurityShell}). Placed after the authentication filters (session or HTTP Basic) and before the
 * authorisation, in every filter chain.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

    static final String PASSWORD_CHANGE_REFUSAL = "Mot de passe à changer : le vôtre vous a été donné par un "
            + "administrateur. Choisissez le vôtre dans l'application (Mon compte), puis revenez ici.";
    private static final Logger LOG = LoggerFactory.getLogger(CurrentAccountFilter.class);

    private final AccountStates accounts;
    private final SecurityContextHolderStrategy contexts;
    private final boolean outsideTheApplication;

    /** {@code outsideTheApplication}: Cockpit, the REST API and the Actuator, which have no "Mon compte". */
    CurrentAccountFilter(AccountStates accounts, boolean outsideTheApplication) {
        this.accounts = accounts;
        this.contexts = SecurityContextHolder.getContextHolderStrategy();
        this.outsideTheApplication = outsideTheApplication;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PepitesUserDetails details)) {
            chain.doFilter(request, response);
            return;
        }
        CurrentUser user = details.user();
        Optional<AccountState> state;
        try {
            state = accounts.current(user.accountId());
        } catch (RuntimeException failure) {
            if (!Outage.isDatabaseAway(failure)) {
                throw failure;
            }
            // Nothing is served without the account's state: the French page of a service briefly unavailable.
            LOG.warn("Request of « {} » refused, the database is unavailable: {}", LogText.of(user.email()),
                    failure.toString());
            ContainerErrorPage.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (state.isEmpty() || !state.get().allows(user)
                || !state.get().passwordHash().equals(passwordOf(request, details))) {
            LOG.info("Session de « {} » fermée : son compte a été désactivé, son rôle, sa structure ou son mot de "
                    + "passe a changé.", LogText.of(user.email()));
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
        } else if (outsideTheApplication && state.get().passwordChangeRequired() && isOpenHealth(request)) {
            // The balancers' health stays open to all, but its details are not for a password not yet chosen.
            contexts.clearContext();
        } else if (outsideTheApplication && state.get().passwordChangeRequired()) {
            ContainerErrorPage.writeText(response, HttpServletResponse.SC_FORBIDDEN, PASSWORD_CHANGE_REFUSAL);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The application's own scripts, styles and images hold nothing of anyone's, and a first page loads dozens: they
     * are served without reading the account (its pages, UIDL and push requests are all read).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/");
    }

    /** The password hash this session was opened (or last confirmed) with. */
    private static String passwordOf(HttpServletRequest request, PepitesUserDetails details) {
        HttpSession session = request.getSession(false);
        Object changed = session == null ? null : session.getAttribute(OwnPasswordChange.SESSION_ATTRIBUTE);
        return changed instanceof String hash ? hash : details.getPassword();
    }

    private static boolean isOpenHealth(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }
}
