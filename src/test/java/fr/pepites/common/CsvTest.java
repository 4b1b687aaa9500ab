package fr.pepites.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV files as French spreadsheets open them. */
class CsvTest {

    @Test
    void fieldsAreSeparatedBySemicolonsAfterAByteOrderMarkAndQuotedWhenTheyMustBe() {
        byte[] csv = Csv.of(List.of("SIAE", "Sorties"), List.of(
                List.of("Atelier Vélo Solidaire", 3),
                Arrays.asList("Tri \"Textile\"; Charentais", null)));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFSIAE;Sorties\r\n"
                + "Atelier Vélo Solidaire;3\r\n"
                + "\"Tri \"\"Textile\"\"; Charentais\";\r\n");
    }
}
