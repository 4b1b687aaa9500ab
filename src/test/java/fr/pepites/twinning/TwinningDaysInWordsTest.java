package fr.pepites.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workbench's dates column: a coordinator reads the year, once, or on each day when the twinning spans two. */
class TwinningDaysInWordsTest {

    @Test
    void theYearIsSaidOnceAtTheEnd() {
        assertThat(TwinningSolveProblem.daysInWords(List.of(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 19),
                LocalDate.of(2027, 1, 26), LocalDate.of(2027, 2, 2))))
                .isEqualTo("12/01, 19/01, 26/01, 02/02/2027");
    }

    @Test
    void aTwinningOverNewYearSaysEachDaysYear() {
        assertThat(TwinningSolveProblem.daysInWords(List.of(LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 5))))
                .isEqualTo("22/12/2026, 05/01/2027");
    }
}
