package fr.pepites.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import fr.pepites.common.InvalidInputException;
import java.util.Map;
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
}
