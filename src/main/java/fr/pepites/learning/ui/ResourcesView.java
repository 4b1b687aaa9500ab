package fr.pepites.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.learning.Audience;
import fr.pepites.learning.ResourceCentre;
import fr.pepites.learning.ResourceKind;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.Confirm;
import fr.pepites.ui.Download;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.FrenchUpload;
import fr.pepites.ui.Notifications;
import fr.pepites.ui.SearchField;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The resource centre ("formation/ressources"): practical sheets, videos, tools, replays, links and PDF files,
 * searched by words, kind and audience, ten at a time; each opened or downloaded, voted useful; those one keeps are
 * added, changed, marked up to date or deleted, and those to review are shown "à actualiser".
 */
@Route("formation/ressources")
@PageTitle("Centre de ressources · PEPITES")
@PermitAll
public class ResourcesView extends VerticalLayout {

    private static final int PAGE = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ResourceCentre centre;
    private final SearchField words;
    private final ComboBox<ResourceKind> kind = new ComboBox<>();
    private final ComboBox<Audience> audience = new ComboBox<>();
    private final Checkbox toReview = new Checkbox();
    private final Div list = new Div();
    private final Button more = new Button();
    private final EmptyState empty;
    private int shown = PAGE;

    ResourcesView(ResourceCentre centre) {
        this.centre = centre;
        words = new SearchField(getTranslation("learning.resources.search"), this::reset);
        words.setId("resources-search");
        words.setLabel(getTranslation("learning.resources.search"));
        kind.setLabel(getTranslation("learning.resource.kind"));
        kind.setItems(ResourceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("learning.resourceKind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> reset());
        audience.setLabel(getTranslation("learning.offer.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("learning.audience." + a.name()));
        audience.setClearButtonVisible(true);
        audience.addValueChangeListener(e -> reset());
        toReview.setLabel(getTranslation("learning.resources.toReview"));
        toReview.addValueChangeListener(e -> reset());
        HorizontalLayout filters = new HorizontalLayout(words, kind, audience);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        more.setText(getTranslation("learning.resources.more"));
        more.addClickListener(e -> {
            shown += PAGE;
            refresh();
        });
        empty = new EmptyState(VaadinIcon.FOLDER_OPEN, getTranslation("learning.resources.empty"),
                getTranslation("learning.resources.empty.next"));
        list.setId("resources");
        list.setWidthFull();
        add(new H2(getTranslation("learning.resources.title")),
                new Paragraph(getTranslation("learning.resources.intro")));
        if (centre.mayAdd()) {
            Button create = new Button(getTranslation("learning.resource.new"), VaadinIcon.PLUS.create(),
                    e -> edit(null));
            create.setId("resource-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(toReview);
            add(create);
        }
        add(filters, empty, list, more);
        refresh();
    }

    private ResourceCentre.Filter filter() {
        return new ResourceCentre.Filter(words.getValue(), kind.getValue(), audience.getValue(), null,
                toReview.getValue());
    }

    private void reset() {
        shown = PAGE;
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<ResourceCentre.Row> rows = centre.search(filter(), 0, shown);
        rows.forEach(r -> list.add(card(r)));
        empty.setVisible(rows.isEmpty());
        more.setVisible(rows.size() < centre.count(filter()));
    }

    private Div card(ResourceCentre.Row r) {
        Div card = new Div();
        card.addClassName("learning-card");
        card.add(new H3(r.title()));
        String facts = getTranslation("learning.resourceKind." + r.kind().name()) + " · " + r.owner()
                + (r.audience().isEmpty() ? "" : " · " + String.join(", ", r.audience().stream()
                        .map(a -> getTranslation("learning.audience." + a.name())).toList()))
                + (r.themes().isEmpty() ? "" : " · " + String.join(", ", r.themes()));
        card.add(new Paragraph(facts));
        if (r.toReview()) {
            Span stale = new Span(getTranslation("learning.resource.stale", DAY.format(r.reviewDue())));
            stale.getElement().getThemeList().add("badge contrast");
            card.add(stale);
        }
        if (r.description() != null) {
            card.add(new Paragraph(r.description()));
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (r.link() != null) {
            Anchor open = new Anchor(r.link(), getTranslation("learning.resource.open"));
            open.setTarget(AnchorTarget.BLANK);
            open.getElement().setAttribute("rel", "noopener noreferrer");
            actions.add(open);
        }
        if (r.fileName() != null) {
            actions.add(Download.of(getTranslation("learning.resource.download", r.fileSize() / 1024 + 1),
                    r.fileName(), "application/pdf", () -> centre.file(r.id())));
        }
        Button useful = new Button(getTranslation(r.votedByMe() ? "learning.resource.useful.undo"
                : "learning.resource.useful", r.usefulCount()), VaadinIcon.THUMBS_UP.create(), e -> {
                    centre.toggleUseful(r.id());
                    refresh();
                });
        useful.setId("resource-useful-" + r.id());
        actions.add(useful);
        if (r.kept()) {
            actions.add(new Button(getTranslation("learning.resource.edit"), e -> edit(r)));
            if (r.toReview()) {
                Button reviewed = new Button(getTranslation("learning.resource.reviewed"), e -> {
                    if (new FieldErrors().run(() -> centre.markReviewed(r.id()))) {
                        Notifications.success(getTranslation("learning.resource.reviewed.done"));
                        refresh();
                    }
                });
                reviewed.setId("resource-reviewed-" + r.id());
                actions.add(reviewed);
            }
            Button delete = new Button(getTranslation("learning.resource.delete"),
                    e -> Confirm.ask(getTranslation("learning.resource.delete.title"),
                            getTranslation("learning.resource.delete.text", r.title()),
                            getTranslation("learning.resource.delete"), true, () -> centre.delete(r.id()),
                            getTranslation("learning.resource.delete.done"), this::refresh));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        card.add(actions);
        return card;
    }

    private void edit(ResourceCentre.Row row) {
        ResourceCentre.ResourceData current = row == null ? null : centre.resource(row.id());
        TextField title = new TextField(getTranslation("learning.offer.title"));
        title.setId("resource-title");
        title.setMaxLength(150);
        ComboBox<ResourceKind> kindField = new ComboBox<>(getTranslation("learning.resource.kind"),
                ResourceKind.values());
        kindField.setId("resource-kind");
        kindField.setItemLabelGenerator(k -> getTranslation("learning.resourceKind." + k.name()));
        TextArea description = new TextArea(getTranslation("learning.offer.description"));
        description.setMaxLength(2000);
        CheckboxGroup<Audience> audienceField = new CheckboxGroup<>(getTranslation("learning.offer.audience"),
                Audience.values());
        audienceField.setItemLabelGenerator(a -> getTranslation("learning.audience." + a.name()));
        TextField themes = new TextField(getTranslation("learning.offer.themes"));
        themes.setHelperText(getTranslation("learning.offer.themes.help"));
        TextField link = new TextField(getTranslation("learning.resource.link"));
        link.setId("resource-link");
        IntegerField months = new IntegerField(getTranslation("learning.resource.months"));
        months.setId("resource-months");
        months.setHelperText(getTranslation("learning.resource.months.help"));
        months.setValue(12);
        ResourceCentre.UploadedFile[] file = new ResourceCentre.UploadedFile[1];
        Paragraph fileName = new Paragraph();
        Upload upload = FrenchUpload.inMemory(ResourceCentre.MAX_FILE, (metadata, bytes) -> {
            file[0] = new ResourceCentre.UploadedFile(metadata.fileName(), metadata.contentType(), bytes);
            fileName.setText(getTranslation("learning.resource.file.received", metadata.fileName()));
        }, () -> Notifications.error(getTranslation("learning.resource.file.tooLarge")));
        upload.setId("resource-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        Div fileField = new Div(new Paragraph(getTranslation("learning.resource.file")), upload, fileName);
        Runnable showFields = () -> {
            boolean pdf = kindField.getValue() == ResourceKind.PDF;
            link.setVisible(!pdf);
            fileField.setVisible(pdf);
        };
        kindField.addValueChangeListener(e -> showFields.run());
        if (current != null) {
            title.setValue(current.title());
            kindField.setValue(current.kind());
            description.setValue(current.description() == null ? "" : current.description());
            audienceField.setValue(current.audience());
            themes.setValue(String.join(", ", current.themes()));
            link.setValue(current.link() == null ? "" : current.link());
            months.setValue(current.reviewMonths());
        }
        showFields.run();
        FieldErrors errors = new FieldErrors().bind("title", title).bind("kind", kindField)
                .bind("description", description).bind("themes", themes).bind("link", link)
                .bind("reviewMonths", months);
        ActionDialog.open(getTranslation(row == null ? "learning.resource.new" : "learning.resource.edit"),
                getTranslation("learning.resource.form.text"), getTranslation("common.save"), false, errors,
                () -> centre.save(row == null ? null : row.id(), row == null ? null : row.version(),
                        new ResourceCentre.ResourceData(title.getValue(), kindField.getValue(), description.getValue(),
                                audienceField.getValue(), Arrays.stream(themes.getValue().split(",")).toList(),
                                link.getValue(), months.getValue()), file[0]),
                getTranslation("learning.resource.saved"), this::refresh, title, kindField, description, audienceField,
                themes, link, fileField, months);
    }
}
