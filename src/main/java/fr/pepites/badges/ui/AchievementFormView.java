package fr.pepites.badges.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.HasUrlParameter;
import fr.pepites.badges.AchievementData;
import fr.pepites.badges.BadgeKind;
import fr.pepites.badges.BadgeRows.AchievementRow;
import fr.pepites.badges.BadgeService;
import fr.pepites.directory.Organisation;
import fr.pepites.security.Role;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.FrenchUpload;
import fr.pepites.ui.Notifications;
import fr.pepites.ui.RemoveButton;
import fr.pepites.ui.UnsavedChanges;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An achievement's form ("badges/realisation[/id]"): issuer, kind, name, description, criteria, image (PNG or SVG),
 * validity, whether it may be awarded again, alignments to ROME codes or another framework, and a path's badges.
 */
@Route("badges/realisation")
@PageTitle("Badge · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.SIAE_DIRECTOR})
public class AchievementFormView extends VerticalLayout implements HasUrlParameter<Long> {

    private final UnsavedChanges unsaved = UnsavedChanges.guard(this);

    private final BadgeService badges;
    private final ComboBox<Organisation> issuer = new ComboBox<>();
    private final Select<BadgeKind> kind = new Select<>();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextArea criteria = new TextArea();
    private final IntegerField validity = new IntegerField();
    private final Checkbox repeatable = new Checkbox();
    private final Checkbox active = new Checkbox();
    private final MultiSelectComboBox<AchievementRow> members = new MultiSelectComboBox<>();
    private final IntegerField requiredMembers = new IntegerField();
    private final Grid<fr.pepites.badges.Alignment> alignmentGrid = new Grid<>();
    private final List<fr.pepites.badges.Alignment> alignments = new ArrayList<>();
    private final Span imageState = new Span();
    private final FieldErrors errors = new FieldErrors();
    private AchievementData.BadgeImage image;
    private Long id;
    private Long version;

    AchievementFormView(BadgeService badges) {
        this.badges = badges;
        issuer.setLabel(getTranslation("badges.achievement.issuer"));
        issuer.setItems(badges.issuers());
        issuer.setItemLabelGenerator(Organisation::getName);
        issuer.setId("achievement-issuer");
        kind.setLabel(getTranslation("badges.achievement.kind"));
        kind.setItems(BadgeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("badges.kind." + k.name()));
        kind.setId("achievement-kind");
        kind.addValueChangeListener(e -> {
            members.setVisible(e.getValue() == BadgeKind.PATH);
            requiredMembers.setVisible(e.getValue() == BadgeKind.PATH);
        });
        name.setLabel(getTranslation("badges.achievement.name"));
        name.setId("achievement-name");
        name.setMaxLength(200);
        description.setLabel(getTranslation("badges.achievement.description"));
        description.setId("achievement-description");
        description.setMaxLength(2000);
        criteria.setLabel(getTranslation("badges.achievement.criteria"));
        criteria.setHelperText(getTranslation("badges.achievement.criteria.help"));
        criteria.setId("achievement-criteria");
        criteria.setMaxLength(4000);
        validity.setLabel(getTranslation("badges.achievement.validityMonths"));
        validity.setHelperText(getTranslation("badges.achievement.validityMonths.help"));
        validity.setMin(1);
        validity.setMax(BadgeService.MAX_VALIDITY_MONTHS);
        validity.setId("achievement-validity");
        repeatable.setLabel(getTranslation("badges.achievement.repeatable"));
        active.setLabel(getTranslation("badges.achievement.active"));
        active.setValue(true);
        members.setLabel(getTranslation("badges.achievement.members"));
        members.setItems(badges.achievements().stream().filter(r -> r.kind() != BadgeKind.PATH).toList());
        members.setItemLabelGenerator(AchievementRow::name);
        members.setVisible(false);
        members.setId("achievement-members");
        members.setWidthFull();
        requiredMembers.setLabel(getTranslation("badges.achievement.requiredMembers"));
        requiredMembers.setHelperText(getTranslation("badges.achievement.requiredMembers.help"));
        requiredMembers.setMin(1);
        requiredMembers.setVisible(false);
        requiredMembers.setId("achievement-required-members");

        Upload upload = FrenchUpload.inMemory(BadgeService.MAX_IMAGE, (metadata, bytes) -> {
            image = new AchievementData.BadgeImage(bytes, metadata.contentType());
            imageState.setText(getTranslation("badges.achievement.image.chosen", metadata.fileName()));
        }, () -> Notifications.error(getTranslation("upload.tooBig")));
        upload.setAcceptedFileTypes("image/png", "image/svg+xml", ".png", ".svg");
        upload.setId("achievement-image");
        imageState.setId("achievement-image-state");

        ComboBox<fr.pepites.badges.Alignment> rome = new ComboBox<>(getTranslation("badges.achievement.rome"));
        rome.setItems(query -> badges.romeAlignments(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        rome.setItemLabelGenerator(a -> a.getCode() + " — " + a.getName());
        rome.setWidth("28em");
        rome.setId("achievement-rome");
        rome.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                addAlignment(e.getValue());
                rome.clear();
            }
        });
        TextField framework = new TextField(getTranslation("badges.alignment.framework"));
        TextField entry = new TextField(getTranslation("badges.alignment.name"));
        TextField url = new TextField(getTranslation("badges.alignment.url"));
        Button addOther = new Button(getTranslation("badges.alignment.add"), VaadinIcon.PLUS.create(), e -> {
            addAlignment(new fr.pepites.badges.Alignment(framework.getValue().trim(), null,
                    entry.getValue().trim(), url.getValue().trim()));
            framework.clear();
            entry.clear();
            url.clear();
        });
        alignmentGrid.addColumn(fr.pepites.badges.Alignment::getFramework)
                .setHeader(getTranslation("badges.alignment.framework"));
        alignmentGrid.addColumn(a -> a.getCode() == null ? "" : a.getCode()).setHeader("Code");
        alignmentGrid.addColumn(fr.pepites.badges.Alignment::getName)
                .setHeader(getTranslation("badges.alignment.name")).setFlexGrow(3);
        alignmentGrid.addComponentColumn(a -> RemoveButton.of(getTranslation("badges.alignment.remove"), () -> {
            alignments.remove(a);
            alignmentGrid.setItems(alignments);
        })).setHeader(getTranslation("common.actions"));
        alignmentGrid.setAllRowsVisible(true);

        errors.bind("issuer", issuer).bind("kind", kind).bind("name", name).bind("description", description)
                .bind("criteria", criteria).bind("validityMonths", validity).bind("members", members)
                .bind("requiredMembers", requiredMembers).bind("alignments", rome);
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("achievement-save");
        Button back = new Button(getTranslation("common.cancel"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(AchievementsView.class)));

        FormLayout form = new FormLayout(issuer, kind, name, validity, description, criteria, repeatable, active);
        form.setColspan(description, 2);
        form.setColspan(criteria, 2);
        HorizontalLayout other = new HorizontalLayout(framework, entry, url, addOther);
        other.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("badges.achievement.title")), errors.summary(), form,
                new H3(getTranslation("badges.achievement.image")),
                new Paragraph(getTranslation("badges.achievement.image.help")), upload, imageState, members, requiredMembers,
                new H3(getTranslation("badges.achievement.alignments")), rome, other, alignmentGrid,
                new HorizontalLayout(save, back));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        if (parameter == null) {
            issuer.getListDataView().getItems().findFirst().ifPresent(issuer::setValue);
            kind.setValue(BadgeKind.COMPETENCE);
            return;
        }
        AchievementData data = badges.achievementData(parameter).orElseThrow(NotFoundException::new);
        id = parameter;
        version = data.version();
        issuer.getListDataView().getItems().filter(o -> o.getId().equals(data.issuerId())).findFirst()
                .ifPresent(issuer::setValue);
        kind.setValue(data.kind());
        name.setValue(data.name());
        description.setValue(data.description());
        criteria.setValue(data.criteria() == null ? "" : data.criteria());
        validity.setValue(data.validityMonths());
        repeatable.setValue(data.repeatable());
        active.setValue(data.active());
        alignments.addAll(data.alignments());
        alignmentGrid.setItems(alignments);
        members.setValue(members.getListDataView().getItems().filter(r -> data.memberIds().contains(r.id()))
                .collect(Collectors.toSet()));
        requiredMembers.setValue(data.requiredMembers());
        imageState.setText(getTranslation("badges.achievement.image.kept"));
    }

    private void addAlignment(fr.pepites.badges.Alignment alignment) {
        alignments.add(alignment);
        alignmentGrid.setItems(alignments);
    }

    private void save() {
        Set<Long> memberIds = members.getValue().stream().map(AchievementRow::id).collect(Collectors.toSet());
        AchievementData data = new AchievementData(issuer.getValue() == null ? null : issuer.getValue().getId(),
                kind.getValue(), name.getValue(), description.getValue(), criteria.getValue(), image,
                validity.getValue(), repeatable.getValue(), active.getValue(), List.copyOf(alignments), memberIds,
                kind.getValue() == BadgeKind.PATH ? requiredMembers.getValue() : null, version);
        if (errors.run(() -> badges.saveAchievement(id, data))) {
            unsaved.saved();
            Notifications.success(getTranslation("badges.achievement.saved"));
            getUI().ifPresent(ui -> ui.navigate(AchievementsView.class));
        }
    }
}
