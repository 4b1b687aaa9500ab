package fr.pepites.matching;

import fr.pepites.reference.Position;
import fr.pepites.reference.RegionCommunes;
import fr.pepites.directory.SiaeKind;
import fr.pepites.reference.Licence;
import fr.pepites.reference.ReferenceFiles;
import fr.pepites.reference.ReferenceFiles.CommuneRecord;
import fr.pepites.vacancy.VacancyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Seeded, realistic Nouvelle-Aquitaine instances: people and SIAE on the region's communes that have their own
 * coordinates, drawn by population (so Bordeaux weighs more than a hamlet); jobs among the ROME codes that
 * SIAE actually offer; mobility, licences, eligibility and waiting drawn from plausible shares.
 */
final class MatchingInstanceGenerator {

    static final String NOUVELLE_AQUITAINE = RegionCommunes.NOUVELLE_AQUITAINE;
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 26);

    /** Insertion jobs SIAE commonly offer, with their ROME codes (all in the reference data). */
    private static final List<String> INSERTION_ROME = List.of("K2204", "K2303", "A1203", "A1201", "A1414", "N1103",
            "N1105", "N1101", "N4105", "G1603", "G1602", "F1703", "F1604", "H3302", "H2909", "K1304", "K1303",
            "D1106");
    private static final List<String> STAFF_ROME = List.of("K1203", "K1801", "K2111");
    private static final int[] RADII = {5, 10, 15, 20, 20, 25, 30, 30, 40, 50};

    private final RegionCommunes communes = new RegionCommunes(NOUVELLE_AQUITAINE);

    /** Positions of the region's communes by INSEE code, for turning an instance into a problem. */
    Map<String, Position> positions() {
        return communes.positions();
    }

    MatchingInstance generate(int people, int jobs, long seed) {
        Random random = new Random(seed);
        int siaeCount = Math.max(4, jobs / 8);
        List<String[]> siae = new ArrayList<>();
        for (int s = 0; s < siaeCount; s++) {
            siae.add(new String[] {"S" + (s + 1), commune(random).inseeCode(), siaeKind(random).name()});
        }
        List<MatchingInstance.Vacancy> vacancies = new ArrayList<>();
        for (int v = 0; v < jobs; v++) {
            String[] s = siae.get(random.nextInt(siaeCount));
            boolean staff = random.nextInt(10) == 0;
            String rome = staff ? pick(STAFF_ROME, random) : pick(INSERTION_ROME, random);
            List<Licence> licences = new ArrayList<>();
            if (random.nextInt(10) < 3) {
                licences.add(Licence.B);
            }
            if (rome.startsWith("N11") && random.nextInt(3) == 0) {
                licences.add(Licence.CACES);
            }
            // A third of the jobs are placed in another commune than the SIAE's seat (worksites, branches).
            String commune = random.nextInt(3) == 0 ? commune(random).inseeCode() : s[1];
            LocalDate start = random.nextInt(5) == 0 ? null : REFERENCE_DATE.plusDays(random.nextInt(90));
            vacancies.add(new MatchingInstance.Vacancy("V" + (v + 1), rome, s[0], "SIAE " + s[0],
                    SiaeKind.valueOf(s[2]), staff ? VacancyKind.STAFF : VacancyKind.INSERTION, rome, commune,
                    1 + random.nextInt(5), start, licences));
        }
        List<MatchingInstance.Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < people; c++) {
            boolean staff = random.nextInt(10) == 0;
            List<String> rome = new ArrayList<>();
            int wanted = 1 + random.nextInt(3);
            while (rome.size() < wanted) {
                String code = staff ? pick(STAFF_ROME, random) : pick(INSERTION_ROME, random);
                if (!rome.contains(code)) {
                    rome.add(code);
                }
            }
            List<Licence> licences = new ArrayList<>();
            if (random.nextInt(100) < 55) {
                licences.add(Licence.B);
            }
            if (random.nextInt(100) < 8) {
                licences.add(Licence.CACES);
            }
            List<String> refused = random.nextInt(10) == 0 ? List.of(siae.get(random.nextInt(siaeCount))[0])
                    : List.of();
            candidates.add(new MatchingInstance.Candidate("C" + (c + 1), commune(random).inseeCode(),
                    RADII[random.nextInt(RADII.length)], licences, REFERENCE_DATE.plusDays(random.nextInt(60)),
                    random.nextInt(120), staff ? VacancyKind.STAFF : VacancyKind.INSERTION, eligibility(random),
                    rome, refused));
        }
        return new MatchingInstance(MatchingInstance.FORMAT, REFERENCE_DATE, MatchingInstance.Settings.defaults(),
                candidates, vacancies);
    }

    /** 70 % hold a level-1 criterion (every kind), 20 % two level-2 criteria (AI and ETTI), 10 % not eligible. */
    private static List<SiaeKind> eligibility(Random random) {
        int draw = random.nextInt(10);
        if (draw < 7) {
            return List.of(SiaeKind.values());
        }
        return draw < 9 ? List.of(SiaeKind.AI, SiaeKind.ETTI) : List.of();
    }

    private static SiaeKind siaeKind(Random random) {
        int draw = random.nextInt(20);
        return draw < 9 ? SiaeKind.ACI : draw < 13 ? SiaeKind.EI : draw < 17 ? SiaeKind.AI
                : draw < 19 ? SiaeKind.ETTI : SiaeKind.EITI;
    }

    private CommuneRecord commune(Random random) {
        return communes.draw(random);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
