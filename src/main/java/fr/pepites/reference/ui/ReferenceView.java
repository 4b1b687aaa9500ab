package fr.pepites.reference.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.pepites.reference.Distance;
import fr.pepites.reference.JobTitle;
import fr.pepites.reference.ReferenceDataService;
import jakarta.annotation.security.PermitAll;

/** Look up a job title and its ROME code, and the distance between two communes. */
@Route("referentiels")
@PageTitle("Référentiels · PEPITES")
@PermitAll
public class ReferenceView extends VerticalLayout {

    ReferenceView(ReferenceDataService referenceData) {
        JobTitlePicker jobTitle = new JobTitlePicker(getTranslation("reference.jobTitle"), referenceData);
        jobTitle.setId("job-title-picker");
        jobTitle.setWidth("36rem");
        Paragraph jobDetails = new Paragraph(getTranslation("reference.jobTitle.help"));
        jobDetails.addClassNames(LumoUtility.TextColor.SECONDARY);
        jobTitle.addValueChangeListener(e -> {
            JobTitle job = e.getValue();
            jobDetails.setText(job == null ? getTranslation("reference.jobTitle.help")
                    : getTranslation("reference.jobTitle.details", job.getName(), job.getRome().getCode(),
                            job.getRome().getName()));
        });

        CommunePicker from = new CommunePicker(getTranslation("reference.from"), referenceData);
        from.setId("distance-from");
        CommunePicker to = new CommunePicker(getTranslation("reference.to"), referenceData);
        to.setId("distance-to");
        Paragraph distance = new Paragraph(getTranslation("reference.distance.help"));
        distance.setId("distance-result");
        Runnable update = () -> {
            if (from.isEmpty() || to.isEmpty()) {
                distance.setText(getTranslation("reference.distance.help"));
                return;
            }
            Distance d = referenceData.distance(from.getValue(), to.getValue());
            distance.setText(getTranslation("reference.distance.result", from.getValue().getName(),
                    to.getValue().getName(), d.label()));
        };
        from.addValueChangeListener(e -> update.run());
        to.addValueChangeListener(e -> update.run());

        add(new H2(getTranslation("reference.title")),
                new H3(getTranslation("reference.jobTitles")), jobTitle, jobDetails,
                new H3(getTranslation("reference.distance")), new HorizontalLayout(from, to), distance,
                attribution());
    }

    private Paragraph attribution() {
        Paragraph attribution = new Paragraph(getTranslation("reference.attribution"));
        attribution.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        return attribution;
    }
}
