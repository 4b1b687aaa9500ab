package fr.pepites.matching;

import fr.pepites.common.files.InstanceFileException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingFilesTest {

    private static final Set<String> KNOWN = Set.of("33318", "33063");

    private static final String VALID = """
            {
              "format": "pepites-matching/1",
              "referenceDate": "2026-11-26",
              "settings": { "availabilityToleranceDays": 30, "weights": { "Distance": 5 } },
              "candidates": [
                { "id": "C1", "commune": "33318", "radiusKm": 30, "licences": ["B"], "availableFrom": "2026-12-01",
                  "waitingDays": 12, "goal": "INSERTION", "eligibleSiaeKinds": ["ACI"], "romeCodes": ["K2204"],
                  "refusedBySiae": [] }
              ],
              "vacancies": [
                { "id": "V1", "label": "Agent de propreté", "siae": "S1", "siaeName": "Net'Insertion",
                  "siaeKind": "ACI", "kind": "INSERTION", "romeCode": "K2204", "commune": "33063", "seats": 2,
                  "startDate": "2027-01-04", "requiredLicences": [] }
              ]
            }
            """;

    private static MatchingInstance read(String json) {
        return MatchingFiles.readInstance(new StringReader(json), KNOWN::contains);
    }

    @Test
    void aValidInstanceIsReadWithItsSettings() {
        MatchingInstance instance = read(VALID);
        assertThat(instance.candidates()).singleElement().satisfies(c -> assertThat(c.radiusKm()).isEqualTo(30));
        assertThat(instance.vacancies()).singleElement().satisfies(v -> assertThat(v.seats()).isEqualTo(2));
        assertThat(instance.settings().toWeights().softWeight(MatchingWeights.DISTANCE)).isEqualTo(5);
        assertThat(instance.settings().toWeights().softWeight(MatchingWeights.MATCHED)).isEqualTo(1000);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        MatchingInstance instance = read(VALID);
        StringWriter out = new StringWriter();
        MatchingFiles.writeInstance(instance, out);
        assertThat(read(out.toString())).isEqualTo(instance);
    }

    @Test
    void anUnknownCommuneIsRefusedWithItsLineAndField() {
        assertThatThrownBy(() -> read(VALID.replace("\"commune\": \"33063\"", "\"commune\": \"99999\"")))
                .isInstanceOf(InstanceFileException.class)
                .hasMessage("ligne 12, vacancies[0].commune : commune inconnue « 99999 » (code INSEE attendu)");
    }

    @Test
    void negativeSeatsAreRefusedWithTheirLineAndField() {
        assertThatThrownBy(() -> read(VALID.replace("\"seats\": 2", "\"seats\": -1")))
                .hasMessage("ligne 12, vacancies[0].seats : doit être au moins 1 (-1)");
    }

    @Test
    void aMalformedFieldIsRefusedWithTheLineOfTheField() {
        assertThatThrownBy(() -> read(VALID.replace("\"availableFrom\": \"2026-12-01\"",
                "\"availableFrom\": \"01/12/2026\"")))
                .hasMessageStartingWith("ligne 6, candidates[0].availableFrom : date invalide « 01/12/2026 »");
        assertThatThrownBy(() -> read(VALID.replace("\"goal\": \"INSERTION\"", "\"goal\": \"CDI\"")))
                .hasMessageStartingWith("ligne 7, candidates[0].goal : valeur inconnue « CDI »");
    }

    @Test
    void everyFaultIsReportedAtOnceAndTheNextElementsStillRead() {
        String twoBad = VALID.replace("\"radiusKm\": 30", "\"radiusKm\": 250")
                .replace("\"seats\": 2", "\"seats\": \"deux\"");
        assertThatThrownBy(() -> read(twoBad))
                .isInstanceOfSatisfying(InstanceFileException.class, e -> assertThat(e.faults()).containsExactly(
                        "ligne 6, candidates[0].radiusKm : doit être entre 0 et 200 km (250)",
                        "ligne 12, vacancies[0].seats : valeur invalide « deux »"));
    }

    @Test
    void aMissingFieldIsRefusedAsMandatory() {
        assertThatThrownBy(() -> read(VALID.replace("\"waitingDays\": 12,", "")))
                .hasMessage("ligne 6, candidates[0].waitingDays : obligatoire");
    }

    @Test
    void brokenJsonIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read(VALID.replace("\"seats\": 2,", "\"seats\": 2")))
                .hasMessageStartingWith("ligne 13 : JSON mal formé");
    }

    @Test
    void unknownWeightsAndDuplicateIdsAreRefused() {
        assertThatThrownBy(() -> read(VALID.replace("\"Distance\": 5", "\"Vitesse\": 5")))
                .hasMessageStartingWith("ligne 4, settings.weights : contrainte inconnue « Vitesse »");
        String twice = VALID.replace("\"candidates\": [", """
                "candidates": [
                    { "id": "C1", "commune": "33318", "radiusKm": 10, "availableFrom": "2026-12-01",
                      "waitingDays": 0, "goal": "STAFF" },""");
        assertThatThrownBy(() -> read(twice)).hasMessage("fichier, candidates : identifiant en double « C1 »");
    }

    @Test
    void anInstanceBeyondTheDocumentedSizeIsRefusedSayingTheLimit() {
        StringBuilder many = new StringBuilder("\"vacancies\": [");
        for (int i = 0; i <= MatchingFiles.MAX_VACANCIES; i++) {
            many.append(i == 0 ? "" : ",").append("{ \"id\": \"V").append(i).append("\", \"label\": \"Agent\",")
                    .append(" \"siae\": \"S1\", \"siaeName\": \"S\", \"siaeKind\": \"ACI\",")
                    .append(" \"kind\": \"INSERTION\", \"romeCode\": \"K2204\", \"commune\": \"33063\",")
                    .append(" \"seats\": 1, \"requiredLicences\": [] }");
        }
        String json = VALID.substring(0, VALID.indexOf("\"vacancies\": [")) + many + "]\n}";
        assertThatThrownBy(() -> read(json))
                .hasMessage("fichier, vacancies : au plus " + fr.pepites.workbench.ScoreWords.number(50_000)
                        + " fiches de poste par instance : " + fr.pepites.workbench.ScoreWords.number(50_001)
                        + " dans ce fichier");
    }

    @Test
    void anAssignmentNamingAnUnknownPersonOrJobIsRefused() {
        MatchingInstance instance = read(VALID);
        String assignment = """
                { "assignments": [
                    { "candidate": "C1", "vacancy": "V9" },
                    { "candidate": "C7", "vacancy": null } ] }
                """;
        assertThatThrownBy(() -> MatchingFiles.readAssignments(new StringReader(assignment), instance))
                .isInstanceOfSatisfying(InstanceFileException.class, e -> assertThat(e.faults()).containsExactly(
                        "ligne 2, assignments[0].vacancy : poste absent de l'instance « V9 »",
                        "ligne 3, assignments[1].candidate : personne absente de l'instance « C7 »"));
    }
}
