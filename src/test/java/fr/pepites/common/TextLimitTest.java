package fr.pepites.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A free text against its column's length, counted as it is kept (trimmed), told in French. */
class TextLimitTest {

    @Test
    void aTextOverItsLimitIsToldOnItsFieldWithItsLengthAndTheLimit() {
        Map<String, String> errors = new LinkedHashMap<>();
        TextLimit.check(errors, "note", "a".repeat(1001), 1000);

        assertThat(errors.get("note")).matches("Ce texte compte 1\\h?001 caractères, 1\\h?000 au plus : raccourcissez-le\\.");
        assertThatThrownBy(() -> TextLimit.check("reason", "b".repeat(31), 30))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("reason"))
                        .contains("31 caractères, 30 au plus"));
    }

    @Test
    void aTextAtItsLimitOnceTrimmedOrNoTextAtAllPasses() {
        Map<String, String> errors = new LinkedHashMap<>();
        TextLimit.check(errors, "note", "  " + "a".repeat(1000) + "\n", 1000);
        TextLimit.check(errors, "other", null, 1000);
        TextLimit.check("reason", "", 30);

        assertThat(errors).isEmpty();
    }
}
