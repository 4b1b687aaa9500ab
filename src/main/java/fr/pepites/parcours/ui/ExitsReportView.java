package fr.pepites.parcours.ui;

import fr.pepites.ui.Card;
import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.common.InvalidInputException;
import fr.pepites.parcours.ExitsReport;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.security.Role;
import fr.pepites.ui.Download;
import fr.pepites.ui.EmptyState;
import fr.pepites.ui.FieldErrors;
import fr.pepites.ui.Grids;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The exits of a period by SIAE and by official category, with the share of "sorties dynamiques", for network staff;
 * exported as CSV.
 */
@Route("parcours/sorties")
@PageTitle("Sorties · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class ExitsReportView extends VerticalLayout {

    private final ParcoursService parcours;
    private final DatePicker from = DateFields.date();
    private final DatePicker to = DateFields.date();
    private final Grid<ExitsReport.Row> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final EmptyState empty;
    private final FieldErrors errors = new FieldErrors();

    ExitsReportView(ParcoursService parcours) {
        this.parcours = parcours;
        setSizeFull();
        from.setLabel(getTranslation("exits.from"));
        from.setId("exits-from");
        from.setValue(LocalDate.now().withDayOfYear(1));
        to.setLabel(getTranslation("exits.to"));
        to.setId("exits-to");
        to.setValue(LocalDate.now());
        errors.bind("from", from).bind("to", to);
        Button show = new Button(getTranslation("exits.show"), e -> refresh());
        show.setId("exits-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = Download.csv(getTranslation("exits.export"), "pepites-sorties.csv",
                () -> parcours.exitsCsv(from.getValue(), to.getValue(), this::getTranslation));
        export.setId("exits-export");
        HorizontalLayout toolbar = new HorizontalLayout(from, to, show, export);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

        grid.setId("exits-grid");
        grid.addColumn(row -> row.siaeName() == null ? getTranslation("exits.total") : row.siaeName())
                .setHeader(getTranslation("parcours.siae")).setFlexGrow(2);
        grid.addColumn(ExitsReport.Row::durable).setHeader(getTranslation("parcours.exitCategory.DURABLE_JOB"));
        grid.addColumn(ExitsReport.Row::transition).setHeader(getTranslation("parcours.exitCategory.TRANSITION_JOB"));
        grid.addColumn(ExitsReport.Row::positive).setHeader(getTranslation("parcours.exitCategory.POSITIVE_EXIT"));
        grid.addColumn(ExitsReport.Row::other).setHeader(getTranslation("parcours.exitCategory.OTHER_EXIT"));
        grid.addColumn(ExitsReport.Row::counted).setHeader(getTranslation("exits.counted"));
        grid.addColumn(this::share).setHeader(getTranslation("exits.dynamicShare"));
        grid.addColumn(ExitsReport.Row::withdrawn).setHeader(getTranslation("exits.withdrawn"));
        // On a phone each SIAE is a card: its exits by category, one per line, and its share of dynamic exits.
        Grids.cardsOnPhone(grid, getTranslation("exits.title"), row -> new Card(row.siaeName() == null
                ? getTranslation("exits.total") : row.siaeName())
                .line(getTranslation("parcours.exitCategory.DURABLE_JOB") + " : " + row.durable())
                .line(getTranslation("parcours.exitCategory.TRANSITION_JOB") + " : " + row.transition())
                .line(getTranslation("parcours.exitCategory.POSITIVE_EXIT") + " : " + row.positive())
                .line(getTranslation("parcours.exitCategory.OTHER_EXIT") + " : " + row.other())
                .line(getTranslation("exits.dynamicShare") + " : " + share(row) + " · "
                        + getTranslation("exits.withdrawn") + " : " + row.withdrawn()));
        grid.setAllRowsVisible(true);
        summary.setId("exits-summary");

        empty = new EmptyState(VaadinIcon.EXIT, getTranslation("exits.empty.title"), getTranslation("exits.empty.text"));
        add(new H2(getTranslation("exits.title")), new Paragraph(getTranslation("exits.intro")), toolbar, summary, grid,
                empty);
        refresh();
    }

    private String share(ExitsReport.Row row) {
        return row.dynamicShare() == null ? "—" : String.format(Locale.FRANCE, "%.0f %%", 100 * row.dynamicShare());
    }

    private void refresh() {
        errors.clear();
        ExitsReport report;
        try {
            errors.requireReadable();
            report = parcours.exitsReport(from.getValue(), to.getValue());
        } catch (InvalidInputException error) {
            errors.show(error);
            return;
        }
        List<ExitsReport.Row> rows = new ArrayList<>(report.rows());
        rows.add(report.total());
        grid.setItems(rows);
        boolean none = report.rows().isEmpty();
        grid.setVisible(!none);
        empty.setVisible(none);
        summary.setText(getTranslation("exits.summary", report.total().counted(), share(report.total()),
                report.total().withdrawn()));
    }
}
