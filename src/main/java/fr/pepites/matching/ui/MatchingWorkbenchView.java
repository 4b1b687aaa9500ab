package fr.pepites.matching.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.matching.MatchingFiles;
import fr.pepites.matching.MatchingService;
import fr.pepites.security.Role;
import fr.pepites.ui.Download;
import fr.pepites.workbench.ui.WorkbenchPanel;
import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The coordinators' matching workbench (the shared {@link WorkbenchPanel}): every referral waiting for a match
 * against the open vacancies' free seats, with the SIAE, distance, fit of the job and waiting time of each proposal.
 */
@Route("mise-en-relation")
@PageTitle("Mise en relation · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class MatchingWorkbenchView extends WorkbenchPanel {

    MatchingWorkbenchView(MatchingService matching) {
        super(matching, "matching", "matching", List.of(
                new Column(MatchingService.SIAE, "matching.siae", Column.Kind.TEXT),
                new Column(MatchingService.DISTANCE, "matching.distance", Column.Kind.NUMBER),
                new Column(MatchingService.ROME_FIT, "matching.romeFit", Column.Kind.IN_DETAILS),
                new Column(MatchingService.WAITING, "matching.waiting", Column.Kind.NUMBER)));
        addActions(export(matching));
    }

    private Anchor export(MatchingService matching) {
        Anchor export = Download.of(getTranslation("matching.export"), "pepites-mise-en-relation-"
                + LocalDate.now() + ".json", "application/json", () -> {
                    StringWriter json = new StringWriter();
                    MatchingFiles.writeInstance(matching.exportInstance(), json);
                    return json.toString().getBytes(StandardCharsets.UTF_8);
                });
        export.setId("matching-export");
        return export;
    }
}
