package fr.pepites.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.OrganisationFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Typeahead for an active organisation the user may see, by words of its name. */
class OrganisationPicker extends ComboBox<Organisation> {

    OrganisationPicker(String label, DirectoryService directory) {
        super(label);
        setItems(query -> directory.searchOrganisations(OrganisationFilter.byName(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("searchName"))).stream());
        setItemLabelGenerator(o -> o.getName() + " · " + o.getCommune().getName());
        setClearButtonVisible(true);
    }
}
