package fr.pepites.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * Grids that show their cells whole on a laptop's screen (1280 × 800, the menu open): a text wraps onto a second
 * line rather than ending in "…", and what cannot wrap (buttons, a status badge) gets a column as wide as it. On a
 * phone, a list used standing up shows each row as a card instead ({@link #cardsOnPhone}).
 */
public final class Grids {

    /** Below this width (CSS pixels) the window is a phone's held upright: the shell's own breakpoint. */
    static final int PHONE_WIDTH = 600;

    private Grids() {
    }

    /** The grid's texts wrap in their cells, headers included. */
    public static <T> Grid<T> wrapping(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** A column of buttons or badges, which do not wrap: as wide as its widest content, never narrower. */
    public static <T> Grid.Column<T> asWideAsContent(Grid.Column<T> column) {
        return column.setAutoWidth(true).setFlexGrow(0);
    }

    /**
     * On a window narrower than a phone's, the grid shows one column of cards (each row's {@code card}: its
     * fields one under the other, its buttons at hand) in place of its columns; wider again, the columns come back as
     * they were. The grid follows the window as it turns or is resized.
     *
     * @param header the card column's header, read by screen readers (e.g. "Tâches")
     */
    public static <T> Grid.Column<T> cardsOnPhone(Grid<T> grid, String header,
            ValueProvider<T, ? extends Component> card) {
        Grid.Column<T> cards = grid.addComponentColumn(card).setHeader(header);
        cards.setVisible(false);
        cards.setPartNameGenerator(row -> "card");
        wrapping(grid);
        List<Grid.Column<T>> hidden = new ArrayList<>();
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details ->
                    show(grid, cards, hidden, details.getWindowInnerWidth() < PHONE_WIDTH));
            Registration resize = ui.getPage().addBrowserWindowResizeListener(resized ->
                    show(grid, cards, hidden, resized.getWidth() < PHONE_WIDTH));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
        return cards;
    }

    private static <T> void show(Grid<T> grid, Grid.Column<T> cards, List<Grid.Column<T>> hidden, boolean phone) {
        if (phone == cards.isVisible()) {
            return;
        }
        if (phone) {
            grid.getColumns().stream().filter(c -> c != cards && c.isVisible()).forEach(hidden::add);
            hidden.forEach(c -> c.setVisible(false));
        } else {
            hidden.forEach(c -> c.setVisible(true));
            hidden.clear();
        }
        cards.setVisible(phone);
    }
}
