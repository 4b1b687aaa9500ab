package fr.pepites;

import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.UserAccount;
import fr.pepites.directory.UserData;
import fr.pepites.security.Role;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final DirectoryService directory;
    private final JdbcTemplate jdbc;

    TestUsers(UserDetailsService users, DirectoryService directory, JdbcTemplate jdbc) {
        this.users = users;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /**
     * A new account of a test of its own (its locks, its changes reach no other test), created by the demo
     * administrator with the password given, in the organisation of a demo user; nobody is logged in afterwards.
     */
    public UserAccount newAccount(Role role, String colleague, String givenPassword) {
        login(ADMIN);
        UserData data = new UserData();
        data.setEmail("compte-" + UUID.randomUUID() + "@pepites.demo");
        data.setFullName("Claire Passagère");
        data.setRole(role);
        data.setOrganisationId(organisationOf(colleague));
        data.setInitialPassword(givenPassword);
        UserAccount account = directory.createUser(data);
        logout();
        return account;
    }

    public long organisationOf(String email) {
        return jdbc.queryForObject("select organisation_id from user_account where email = ?", Long.class, email);
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
