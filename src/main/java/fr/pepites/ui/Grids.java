package fr.pepites.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Grids that show their cells whole on a laptop's screen (1280 × 800, the menu open): a text wraps onto a second
 * line rather than ending in "…", and what cannot wrap (buttons, a status badge) gets a column as wide as it.
 */
public final class Grids {

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
}
