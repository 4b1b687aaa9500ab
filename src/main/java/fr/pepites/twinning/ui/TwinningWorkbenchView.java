package fr.pepites.twinning.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.security.Role;
import fr.pepites.twinning.TwinningService;
import fr.pepites.workbench.ui.WorkbenchPanel;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The coordinators' twinning workbench (the shared {@link WorkbenchPanel}): every request waiting for a match placed
 * at a tiers-lieu on four days at once, with the dates, distance and participants of each proposal; accepting one
 * sends it to the SIAE's director for approval.
 */
@Route("jumelages/rapprochement")
@PageTitle("Rapprochement des jumelages · PEPITES")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
public class TwinningWorkbenchView extends WorkbenchPanel {

    TwinningWorkbenchView(TwinningService twinnings) {
        super(twinnings, "twinning-workbench", "twinningWorkbench", List.of(
                new Column(TwinningService.DATES, "twinning.dates", Column.Kind.TEXT_SORTED_BY_VALUE),
                new Column(TwinningService.DISTANCE, "twinning.distance", Column.Kind.NUMBER),
                new Column(TwinningService.PARTICIPANTS, "twinning.participants", Column.Kind.NUMBER)));
    }
}
