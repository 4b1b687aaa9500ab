package fr.pepites.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The menu every feature of the application contributes, for each role: no two entries share a label or a place
 * (the shell refuses to draw such a menu, and every page of that role would fail), and each role has its entries.
 */
@PepitesSpringTest
class ApplicationMenuTest {

    @Autowired
    ShellRegistry shell;

    @Test
    void everyRolesMenuHasItsEntriesEachInAPlaceOfItsOwn() {
        for (Role role : Role.values()) {
            CurrentUser user = new CurrentUser(1, "menu@example.fr", "Menu", role, 1, "Réseau");
            assertThat(shell.menu(user)).as(role.name()).isNotEmpty();
        }
    }
}
