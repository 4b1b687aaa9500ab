package fr.pepites.security;

import fr.pepites.common.Outage;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Where a refused login leads: back to the login page, which says the e-mail or password is wrong
 * ({@code /login?error}), or, when the login could not be checked at all (the database is away), that the service is
 * briefly unavailable and the password not in question ({@code /login?indisponible}); such a failure is not counted
 * against the login. After a wrong password the e-mail typed is kept in the session for the login page to fill in
 * again ({@link #TYPED_EMAIL}, read once): the user corrects the password only.
 */
public class LoginFailures extends SimpleUrlAuthenticationFailureHandler {

    static final String UNAVAILABLE = "/login?indisponible";
    /** Where a login form sent with a token that is no longer its session's leads. */
    static final String EXPIRED = "/login?expiree";
    /** The session's attribute holding the e-mail of the last refused login (at most an address's length). */
    public static final String TYPED_EMAIL = "pepites.login.email";
    private static final int LONGEST_EMAIL = 254;

    LoginFailures() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof InternalAuthenticationServiceException || Outage.isDatabaseAway(failure)) {
            logger.warn("Login not checked, the database is unavailable: " + failure);
            getRedirectStrategy().sendRedirect(request, response, UNAVAILABLE);
            return;
        }
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank() && typed.length() <= LONGEST_EMAIL) {
            request.getSession().setAttribute(TYPED_EMAIL, typed.strip());
        }
        super.onAuthenticationFailure(request, response, failure);
    }
}
