package fr.pepites.reference.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.pepites.reference.Commune;
import fr.pepites.reference.ReferenceDataService;
import org.springframework.data.domain.PageRequest;

/** Typeahead for a commune, by the beginning of its name or by postal code; largest communes first. */
public class CommunePicker extends ComboBox<Commune> {

    private final ReferenceDataService referenceData;

    public CommunePicker(String label, ReferenceDataService referenceData) {
        super(label);
        this.referenceData = referenceData;
        setItems(query -> referenceData
                .searchCommunes(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        setItemLabelGenerator(commune -> commune.getLabel()
                + (commune.isApproximate() ? " · " + getTranslation("reference.approximate") : ""));
        setPlaceholder(getTranslation("reference.commune.placeholder"));
        setClearButtonVisible(true);
    }

    /** Shows the commune of that INSEE code (or nothing). */
    public void setInseeCode(String inseeCode) {
        setValue(referenceData.findCommune(inseeCode).orElse(null));
    }

    public String getInseeCode() {
        return isEmpty() ? null : getValue().getInseeCode();
    }
}
