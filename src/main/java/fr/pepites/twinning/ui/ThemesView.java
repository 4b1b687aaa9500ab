package fr.pepites.twinning.ui;

import fr.pepites.ui.Card;
import fr.pepites.ui.Grids;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.security.Role;
import fr.pepites.twinning.Theme;
import fr.pepites.twinning.ThemeCatalogue;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/** The coordinators' catalogue of twinning themes ("jumelages/themes"): add, rename, retire or bring back. */
@Route("jumelages/themes")
@PageTitle("Thèmes de jumelage · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class ThemesView extends VerticalLayout {

    private final ThemeCatalogue catalogue;
    private final Grid<Theme> grid = new Grid<>();

    ThemesView(ThemeCatalogue catalogue) {
        this.catalogue = catalogue;
        TextField label = new TextField();
        label.setPlaceholder(getTranslation("twinning.themes.new"));
        label.setId("theme-new-label");
        label.setWidth("24em");
        FieldErrors errors = new FieldErrors().bind("label", label);
        Button add = new Button(getTranslation("twinning.themes.add"), VaadinIcon.PLUS.create(), e -> {
            if (errors.run(() -> catalogue.add(label.getValue()))) {
                label.clear();
                Notifications.success(getTranslation("twinning.themes.added"));
                refresh();
            }
        });
        add.setId("theme-add");
        grid.setAllRowsVisible(true);
        grid.addColumn(Theme::getLabel).setHeader(getTranslation("twinning.themes.label")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation(t.isActive() ? "twinning.themes.active" : "twinning.themes.retired"))
                .setHeader(getTranslation("common.status"));
        grid.addComponentColumn(t -> new HorizontalLayout(actions(t))).setHeader(getTranslation("common.actions"))
                .setAutoWidth(true);
        Grids.cardsOnPhone(grid, getTranslation("twinning.themes.title"), t -> new Card(t.getLabel())
                .line(getTranslation(t.isActive() ? "twinning.themes.active" : "twinning.themes.retired"))
                .with(actions(t)));
        HorizontalLayout bar = new HorizontalLayout(label, add);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("twinning.themes.title")), new Paragraph(getTranslation("twinning.themes.intro")),
                bar, grid);
        refresh();
    }

    private void rename(Theme theme) {
        TextField label = new TextField(getTranslation("twinning.themes.label"));
        label.setValue(theme.getLabel());
        label.setWidthFull();
        ActionDialog.open(getTranslation("twinning.themes.rename"), null, getTranslation("common.save"), false,
                new FieldErrors().bind("label", label), () -> catalogue.rename(theme.getCode(), label.getValue()),
                getTranslation("twinning.themes.renamed"), this::refresh, label);
    }

    private void refresh() {
        grid.setItems(catalogue.themes(false));
    }

    /** A theme's buttons: rename it, retire or restore it. */
    private Button[] actions(Theme t) {
        return new Button[] {new Button(getTranslation("twinning.themes.rename"), e -> rename(t)),
                new Button(getTranslation(t.isActive() ? "twinning.themes.retire" : "twinning.themes.restore"), e -> {
                    catalogue.setActive(t.getCode(), !t.isActive());
                    refresh();
                })};
    }
}
