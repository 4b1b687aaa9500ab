package fr.pepites.twinning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code twinning solve} and {@code twinning score} on instance files, and the faults of a file that is wrong. */
class TwinningCommandLineTest {

    /** Two tiers-lieux near Bordeaux, three requests in May 2027 (Thursday 6 is Ascension Day). */
    static final String INSTANCE = """
            {
              "format": "pepites-twinning-1",
              "referenceDate": "2027-04-01",
              "tiersLieux": [
                {"id": "T1", "name": "Fablab", "commune": "33063", "themes": ["REEMPLOI", "MENUISERIE"],
                 "seatsPerDay": 6, "weeklyLimit": 4, "openWeekdays": [1, 2, 3, 4, 5], "closures": [],
                 "booked": [{"date": "2027-05-04", "participants": 2}]},
                {"id": "T2", "name": "Atelier", "commune": "33243", "themes": ["REEMPLOI"],
                 "seatsPerDay": 4, "weeklyLimit": 5, "openWeekdays": [2, 3, 4, 5], "closures": [], "booked": []}
              ],
              "requests": [
                {"id": "R1", "siae": "S1", "commune": "33063", "themes": ["MENUISERIE"], "participants": 3,
                 "earliestStart": "2027-05-03", "latestEnd": "2027-06-30", "rhythm": "CONSECUTIVE_DAYS",
                 "unavailableWeekdays": [], "maxDistanceKm": 50, "excluded": [], "known": []},
                {"id": "R2", "siae": "S2", "commune": "33243", "themes": ["REEMPLOI"], "participants": 4,
                 "earliestStart": "2027-05-03", "latestEnd": "2027-06-30", "rhythm": "WEEKLY",
                 "unavailableWeekdays": [3], "maxDistanceKm": 50, "excluded": ["T2"], "known": []},
                {"id": "R3", "siae": "S3", "commune": "33063", "themes": ["REEMPLOI"], "participants": 2,
                 "earliestStart": "2027-05-10", "latestEnd": "2027-06-30", "rhythm": "CONSECUTIVE_DAYS",
                 "unavailableWeekdays": [], "maxDistanceKm": 60, "excluded": [], "known": ["T1"]}
              ]
            }
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return TwinningCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void solvePlacesEveryRequestAndScoreRecomputesTheSameScore() throws IOException {
        Path instance = Files.writeString(dir.resolve("instance.json"), INSTANCE);
        Path assignment = dir.resolve("assignment.json");

        assertThat(run("solve", instance.toString(), "--seconds", "2", "--out", assignment.toString())).isZero();
        JsonNode solved = new ObjectMapper().readTree(assignment.toFile());
        assertThat(solved.get("hard").asLong()).isZero();
        assertThat(solved.get("placed").asLong()).isEqualTo(3);
        assertThat(solved.get("assignments")).hasSize(3)
                .allSatisfy(a -> assertThat(a.get("days")).hasSize(Twinning.DAYS));
        JsonNode r2 = solved.get("assignments").get(1);
        assertThat(r2.get("tiersLieu").asText()).isEqualTo("T1");

        assertThat(run("score", instance.toString(), assignment.toString())).isZero();
        JsonNode scored = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(scored.get("score").asText()).isEqualTo(solved.get("score").asText());
        assertThat(scored.get("constraints")).hasSize(11);
    }

    @Test
    void nothingPlaceableAnywhereIsSaidPlainlyAndTheSolveEndsAtOnce() throws IOException {
        // Every request excludes both tiers-lieux.
        Path instance = Files.writeString(dir.resolve("none.json"), INSTANCE
                .replace("\"excluded\": [],", "\"excluded\": [\"T1\", \"T2\"],")
                .replace("\"excluded\": [\"T2\"],", "\"excluded\": [\"T1\", \"T2\"],"));

        assertThat(run("solve", instance.toString(), "--seconds", "60")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("il n'y a rien à placer");
        assertThat(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("placed").asLong()).isZero();
    }

    @Test
    void scoreCountsTheHardViolationsOfAPlacementMadeElsewhere() throws IOException {
        Path instance = Files.writeString(dir.resolve("instance.json"), INSTANCE);
        // R2 at the tiers-lieu it excluded, R1 at one without its theme.
        Path assignment = Files.writeString(dir.resolve("assignment.json"), """
                {"assignments": [
                  {"request": "R1", "tiersLieu": "T2", "start": "2027-05-04"},
                  {"request": "R2", "tiersLieu": "T2", "start": "2027-05-04"},
                  {"request": "R3", "tiersLieu": null, "start": null}
                ]}""");
        assertThat(run("score", instance.toString(), assignment.toString())).isZero();
        JsonNode scored = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(scored.get("hard").asLong()).isNegative();
        assertThat(scored.get("medium").asLong()).isEqualTo(-1);
    }

    @Test
    void anInstanceWithUnknownCommunesOrThemesIsRefusedWithLineAndField() throws IOException {
        Path instance = Files.writeString(dir.resolve("instance.json"), INSTANCE
                .replace("\"name\": \"Atelier\", \"commune\": \"33243\"",
                        "\"name\": \"Atelier\", \"commune\": \"99999\"")
                .replace("\"themes\": [\"MENUISERIE\"], \"participants\": 3", "\"themes\": [\"POTERIE\"], "
                        + "\"participants\": 3"));
        assertThat(run("solve", instance.toString(), "--seconds", "1")).isEqualTo(1);
        String faults = err.toString(StandardCharsets.UTF_8);
        assertThat(faults).contains("ligne 8, tiersLieux[1].commune : commune inconnue « 99999 »")
                .contains("ligne 12, requests[0].themes : thème inconnu « POTERIE »");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void wrongUsageSaysHow() {
        assertThat(run("solve", "x.json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--seconds").contains("twinning score");
    }
}
