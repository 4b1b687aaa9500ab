package fr.pepites.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** How a database started without the demo data gets its first administrator, and only then. */
@PepitesSpringTest
class FirstAdministratorTest {

    private static final String NEW_SIRET = "88123456000012";

    @Autowired
    DirectoryService directory;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate inTransaction;

    @Test
    @Transactional
    void aDatabaseWithoutAdministratorGetsTheOneOfTheSettingsInANewNetworkOrganisation() {
        jdbc.update("update user_account set active = false where role = 'ADMIN'");
        assertThat(directory.hasActiveAdministrator()).isFalse();

        start(settings("premiere.admin@reseau.example", "un-secret-solide", NEW_SIRET));

        UserDetails admin = userDetails.loadUserByUsername("premiere.admin@reseau.example");
        assertThat(encoder.matches("un-secret-solide", admin.getPassword())).isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).contains(Role.ADMIN.authority());
        assertThat(jdbc.queryForList("select o.kind from user_account u join organisation o on o.id = u.organisation_id"
                + " where u.email = ? and o.siret = ?", String.class, "premiere.admin@reseau.example", NEW_SIRET))
                .containsExactly(OrganisationKind.NETWORK.name());
        assertThat(directory.hasActiveAdministrator()).isTrue();
    }

    @Test
    @Transactional
    void aNetworkAlreadyInTheDirectoryIsFoundByItsSiret() {
        jdbc.update("update user_account set active = false where role = 'ADMIN'");
        String networkSiret = jdbc.queryForObject("select min(siret) from organisation where kind = 'NETWORK'",
                String.class);
        long organisationsBefore = organisations();

        start(settings("premiere.admin@reseau.example", "un-secret-solide", networkSiret));

        assertThat(organisations()).isEqualTo(organisationsBefore);
        assertThat(jdbc.queryForObject("select o.siret from user_account u join organisation o"
                + " on o.id = u.organisation_id where u.email = ?", String.class, "premiere.admin@reseau.example"))
                .isEqualTo(networkSiret);
    }

    @Test
    @Transactional
    void theSettingsAreIgnoredOnceAnAdministratorExists() {
        long accountsBefore = accounts();

        start(settings("premiere.admin@reseau.example", "un-secret-solide", NEW_SIRET));

        assertThat(accounts()).isEqualTo(accountsBefore);
        assertThat(jdbc.queryForObject("select count(*) from organisation where siret = ?", Long.class, NEW_SIRET))
                .isZero();
    }

    /** Outside a test transaction: the start's own transaction is the one that must leave nothing behind. */
    @Test
    void settingsThatFailTheChecksStopTheStartNamingTheVariableAtFaultAndWriteNothing() {
        List<Long> administrators = jdbc.queryForList("select id from user_account where role = 'ADMIN' and active",
                Long.class);
        // Connections do not commit by themselves (application.yml): each change of the test commits in a transaction.
        inTransaction.executeWithoutResult(status ->
                jdbc.update("update user_account set active = false where role = 'ADMIN'"));
        try {
            long organisationsBefore = organisations();
            // The network is created before the account is checked: the short password must undo it.
            assertThatThrownBy(() -> start(settings("premiere.admin@reseau.example", "court", NEW_SIRET)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PEPITES_ADMIN_PASSWORD : Le mot de passe doit compter au moins 10 caractères.");
            assertThatThrownBy(() -> start(settings("premiere.admin@reseau.example", "azertyuiop2026", NEW_SIRET)))
                    .hasMessageContaining("PEPITES_ADMIN_PASSWORD : Ce mot de passe est trop courant");
            assertThat(organisations()).isEqualTo(organisationsBefore);
            assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class,
                    "premiere.admin@reseau.example")).isZero();

            FirstAdministrator.Settings unknownCommune = new FirstAdministrator.Settings("premiere.admin@reseau.example",
                    "un-secret-solide", "Première Admin", "Réseau IAE de test", NEW_SIRET, "1 rue du Test", "99999");
            assertThatThrownBy(() -> start(unknownCommune))
                    .hasMessageContaining("PEPITES_NETWORK_COMMUNE : Commune inconnue");
            assertThatThrownBy(() -> start(settings("premiere.admin@reseau.example", "un-secret-solide", null)))
                    .hasMessageContaining("PEPITES_NETWORK_SIRET : Le SIRET est obligatoire.");
        } finally {
            inTransaction.executeWithoutResult(status -> administrators.forEach(id ->
                    jdbc.update("update user_account set active = true where id = ?", id)));
        }
    }

    private void start(FirstAdministrator.Settings settings) {
        new FirstAdministrator(directory, settings).run(null);
    }

    private static FirstAdministrator.Settings settings(String email, String password, String siret) {
        return new FirstAdministrator.Settings(email, password, "Première Admin", "Réseau IAE de test", siret,
                "1 rue du Test", "33063");
    }

    private long organisations() {
        return jdbc.queryForObject("select count(*) from organisation", Long.class);
    }

    private long accounts() {
        return jdbc.queryForObject("select count(*) from user_account", Long.class);
    }
}
