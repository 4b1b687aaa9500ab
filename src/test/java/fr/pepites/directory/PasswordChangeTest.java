package fr.pepites.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
import fr.pepites.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@PepitesSpringTest
@Transactional
class PasswordChangeTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void actAsAdviser() {
        users.login(TestUsers.CEP_ADVISER);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aUserChangesTheirPasswordAndTheNewOneIsTheOneThatWorks() {
        directory.changeOwnPassword(TestUsers.PASSWORD, "nouveau-secret-2026", "nouveau-secret-2026");
        String hash = userDetails.loadUserByUsername(TestUsers.CEP_ADVISER).getPassword();
        assertThat(encoder.matches("nouveau-secret-2026", hash)).isTrue();
        assertThat(encoder.matches(TestUsers.PASSWORD, hash)).isFalse();
    }

    @Test
    void theCurrentPasswordMustBeRight() {
        assertThatThrownBy(() -> directory.changeOwnPassword("pas-le-bon", "nouveau-secret-2026", "nouveau-secret-2026"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("currentPassword")).isEqualTo("Le mot de passe actuel est incorrect."));
    }

    @Test
    void theConfirmationMustMatch() {
        assertThatThrownBy(() -> directory.changeOwnPassword(TestUsers.PASSWORD, "nouveau-secret-2026", "autre-chose-2026"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("confirmation")).startsWith("La confirmation ne correspond pas"));
    }

    @Test
    void aCommonPasswordIsRefusedAtTheField() {
        assertThatThrownBy(() -> directory.changeOwnPassword(TestUsers.PASSWORD, "aaaaaaaaaa", "aaaaaaaaaa"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("newPassword")).contains("trop courant"));
    }

    @Test
    void theAccountsOwnEmailIsRefusedAtTheField() {
        assertThatThrownBy(() -> directory.changeOwnPassword(TestUsers.PASSWORD, TestUsers.CEP_ADVISER,
                TestUsers.CEP_ADVISER))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("newPassword")).contains("ni l'adresse e-mail ni le nom"));
    }

    @Test
    void aPasswordOverBcryptsSeventyTwoBytesIsAFieldMessageNotAnError() {
        String long73 = "mon-secret-" + "x".repeat(62);
        assertThatThrownBy(() -> directory.changeOwnPassword(TestUsers.PASSWORD, long73, long73))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("newPassword")).contains("72 octets"));
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeTheLogin() {
        // An account of this test only: its lock must not reach the other tests.
        users.login(users.newAccount(Role.COORDINATOR, TestUsers.COORDINATOR, "donne-par-l-admin-2026").getEmail());
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> directory.changeOwnPassword("pas-le-bon", "nouveau-secret-2026",
                    "nouveau-secret-2026")).isInstanceOf(InvalidInputException.class);
        }

        assertThatThrownBy(() -> directory.changeOwnPassword("donne-par-l-admin-2026", "nouveau-secret-2026",
                "nouveau-secret-2026"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("currentPassword")).startsWith("Trop de mots de passe erronés"));
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThatThrownBy(() -> directory.changeOwnPassword(TestUsers.PASSWORD, "court", "court"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("newPassword")).contains("au moins 10 caractères"));
    }
}
