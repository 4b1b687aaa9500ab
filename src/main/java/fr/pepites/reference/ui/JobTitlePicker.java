package fr.pepites.reference.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.pepites.reference.JobTitle;
import fr.pepites.reference.ReferenceDataService;
import org.springframework.data.domain.PageRequest;

/** Typeahead for a job title (ROME appellation), by words of the title or by ROME code. */
public class JobTitlePicker extends ComboBox<JobTitle> {

    public JobTitlePicker(String label, ReferenceDataService referenceData) {
        super(label);
        setItems(query -> referenceData
                .searchJobTitles(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        setItemLabelGenerator(job -> job.getName() + " · " + job.getRome().getCode() + " "
                + job.getRome().getName());
        setPlaceholder(getTranslation("reference.jobTitle.placeholder"));
        setClearButtonVisible(true);
    }
}
