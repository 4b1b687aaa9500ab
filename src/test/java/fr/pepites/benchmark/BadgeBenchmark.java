package fr.pepites.benchmark;

import fr.pepites.badges.AchievementData;
import fr.pepites.badges.Alignment;
import fr.pepites.badges.BadgeKind;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.badges.BadgeService;
import fr.pepites.badges.PublicVerifier;
import fr.pepites.badges.PublicVerifier;
import fr.pepites.badges.Verification;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.PersonData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Badge benchmark, run by {@code mvn -Pbenchmark verify -Dtest=BadgeBenchmark} (not part of the test suite). Prints
 * figures, asserts nothing about time. Through the service, on H2 in file mode: {@code benchmark.badges} (1,000)
 * credentials issued by a coordinator in awards of {@code benchmark.awardSize} (50) persons each, one transaction per
 * award (each credential built, canonicalized, signed, stored, its e-mail step left as a job); then every one of them
 * verified by the application's verifier (proof, dates, status list), as the public page and the upload do.
 */
@Tag("benchmark")
class BadgeBenchmark {

    private static final int BADGES = Integer.getInteger("benchmark.badges", 1_000);
    private static final int AWARD_SIZE = Integer.getInteger("benchmark.awardSize", 50);

    @Test
    void run() throws IOException {
        List<String> report = new ArrayList<>();
        report.add(BenchmarkReport.machineOnH2());
        try (ConfigurableApplicationContext app = BenchmarkReport.application("badges")) {
            BadgeService badges = app.getBean(BadgeService.class);
            PublicVerifier verifier = app.getBean(PublicVerifier.class);
            DirectoryService directory = app.getBean(DirectoryService.class);
            UserDetailsService users = app.getBean(UserDetailsService.class);
            SecurityContext director = ReferralBenchmark.contextOf(users, "direction@pepites.demo");
            SecurityContext coordinator = ReferralBenchmark.contextOf(users, "coordination@pepites.demo");

            SecurityContextHolder.setContext(director);
            List<Long> persons = new ArrayList<>();
            for (int i = 0; i < BADGES; i++) {
                PersonData p = new PersonData();
                p.setFirstName("Camille");
                p.setLastName("Banc" + i);
                p.setBirthDate(LocalDate.of(1990, 1, 1).plusDays(i));
                p.setCommuneCode("33063");
                p.setEmail("camille.banc" + i + "@exemple.fr");
                persons.add(directory.createPerson(p).getId());
            }
            SecurityContextHolder.setContext(coordinator);
            long network = badges.issuers().get(0).getId();
            long achievement = badges.saveAchievement(null, new AchievementData(network, BadgeKind.COMPETENCE,
                    "Banc d'essai", "Un badge du banc d'essai.", "Avoir été tiré au sort par le banc d'essai.", null,
                    24, true, true, List.of(Alignment.rome("K2304", "Revalorisation de produits industriels")),
                    Set.of(), null, null));
            // Warm-up: one award (JIT, the contexts' first parse, the key's creation).
            badges.award(new AwardRequest(achievement, persons.subList(0, 10), List.of(), "Échauffement", null));

            List<String> ids = new ArrayList<>();
            long start = System.nanoTime();
            for (int from = 0; from < BADGES; from += AWARD_SIZE) {
                ids.addAll(badges.award(new AwardRequest(achievement,
                        persons.subList(from, Math.min(BADGES, from + AWARD_SIZE)), List.of(),
                        "Banc d'essai, lot " + from / AWARD_SIZE, "https://pepites.example.fr/banc")));
            }
            double issueSeconds = (System.nanoTime() - start) / 1e9;
            report.add(String.format("Issued and signed: %d credentials in %.1f s, %.0f credentials/s (awards of %d, "
                    + "one transaction each: build, RDFC-1.0 canonicalization, Ed25519 signature, row, e-mail step "
                    + "job)", ids.size(), issueSeconds, ids.size() / issueSeconds, AWARD_SIZE));

            List<String> jsons = ids.stream().map(id -> badges.credentialJson(id).orElseThrow()).toList();
            start = System.nanoTime();
            int valid = 0;
            for (String json : jsons) {
                Verification v = verifier.verifyFile(json.getBytes(StandardCharsets.UTF_8));
                if (v.valid()) {
                    valid++;
                }
            }
            double verifySeconds = (System.nanoTime() - start) / 1e9;
            report.add(String.format("Verified: %d of %d valid in %.1f s, %.0f credentials/s (proof, dates, the "
                    + "key's signed status list read and its bit checked)", valid, jsons.size(), verifySeconds,
                    jsons.size() / verifySeconds));
            SecurityContextHolder.clearContext();
        }
        BenchmarkReport.publish("Badge benchmark", "badges-benchmark.txt", report);
    }
}
