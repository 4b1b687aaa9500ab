package fr.pepites.parcours.ui;

import fr.pepites.ui.DateFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.pepites.common.InputBounds;
import fr.pepites.parcours.ContractKind;
import fr.pepites.parcours.ContractTerms;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.ui.FieldErrors;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of an insertion contract's terms, the same wherever a parcours starts: the referral's acceptance and the
 * parcours recorded by hand. The PASS IAE number is asked only of a person who has none yet.
 */
public class ContractTermsFields {

    private final Select<ContractKind> contract = new Select<>();
    private final DatePicker plannedEnd = DateFields.date();
    private final IntegerField weeklyHours = new IntegerField();
    private final TextField passNumber = new TextField();
    private final ParcoursService parcours;
    private final Component owner;

    public ContractTermsFields(ParcoursService parcours, Component owner, Long personId, Integer defaultHours) {
        this.parcours = parcours;
        this.owner = owner;
        contract.setLabel(owner.getTranslation("parcours.contract"));
        contract.setId("parcours-contract-field");
        List<ContractKind> kinds = parcours.contractsOfMySiae();
        contract.setItems(kinds);
        contract.setItemLabelGenerator(c -> owner.getTranslation("parcours.contract." + c.name()));
        if (!kinds.isEmpty()) {
            contract.setValue(kinds.get(0));
        }
        plannedEnd.setLabel(owner.getTranslation("parcours.plannedEnd"));
        plannedEnd.setId("parcours-planned-end-field");
        plannedEnd.setMin(LocalDate.now().plusDays(1));
        weeklyHours.setLabel(owner.getTranslation("parcours.weeklyHours"));
        weeklyHours.setId("parcours-weekly-hours-field");
        weeklyHours.setMin(1);
        weeklyHours.setMax(InputBounds.MAX_WEEKLY_HOURS);
        weeklyHours.setValue(defaultHours);
        passNumber.setLabel(owner.getTranslation("parcours.passNumber"));
        passNumber.setId("parcours-pass-number-field");
        passNumber.setHelperText(owner.getTranslation("parcours.passNumber.help"));
        setPerson(personId);
    }

    /** The person hired: their PASS IAE, if they have one, is shown and kept. */
    public void setPerson(Long personId) {
        String existing = personId == null ? null : parcours.passNumberOf(personId).orElse(null);
        passNumber.setValue(existing == null ? "" : existing);
        passNumber.setReadOnly(existing != null);
        passNumber.setHelperText(owner.getTranslation(existing == null ? "parcours.passNumber.help"
                : "parcours.passNumber.existing"));
    }

    public Component[] fields() {
        return new Component[] {contract, plannedEnd, weeklyHours, passNumber};
    }

    public FieldErrors bind(FieldErrors errors) {
        return errors.bind("contract", contract).bind("plannedEnd", plannedEnd).bind("weeklyHours", weeklyHours)
                .bind("passNumber", passNumber);
    }

    public ContractTerms terms() {
        return new ContractTerms(contract.getValue(), plannedEnd.getValue(), weeklyHours.getValue(),
                passNumber.getValue());
    }
}
