package fr.pepites.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.learning.ActivityKind;
import fr.pepites.learning.AwardRuleData;
import fr.pepites.learning.AwardRules;
import fr.pepites.learning.RuleType;
import fr.pepites.security.Role;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.Card;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Grids;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** The coordinators' award rules ("badges/regles"): which badge the ledger earns, and how. */
@Route("badges/regles")
@PageTitle("Règles d'attribution · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class AwardRulesView extends VerticalLayout {

    private final AwardRules rules;
    private final Grid<AwardRules.RuleRow> grid = new Grid<>();
    private final EmptyState empty;

    AwardRulesView(AwardRules rules) {
        this.rules = rules;
        Button add = new Button(getTranslation("learning.rules.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("learning-rule-new");
        empty = new EmptyState(VaadinIcon.DIPLOMA, getTranslation("learning.rules.empty"),
                getTranslation("learning.rules.empty.next"));
        grid.setAllRowsVisible(true);
        grid.addColumn(AwardRules.RuleRow::achievementName).setHeader(getTranslation("learning.badge")).setFlexGrow(2);
        grid.addColumn(AwardRules.RuleRow::wording).setHeader(getTranslation("learning.rule")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.active() ? "learning.rules.active" : "learning.rules.inactive"))
                .setHeader(getTranslation("common.status"));
        grid.addComponentColumn(r -> new Button(getTranslation("learning.rules.edit.short"), e -> edit(r)))
                .setHeader(getTranslation("common.actions")).setAutoWidth(true);
        Grids.cardsOnPhone(grid, getTranslation("learning.rules.title"), r -> new Card(r.achievementName())
                .line(r.wording())
                .line(getTranslation(r.active() ? "learning.rules.active" : "learning.rules.inactive")).with(new Button(getTranslation("learning.rules.edit.short"), e -> edit(r))));
        add(new H2(getTranslation("learning.rules.title")), new Paragraph(getTranslation("learning.rules.intro")), add,
                grid, empty);
        refresh();
    }

    private void refresh() {
        var all = rules.rules();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    private void edit(AwardRules.RuleRow row) {
        Map<Long, String> badges = row == null ? rules.badgesWithoutRule() : rules.badgeNames();
        ComboBox<Long> badge = new ComboBox<>(getTranslation("learning.badge"));
        badge.setItems(badges.keySet());
        badge.setItemLabelGenerator(id -> badges.getOrDefault(id, ""));
        badge.setId("learning-rule-badge");
        RadioButtonGroup<RuleType> type = new RadioButtonGroup<>(getTranslation("learning.rules.type"));
        type.setItems(RuleType.values());
        type.setItemLabelGenerator(t -> getTranslation("learning.ruleType." + t.name()));
        type.setValue(RuleType.COUNT);
        Select<ActivityKind> kind = new Select<>();
        kind.setLabel(getTranslation("learning.kind"));
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("learning.kind." + k.name()));
        kind.setId("learning-rule-kind");
        IntegerField count = new IntegerField(getTranslation("learning.rules.count"));
        count.setId("learning-rule-count");
        IntegerField hours = new IntegerField(getTranslation("learning.rules.hours"));
        IntegerField months = new IntegerField(getTranslation("learning.rules.months"));
        months.setHelperText(getTranslation("learning.rules.months.help"));
        months.setId("learning-rule-months");
        TextField theme = new TextField(getTranslation("learning.rules.theme"));
        theme.setMaxLength(60);
        theme.setHelperText(getTranslation("learning.rules.theme.help"));
        Checkbox active = new Checkbox(getTranslation("learning.rules.active"), true);
        Map<Long, String> offerNames = rules.offerNames();
        ComboBox<Long> offer = new ComboBox<>(getTranslation("learning.rules.offer"), offerNames.keySet());
        offer.setItemLabelGenerator(offerNames::get);
        offer.setId("learning-rule-offer");
        Map<Long, String> capsuleNames = rules.capsuleNames();
        com.vaadin.flow.component.combobox.MultiSelectComboBox<Long> capsules =
                new com.vaadin.flow.component.combobox.MultiSelectComboBox<>(getTranslation("learning.rules.capsules"),
                        capsuleNames.keySet());
        capsules.setItemLabelGenerator(capsuleNames::get);
        capsules.setId("learning-rule-capsules");
        IntegerField percent = new IntegerField(getTranslation("learning.rules.percent"));
        percent.setId("learning-rule-percent");
        badge.setRequiredIndicatorVisible(true);
        type.setRequiredIndicatorVisible(true);
        kind.setRequiredIndicatorVisible(true);
        count.setRequiredIndicatorVisible(true);
        hours.setRequiredIndicatorVisible(true);
        Long version = null;
        if (row != null) {
            AwardRuleData data = rules.ruleOf(row.achievementId()).orElseThrow();
            badge.setValue(data.achievementId());
            badge.setReadOnly(true);
            type.setValue(data.type());
            kind.setValue(data.kind());
            count.setValue(data.requiredCount());
            hours.setValue(data.requiredHours());
            months.setValue(data.withinMonths());
            theme.setValue(data.theme() == null ? "" : data.theme());
            active.setValue(data.active());
            offer.setValue(data.offerId());
            percent.setValue(data.requiredPercent());
            capsules.setValue(new java.util.HashSet<>(data.capsuleIds()));
            version = row.version();
        }
        Runnable showFields = () -> {
            RuleType chosen = type.getValue();
            count.setVisible(chosen == RuleType.COUNT);
            hours.setVisible(chosen == RuleType.HOURS);
            boolean overCounts = chosen != RuleType.SESSIONS && chosen != RuleType.CAPSULES;
            offer.setVisible(chosen == RuleType.SESSIONS);
            capsules.setVisible(chosen == RuleType.CAPSULES);
            percent.setVisible(!overCounts && chosen != null);
            percent.setLabel(getTranslation(chosen == RuleType.CAPSULES ? "learning.rules.score"
                    : "learning.rules.percent"));
            kind.setVisible(overCounts);
            months.setVisible(overCounts);
            theme.setVisible(overCounts);
        };
        showFields.run();
        type.addValueChangeListener(e -> showFields.run());
        Long read = version;
        FieldErrors errors = new FieldErrors().bind("achievement", badge).bind("type", type).bind("kind", kind)
                .bind("requiredCount", count).bind("requiredHours", hours).bind("withinMonths", months)
                .bind("theme", theme).bind("offer", offer).bind("requiredPercent", percent)
                .bind("capsules", capsules);
        ActionDialog.open(getTranslation(row == null ? "learning.rules.new" : "learning.rules.edit"), null,
                getTranslation("common.save"), false, errors,
                () -> rules.save(new AwardRuleData(badge.getValue(), type.getValue(), kind.getValue(), theme.getValue(),
                        count.getValue(), hours.getValue(), months.getValue(), active.getValue(), offer.getValue(),
                        percent.getValue(), List.copyOf(capsules.getValue())), read),
                getTranslation("learning.rules.saved"), this::refresh, badge, type, kind, count, hours, offer, capsules,
                percent, months, theme, active);
    }
}
