package fr.pepites.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.pepites.learning.ActivityKind;
import fr.pepites.learning.CapsuleData;
import fr.pepites.learning.Capsules;
import fr.pepites.learning.LmsImport;
import fr.pepites.security.CurrentUserProvider;
import fr.pepites.security.Role;
import fr.pepites.ui.ActionDialog;
import fr.pepites.ui.Card;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.FrenchUpload;
import fr.pepites.ui.Grids;
import fr.pepites.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;

/**
 * The capsules one writes ("formation/capsules/edition"): a capsule's text in Markdown, its video, its quiz in plain
 * text, its pass mark, published or not; and, for coordinators, the import of an outside LMS's completions (Moodle).
 */
@Route("formation/capsules/edition")
@PageTitle("Écrire des capsules · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.SIAE_DIRECTOR})
public class CapsuleEditorView extends VerticalLayout {

    private final Capsules capsules;
    private final LmsImport lms;
    private final Grid<Capsules.CapsuleRow> grid = new Grid<>();
    private final EmptyState empty;

    CapsuleEditorView(Capsules capsules, LmsImport lms, CurrentUserProvider currentUser) {
        this.capsules = capsules;
        this.lms = lms;
        Button create = new Button(getTranslation("learning.capsule.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("capsule-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(create);
        actions.setWrap(true);
        if (currentUser.require().seesAllOrganisations()) {
            Button importing = new Button(getTranslation("learning.import.open"), VaadinIcon.UPLOAD.create(),
                    e -> importCompletions());
            importing.setId("lms-import-open");
            actions.add(importing);
        }
        grid.addColumn(Capsules.CapsuleRow::title).setHeader(getTranslation("learning.offer.title")).setFlexGrow(3);
        grid.addColumn(c -> c.minutes() + " min").setHeader(getTranslation("learning.duration"));
        grid.addColumn(c -> c.passMark() + " %").setHeader(getTranslation("learning.capsule.passMark"));
        grid.addColumn(c -> getTranslation(c.published() ? "learning.capsule.published" : "learning.capsule.draft"))
                .setHeader(getTranslation("learning.capsule.state"));
        grid.addComponentColumn(c -> new Button(getTranslation("learning.capsule.edit"), e -> edit(c)))
                .setHeader(getTranslation("learning.actions"));
        Grids.wrapping(grid);
        Grids.cardsOnPhone(grid, getTranslation("learning.capsules.title"), c -> new Card(c.title())
                .line(c.minutes() + " min").with(new Button(getTranslation("learning.capsule.edit"), e -> edit(c))));
        empty = new EmptyState(VaadinIcon.LAPTOP, getTranslation("learning.capsules.written.empty"),
                getTranslation("learning.capsules.written.empty.next"));
        add(new H2(getTranslation("learning.capsules.written")),
                new Paragraph(getTranslation("learning.capsules.written.intro")), actions, empty, grid,
                new RouterLink(getTranslation("nav.capsules"), CapsulesView.class));
        refresh();
    }

    private void refresh() {
        List<Capsules.CapsuleRow> written = capsules.written();
        grid.setItems(written);
        grid.setVisible(!written.isEmpty());
        empty.setVisible(written.isEmpty());
    }

    private void edit(Capsules.CapsuleRow row) {
        CapsuleData current = row == null ? null : capsules.capsule(row.id());
        TextField title = new TextField(getTranslation("learning.offer.title"));
        title.setId("capsule-title");
        title.setMaxLength(150);
        TextField summary = new TextField(getTranslation("learning.capsule.summary"));
        summary.setMaxLength(500);
        TextArea body = new TextArea(getTranslation("learning.capsule.body"));
        body.setId("capsule-body");
        body.setHelperText(getTranslation("learning.capsule.body.help"));
        body.setMaxLength(20_000);
        TextField video = new TextField(getTranslation("learning.capsule.videoLink"));
        IntegerField minutes = new IntegerField(getTranslation("learning.minutes"));
        minutes.setId("capsule-minutes");
        minutes.setHelperText(getTranslation("learning.capsule.minutes.help"));
        IntegerField passMark = new IntegerField(getTranslation("learning.capsule.passMark"));
        passMark.setId("capsule-pass-mark");
        TextArea quiz = new TextArea(getTranslation("learning.capsule.quiz"));
        quiz.setId("capsule-quiz-text");
        quiz.setHelperText(getTranslation("learning.capsule.quiz.help"));
        quiz.setMaxLength(20_000);
        TextField themes = new TextField(getTranslation("learning.offer.themes"));
        themes.setHelperText(getTranslation("learning.offer.themes.help"));
        Checkbox published = new Checkbox(getTranslation("learning.capsule.publish"));
        published.setId("capsule-published");
        if (current != null) {
            title.setValue(current.title());
            summary.setValue(current.summary() == null ? "" : current.summary());
            body.setValue(current.body());
            video.setValue(current.videoLink() == null ? "" : current.videoLink());
            minutes.setValue(current.minutes());
            passMark.setValue(current.passMark());
            quiz.setValue(current.quiz());
            themes.setValue(String.join(", ", current.themes()));
            published.setValue(current.published());
        }
        FieldErrors errors = new FieldErrors().bind("title", title).bind("summary", summary).bind("body", body)
                .bind("videoLink", video).bind("minutes", minutes).bind("passMark", passMark).bind("quiz", quiz)
                .bind("themes", themes);
        ActionDialog.open(getTranslation(row == null ? "learning.capsule.new" : "learning.capsule.edit"), null,
                getTranslation("common.save"), false, errors,
                () -> capsules.save(row == null ? null : row.id(), row == null ? null : row.version(),
                        new CapsuleData(title.getValue(), summary.getValue(), body.getValue(), video.getValue(),
                                minutes.getValue(), passMark.getValue(), quiz.getValue(),
                                Arrays.stream(themes.getValue().split(",")).toList(), published.getValue())),
                getTranslation("learning.capsule.saved"), this::refresh, title, summary, body, video, minutes, passMark,
                quiz, themes, published);
    }

    private void importCompletions() {
        Dialog dialog = new Dialog(getTranslation("learning.import.title"));
        ComboBox<ActivityKind> kind = new ComboBox<>(getTranslation("learning.kind"), ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("learning.kind." + k.name()));
        kind.setValue(ActivityKind.CAPSULE);
        IntegerField minutes = new IntegerField(getTranslation("learning.import.minutes"));
        minutes.setId("lms-import-minutes");
        minutes.setHelperText(getTranslation("learning.minutes.help"));
        FieldErrors errors = new FieldErrors().bind("kind", kind).bind("minutes", minutes);
        VerticalLayout report = new VerticalLayout();
        report.setPadding(false);
        report.setId("lms-import-report");
        Upload upload = FrenchUpload.inMemory(LmsImport.MAX_BYTES, (metadata, bytes) -> errors.run(() -> {
            LmsImport.Report done = lms.importCompletions(bytes, kind.getValue(), minutes.getValue());
            report.removeAll();
            report.add(new Paragraph(getTranslation("learning.import.done", done.written(), done.refused().size())));
            done.refused().forEach(line -> report.add(new Paragraph(line)));
            Notifications.success(getTranslation("learning.import.done", done.written(), done.refused().size()));
        }), () -> Notifications.error(getTranslation("learning.import.tooLarge")));
        upload.setId("lms-import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        dialog.add(new Paragraph(getTranslation("learning.import.text")), errors.summary(), kind, minutes, upload,
                report);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }
}
