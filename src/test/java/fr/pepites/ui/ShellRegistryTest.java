package fr.pepites.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shell lists what the features contribute, in their order, and knows none of them. */
class ShellRegistryTest {

    private static final CurrentUser DIRECTOR = new CurrentUser(1, "d@x.fr", "D", Role.SIAE_DIRECTOR, 7, "SIAE");

    static class FirstView extends Component {
    }

    static class SecondView extends Component {
    }

    private static ShellContribution contributing(MenuItem item, HomeCard card) {
        return new ShellContribution() {
            @Override
            public List<MenuItem> menuItems(CurrentUser user) {
                return List.of(item);
            }

            @Override
            public List<HomeCard> homeCards(CurrentUser user) {
                return user.is(Role.SIAE_DIRECTOR) ? List.of(card) : List.of();
            }
        };
    }

    @Test
    void menuEntriesAndHomeCardsOfEveryFeatureComeInTheirOrder() {
        ShellRegistry shell = new ShellRegistry(List.of(
                contributing(MenuItem.of(MenuGroup.MAIN, "nav.second", SecondView.class, VaadinIcon.HOME, 20),
                        HomeCard.of("home.card.second", "home.card.second.text", SecondView.class, 5)),
                contributing(MenuItem.of(MenuGroup.MAIN, "nav.first", FirstView.class, VaadinIcon.HOME, 10),
                        HomeCard.of("home.card.first", "home.card.first.text", FirstView.class, 9, 3L))));

        assertThat(shell.menu(DIRECTOR)).extracting(MenuItem::labelKey).containsExactly("nav.first", "nav.second");
        assertThat(shell.homeCards(DIRECTOR)).extracting(HomeCard::key)
                .containsExactly("home.card.second", "home.card.first");
        assertThat(shell.homeCards(DIRECTOR).get(1).parameters()).containsExactly(3L);
    }

    @Test
    void theMenuComesUnderItsHeadingsInTheirOrderWithOnlyTheEntriesShown() {
        ShellRegistry shell = new ShellRegistry(List.of(
                contributing(MenuItem.of(MenuGroup.ADMINISTRATION, "nav.users", FirstView.class, VaadinIcon.HOME, 5),
                        null),
                contributing(MenuItem.of(MenuGroup.BADGES, "nav.badges", SecondView.class, VaadinIcon.HOME, 30),
                        null),
                contributing(MenuItem.of(MenuGroup.BADGES, "nav.myBadges", FirstView.class, VaadinIcon.HOME, 20),
                        null),
                contributing(MenuItem.of(MenuGroup.MAIN, "nav.home", FirstView.class, VaadinIcon.HOME, 40), null),
                contributing(MenuItem.of(MenuGroup.NETWORK, "nav.persons", SecondView.class, VaadinIcon.HOME, 1),
                        null)));

        var groups = shell.menuByGroup(DIRECTOR, item -> !item.labelKey().equals("nav.persons"));

        assertThat(groups.keySet()).containsExactly(MenuGroup.MAIN, MenuGroup.BADGES, MenuGroup.ADMINISTRATION);
        assertThat(groups.get(MenuGroup.BADGES)).extracting(MenuItem::labelKey)
                .containsExactly("nav.myBadges", "nav.badges");
    }

    @Test
    void twoMenuEntriesAtTheSamePlaceAreRefused() {
        ShellRegistry shell = new ShellRegistry(List.of(
                contributing(MenuItem.of(MenuGroup.MAIN, "nav.first", FirstView.class, VaadinIcon.HOME, 10), null),
                contributing(MenuItem.of(MenuGroup.MAIN, "nav.second", SecondView.class, VaadinIcon.HOME, 10), null)));

        assertThatThrownBy(() -> shell.menu(DIRECTOR)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two menu entries share 10");
    }

    @Test
    void aFeatureMaySendTheUserElsewhereFirst() {
        ShellContribution guard = new ShellContribution() {
            @Override
            public Optional<Class<? extends Component>> rerouteBefore(Class<?> target) {
                return target == FirstView.class ? Optional.empty() : Optional.of(FirstView.class);
            }
        };
        ShellRegistry shell = new ShellRegistry(List.of(guard));

        assertThat(shell.rerouteBefore(SecondView.class)).contains(FirstView.class);
        assertThat(shell.rerouteBefore(FirstView.class)).isEmpty();
    }
}
