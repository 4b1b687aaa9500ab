package fr.pepites.badges.ui;

import fr.pepites.ui.Card;
import fr.pepites.ui.Grids;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.badges.BadgeKind;
import fr.pepites.badges.BadgeRows.AchievementRow;
import fr.pepites.badges.BadgeService;
import fr.pepites.security.Role;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.StatusBadge;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The achievements the user keeps ("badges"): coordinators all of them, SIAE directors their organisation's; filter
 * by name and kind; create, edit, award.
 */
@Route("badges")
@PageTitle("Badges · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.SIAE_DIRECTOR})
public class AchievementsView extends VerticalLayout {

    private final BadgeService badges;
    private final Grid<AchievementRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<BadgeKind> kind = new Select<>();
    private final Checkbox inactive = new Checkbox();
    private final EmptyState empty;

    AchievementsView(BadgeService badges) {
        this.badges = badges;
        setSizeFull();
        Button create = new Button(getTranslation("badges.achievements.new"), VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(AchievementFormView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("badges-new");
        search.setPlaceholder(getTranslation("badges.achievements.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("badges-search");
        search.addValueChangeListener(e -> refresh());
        kind.setItems(BadgeKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("badges.kind.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("badges.kind.all")
                : getTranslation("badges.kind." + k.name()));
        kind.addValueChangeListener(e -> refresh());
        inactive.setLabel(getTranslation("badges.achievements.inactive"));
        inactive.addValueChangeListener(e -> refresh());

        grid.setId("badges-grid");
        grid.addColumn(AchievementRow::name).setHeader(getTranslation("badges.achievement.name")).setFlexGrow(3)
                .setSortable(true);
        grid.addColumn(r -> getTranslation("badges.kind." + r.kind().name()))
                .setHeader(getTranslation("badges.achievement.kind"));
        grid.addColumn(AchievementRow::issuerName).setHeader(getTranslation("badges.achievement.issuer"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.validityMonths() == null ? getTranslation("badges.achievement.noExpiry")
                : getTranslation("badges.achievement.months", r.validityMonths()))
                .setHeader(getTranslation("badges.achievement.validity"));
        grid.addComponentColumn(r -> new StatusBadge(r.active())).setHeader(getTranslation("common.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        Grids.cardsOnPhone(grid, getTranslation("badges.achievements.title"), r -> new Card(r.name())
                .line(getTranslation("badges.kind." + r.kind().name()) + " · " + r.issuerName())
                .with(new StatusBadge(r.active()), actions(r)));
        empty = new EmptyState(VaadinIcon.DIPLOMA, getTranslation("badges.achievements.empty"),
                getTranslation("badges.achievements.empty.next"));
        HorizontalLayout bar = new HorizontalLayout(search, kind, inactive, create);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("badges.achievements.title")),
                new Paragraph(getTranslation("badges.achievements.intro")), bar, grid, empty);
        refresh();
    }

    private HorizontalLayout actions(AchievementRow r) {
        Button edit = new Button(getTranslation("badges.edit"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(AchievementFormView.class, r.id())));
        edit.setId("badges-edit-" + r.id());
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (r.active() && r.kind() != BadgeKind.PATH) {
            Button award = new Button(getTranslation("badges.award"), e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(AwardView.class, r.id())));
            award.setId("badges-award-" + r.id());
            actions.add(award);
        }
        return actions;
    }

    private void refresh() {
        List<AchievementRow> rows = badges.achievements(search.getValue(), kind.getValue(), inactive.getValue());
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }
}
