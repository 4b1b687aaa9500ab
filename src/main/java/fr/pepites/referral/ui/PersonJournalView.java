package fr.pepites.referral.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Person;
import fr.pepites.workflow.TimelineEntry;
import fr.pepites.workflow.ui.Timeline;
import fr.pepites.referral.ReferralService;
import fr.pepites.security.Role;
import fr.pepites.ui.Download;
import fr.pepites.ui.EmptyState;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The journal of a person's file, for administrators answering a person's request ("who has seen my file?"): who
 * opened or changed it, and every event of their referrals; and the export of everything the platform holds about
 * them, in one file.
 */
@Route("personnes/journal")
@PageTitle("Journal du dossier · PEPITES")
@RolesAllowed(Role.Names.ADMIN)
public class PersonJournalView extends VerticalLayout implements HasUrlParameter<Long> {

    private final ReferralService referrals;
    private final DirectoryService directory;

    PersonJournalView(ReferralService referrals, DirectoryService directory) {
        this.referrals = referrals;
        this.directory = directory;
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long personId) {
        removeAll();
        String name = directory.findPerson(personId).map(Person::getFullName).orElseThrow(NotFoundException::new);
        Anchor export = Download.of(getTranslation("journal.export"), "pepites-donnees-personne-" + personId + ".json",
                "application/json", () -> directory.exportPersonalData(personId));
        export.setId("person-export");
        add(new H2(getTranslation("journal.title", name)), new Paragraph(getTranslation("journal.intro")), export);
        List<TimelineEntry> journal = referrals.personJournal(personId);
        if (journal.isEmpty()) {
            add(new EmptyState(VaadinIcon.RECORDS, getTranslation("journal.empty.title"),
                    getTranslation("journal.empty.text")));
            return;
        }
        add(new Timeline("person-journal", journal));
    }
}
