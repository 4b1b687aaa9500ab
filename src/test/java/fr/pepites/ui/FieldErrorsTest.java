package fr.pepites.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.pepites.common.InvalidInputException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void aServiceMessageAppearsNextToItsFieldAndGoesWhenCleared() {
        TextField siret = new TextField();
        TextField name = new TextField();
        FieldErrors errors = new FieldErrors().bind("siret", siret).bind("name", name);

        errors.show(new InvalidInputException(Map.of("siret", "Le SIRET doit compter 14 chiffres.")));
        assertThat(siret.isInvalid()).isTrue();
        assertThat(siret.getErrorMessage()).isEqualTo("Le SIRET doit compter 14 chiffres.");
        assertThat(name.isInvalid()).isFalse();

        errors.clear();
        assertThat(siret.isInvalid()).isFalse();
        assertThat(siret.getErrorMessage()).isNullOrEmpty();
    }

    @Test
    void aNumberOrADateTypedThatDoesNotReadIsRefusedAtItsFieldNotTakenForNone() {
        for (String typed : new String[] {"99999999999", "1e3"}) {
            IntegerField validity = new IntegerField();
            DatePicker until = new DatePicker();
            FieldErrors errors = new FieldErrors().bind("validityMonths", validity).bind("until", until);
            // What Vaadin's fields hold when the browser sends a text that does not read: the text, and no value.
            validity.getElement().setProperty("_inputElementValue", typed);
            until.getElement().setProperty("_inputElementValue", "31/13/2025");
            AtomicBoolean saved = new AtomicBoolean();

            assertThat(errors.run(() -> saved.set(true))).isFalse();
            assertThat(saved).isFalse();
            assertThat(validity.getValue()).isNull();
            assertThat(validity.isInvalid()).isTrue();
            assertThat(validity.getErrorMessage()).as("all digits, but too many: said so").isEqualTo(
                    typed.equals("1e3") ? FieldErrors.UNREADABLE_NUMBER : FieldErrors.NUMBER_TOO_LARGE);
            assertThat(until.getErrorMessage()).isEqualTo(FieldErrors.UNREADABLE_DATE);
        }
    }

    @Test
    void anEmptyNumberFieldStillMeansNone() {
        IntegerField validity = new IntegerField();
        AtomicBoolean saved = new AtomicBoolean();
        assertThat(new FieldErrors().bind("validityMonths", validity).run(() -> saved.set(true))).isTrue();
        assertThat(saved).isTrue();
    }

    @Test
    void aFormsSummaryListsAllItsErrorsInTheFormsOrderUnderAFrenchPluralTitle() {
        TextField name = new TextField();
        TextField siret = new TextField();
        FieldErrors errors = new FieldErrors().bind("name", name).bind("siret", siret);
        UI ui = new UI();
        UI.setCurrent(ui);
        try {
            ui.add(errors.summary());
            errors.show(new InvalidInputException(new java.util.LinkedHashMap<>(Map.of(
                    "siret", "Le SIRET doit compter 14 chiffres.", "name", "Le nom est obligatoire.",
                    "", "Cette structure a changé entre-temps."))));

            ErrorSummary summary = (ErrorSummary) errors.summary();
            assertThat(summary.isVisible()).isTrue();
            assertThat(summary.getElement().getAttribute("role")).isEqualTo("alert");
            assertThat(summary.getElement().getTextRecursively()).startsWith("3 erreurs à corriger")
                    .containsSubsequence("Cette structure a changé entre-temps.", "Le nom est obligatoire.",
                            "Le SIRET doit compter 14 chiffres.");
            assertThat(name.isInvalid()).isTrue();
            assertThat(siret.isInvalid()).isTrue();

            errors.clear();
            assertThat(summary.isVisible()).isFalse();
        } finally {
            UI.setCurrent(null);
        }
    }

    @Test
    void oneErrorIsSaidInTheSingular() {
        assertThat(ErrorSummary.title(1)).isEqualTo("1 erreur à corriger");
        assertThat(ErrorSummary.title(2)).isEqualTo("2 erreurs à corriger");
    }
}
