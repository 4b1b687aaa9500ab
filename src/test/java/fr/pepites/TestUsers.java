package fr.pepites;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Acts as a demo user in service tests: the services read the user from the security context. */
@Component
public class TestUsers {

    public static final String ADMIN = "admin@pepites.demo";
    public static final String COORDINATOR = "coordination@pepites.demo";
    public static final String CEP_ADVISER = "conseiller@pepites.demo";
    public static final String CEP_ADVISER_OTHER_OPERATOR = "conseil.atlantique@pepites.demo";
    /** Director of the demo ACI "Atelier Vélo Solidaire". */
    public static final String SIAE_DIRECTOR = "direction@pepites.demo";
    /** Staff of the demo ACI "Atelier Vélo Solidaire". */
    public static final String SIAE_STAFF = "encadrant@pepites.demo";
    /** Director of another SIAE, "Recyclerie du Pays Basque". */
    public static final String OTHER_SIAE_DIRECTOR = "direction.recyclerie@pepites.demo";
    public static final String TIERS_LIEU_MANAGER = "tierslieu@pepites.demo";
    public static final String PASSWORD = "demo-password";

    private final UserDetailsService users;

    TestUsers(UserDetailsService users) {
        this.users = users;
    }

    public void login(String email) {
        UserDetails details = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
