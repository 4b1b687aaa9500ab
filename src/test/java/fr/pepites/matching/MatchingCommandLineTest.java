package fr.pepites.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingCommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return MatchingCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path instanceFile() throws IOException {
        MatchingInstance instance = new MatchingInstanceGenerator().generate(150, 40, 3);
        StringWriter json = new StringWriter();
        MatchingFiles.writeInstance(instance, json);
        return Files.writeString(dir.resolve("instance.json"), json.toString());
    }

    @Test
    void solveWritesAnAssignmentThatScoreRecomputesToTheSameScore() throws IOException {
        Path instance = instanceFile();
        Path assignment = dir.resolve("assignment.json");

        assertThat(run("solve", instance.toString(), "--seconds", "1", "--out", assignment.toString())).isZero();
        JsonNode solved = new ObjectMapper().readTree(assignment.toFile());
        assertThat(solved.get("assignments")).hasSize(150);
        assertThat(solved.get("hard").asLong()).isZero();
        assertThat(solved.get("matched").asLong()).isPositive();

        assertThat(run("score", instance.toString(), assignment.toString())).isZero();
        JsonNode scored = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(scored.get("score").asText()).isEqualTo(solved.get("score").asText());
        assertThat(scored.get("constraints")).hasSize(13);
    }

    @Test
    void nothingWithinAnyonesReachIsSaidPlainlyAndTheSolveEndsAtOnce() throws IOException {
        // A person in Bordeaux who travels 5 km, the only job in Bayonne.
        Path instance = Files.writeString(dir.resolve("far.json"), """
                { "format": "pepites-matching/1",
                  "candidates": [ { "id": "C1", "commune": "33063", "radiusKm": 5, "availableFrom": "2026-12-01",
                                    "waitingDays": 3, "goal": "INSERTION", "eligibleSiaeKinds": ["ACI"] } ],
                  "vacancies": [ { "id": "V1", "label": "Agent", "siae": "S1", "siaeName": "S", "siaeKind": "ACI",
                                   "kind": "INSERTION", "romeCode": "K2204", "commune": "64102", "seats": 1 } ] }
                """);

        assertThat(run("solve", instance.toString(), "--seconds", "60")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("il n'y a rien à proposer");
        assertThat(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("matched").asLong()).isZero();
    }

    @Test
    void scoreCountsTheHardViolationsOfAnAssignmentMadeElsewhere() throws IOException {
        Path instance = instanceFile();
        // Everybody to the first vacancy: seats taken several times, and most people out of their radius.
        String allToV1 = "V1";
        StringBuilder json = new StringBuilder("{ \"assignments\": [");
        for (int c = 1; c <= 150; c++) {
            json.append(c > 1 ? "," : "").append("{\"candidate\":\"C").append(c).append("\",\"vacancy\":\"")
                    .append(allToV1).append("\"}");
        }
        Path assignment = Files.writeString(dir.resolve("bad.json"), json.append("] }").toString());

        assertThat(run("score", instance.toString(), assignment.toString())).isZero();
        JsonNode scored = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(scored.get("hard").asLong()).isNegative();
        assertThat(scored.get("constraints").get(0).get("name").asText()).isEqualTo(MatchingWeights.SEAT_TAKEN_TWICE);
        assertThat(scored.get("constraints").get(0).get("hard").asLong()).isNegative();
    }

    @Test
    void anInstanceWithAnUnknownCommuneIsRefusedWithTheLineAtFault() throws IOException {
        Path instance = instanceFile();
        String text = Files.readString(instance);
        String firstCommune = text.substring(text.indexOf("\"commune\" : \"") + 13).substring(0, 5);
        Files.writeString(instance, text.replaceFirst("\"commune\" : \"" + firstCommune + "\"", "\"commune\" : \"00000\""));
        int line = (int) text.substring(0, text.indexOf("\"commune\" : \"")).lines().count();

        assertThat(run("solve", instance.toString(), "--seconds", "1")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("ligne " + line + ", candidates[0].commune : commune inconnue « 00000 »");
    }

    @Test
    void wrongUsageShowsHowToCallIt() {
        assertThat(run("solve", "x.json", "--seconds", "0")).isEqualTo(2);
        assertThat(run("solve", "x.json", "--seconds", "3601")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("de 1 à 3600 (une heure) : rien n'est lancé");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("matching solve INSTANCE.json --seconds N");
        assertThat(run("score", "missing.json", "other.json")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Fichier introuvable : missing.json");
    }
}
