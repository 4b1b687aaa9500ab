package fr.pepites.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.OrganisationFilter;
import fr.pepites.directory.OrganisationKind;
import java.util.function.BiFunction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Typeahead for an organisation by words of its name, shown with its commune. */
public class OrganisationPicker extends ComboBox<Organisation> {

    /** Among the active organisations the user may see. */
    public OrganisationPicker(String label, DirectoryService directory) {
        this(label, (text, page) -> directory.searchOrganisations(OrganisationFilter.byName(text), page));
    }

    /** Among every SIAE, active or not ({@link DirectoryService#searchSiae}). */
    public static OrganisationPicker siae(String label, DirectoryService directory) {
        return new OrganisationPicker(label, directory::searchSiae);
    }

    /** Among the active CEP operators or partner employers ({@link DirectoryService#searchPartners}). */
    public static OrganisationPicker partners(String label, DirectoryService directory, OrganisationKind kind) {
        return new OrganisationPicker(label, (text, page) -> directory.searchPartners(kind, text, page));
    }

    private OrganisationPicker(String label, BiFunction<String, Pageable, Page<Organisation>> search) {
        super(label);
        setItems(query -> search.apply(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("searchName"))).stream());
        setItemLabelGenerator(o -> o.getName() + " · " + o.getCommune().getName());
        setClearButtonVisible(true);
    }
}
