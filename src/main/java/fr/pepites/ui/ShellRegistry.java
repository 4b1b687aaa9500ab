package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import fr.pepites.security.CurrentUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Gathers every feature's {@link ShellContribution}: the menu and the home cards in their order. Two menu entries with
 * the same label or order is a start-up error, as two task forms for one task are.
 */
@org.springframework.stereotype.Component
public class ShellRegistry {

    private final List<ShellContribution> contributions;

    ShellRegistry(List<ShellContribution> contributions) {
        this.contributions = List.copyOf(contributions);
    }

    public List<MenuItem> menu(CurrentUser user) {
        List<MenuItem> items = contributions.stream().flatMap(c -> c.menuItems(user).stream())
                .sorted(Comparator.comparingInt(MenuItem::order)).toList();
        Map<Object, MenuItem> seen = new HashMap<>();
        for (MenuItem item : items) {
            for (Object key : List.of(item.labelKey(), item.order())) {
                MenuItem previous = seen.putIfAbsent(key, item);
                if (previous != null) {
                    throw new IllegalStateException("Two menu entries share " + key + ": " + previous + " and " + item);
                }
            }
        }
        return items;
    }

    /**
     * The menu under its headings, in the order of {@link MenuGroup} then of the entries, with only the entries
     * {@code shown} keeps (those the user may open); a heading left without an entry is left out.
     */
    public Map<MenuGroup, List<MenuItem>> menuByGroup(CurrentUser user, Predicate<MenuItem> shown) {
        Map<MenuGroup, List<MenuItem>> groups = new EnumMap<>(MenuGroup.class);
        for (MenuItem item : menu(user)) {
            if (shown.test(item)) {
                groups.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(item);
            }
        }
        return groups;
    }

    public List<HomeCard> homeCards(CurrentUser user) {
        return contributions.stream().flatMap(c -> c.homeCards(user).stream())
                .sorted(Comparator.comparingInt(HomeCard::order)).toList();
    }

    /** The page this user must see instead of {@code target}, if a feature says so. */
    public Optional<Class<? extends Component>> rerouteBefore(Class<?> target) {
        return contributions.stream().map(c -> c.rerouteBefore(target)).filter(Optional::isPresent)
                .map(Optional::get).filter(Objects::nonNull).findFirst();
    }
}
