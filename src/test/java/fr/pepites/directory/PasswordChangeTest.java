package fr.pepites.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
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
    void aShortPasswordIsRefused() {
        assertThatThrownBy(() -> directory.changeOwnPassword(TestUsers.PASSWORD, "court", "court"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("newPassword")).contains("au moins 10 caractères"));
    }
}
