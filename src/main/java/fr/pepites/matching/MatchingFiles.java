package fr.pepites.matching;

import fr.pepites.workbench.ScoreWords;
import fr.pepites.common.files.JsonFiles;
import fr.pepites.common.files.JsonFiles.Faults;
import fr.pepites.common.files.JsonFiles.Located;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and writes the JSON files of {@code docs/matching.md}: instances, and assignments with their score. A file
 * that cannot be used is refused with every fault found, each with its line and field.
 */
public final class MatchingFiles {

    private static final Pattern ROME_CODE = Pattern.compile("[A-N]\\d{4}");

    private MatchingFiles() {
    }

    /** An assignment: for each person (by id), the vacancy proposed (by id), or null. */
    public record Assignment(String candidate, String vacancy) {
    }

    /** What {@code solve} writes and {@code score} reads (only {@code assignments} is needed to score). */
    public record AssignmentFile(String score, Long hard, Long soft, Long matched, List<ConstraintScore> constraints,
            List<Assignment> assignments) {
    }

    /** One constraint's part of a score, and how many times it matched. */
    public record ConstraintScore(String name, long hard, long soft, int matches) {
    }

    // --- Instances -----------------------------------------------------------------------------------------

    /** The most people an instance may hold (docs/matching.md): twice the national scale the benchmark solves. */
    public static final int MAX_CANDIDATES = 200_000;
    /** The most vacancies an instance may hold (docs/matching.md). */
    public static final int MAX_VACANCIES = 50_000;

    public static MatchingInstance readInstance(Reader in, Predicate<String> knownCommune) {
        Faults faults = new Faults();
        String format = null;
        LocalDate referenceDate = null;
        MatchingInstance.Settings settings = MatchingInstance.Settings.defaults();
        List<MatchingInstance.Candidate> candidates = new ArrayList<>();
        List<MatchingInstance.Vacancy> vacancies = new ArrayList<>();
        String[] formatRead = new String[1];
        LocalDate[] dateRead = new LocalDate[1];
        MatchingInstance.Settings[] settingsRead = {settings};
        long[] beyond = new long[2];
        JsonFiles.readObject(in, faults, (field, parser) -> {
            switch (field) {
                case "format" -> formatRead[0] = parser.getValueAsString();
                case "referenceDate" -> {
                    Located<LocalDate> read = JsonFiles.element(parser, LocalDate.class, field, faults);
                    dateRead[0] = read == null ? null : read.value();
                }
                case "settings" -> {
                    Located<MatchingInstance.Settings> read =
                            JsonFiles.element(parser, MatchingInstance.Settings.class, field, faults);
                    if (read != null) {
                        settingsRead[0] = read.value();
                        checkSettings(read, faults);
                    }
                }
                case "candidates" -> JsonFiles.readArray(parser, field, faults, MatchingInstance.Candidate.class,
                        (c, where, path) -> {
                            if (candidates.size() < MAX_CANDIDATES) {
                                checkCandidate(c, where, path, knownCommune, faults);
                                candidates.add(c);
                            } else {
                                beyond[0]++;
                            }
                        });
                case "vacancies" -> JsonFiles.readArray(parser, field, faults, MatchingInstance.Vacancy.class,
                        (v, where, path) -> {
                            if (vacancies.size() < MAX_VACANCIES) {
                                checkVacancy(v, where, path, knownCommune, faults);
                                vacancies.add(v);
                            } else {
                                beyond[1]++;
                            }
                        });
                default -> {
                    return false;
                }
            }
            return true;
        });
        format = formatRead[0];
        referenceDate = dateRead[0];
        settings = settingsRead[0];
        if (format == null || !format.equals(MatchingInstance.FORMAT)) {
            faults.add(1, "format", "doit valoir « " + MatchingInstance.FORMAT + " »");
        }
        if (beyond[0] > 0) {
            faults.add(0, "candidates", "au plus " + ScoreWords.number(MAX_CANDIDATES) + " personnes par instance : "
                    + ScoreWords.number(MAX_CANDIDATES + beyond[0]) + " dans ce fichier");
        }
        if (beyond[1] > 0) {
            faults.add(0, "vacancies", "au plus " + ScoreWords.number(MAX_VACANCIES) + " fiches de poste par instance"
                    + " : " + ScoreWords.number(MAX_VACANCIES + beyond[1]) + " dans ce fichier");
        }
        JsonFiles.checkUnique(candidates.stream().map(MatchingInstance.Candidate::id).toList(), "candidates", faults);
        JsonFiles.checkUnique(vacancies.stream().map(MatchingInstance.Vacancy::id).toList(), "vacancies", faults);
        faults.throwIfAny();
        return new MatchingInstance(MatchingInstance.FORMAT, referenceDate, settings, candidates, vacancies);
    }

    public static void writeInstance(MatchingInstance instance, Writer out) {
        JsonFiles.write(instance, out);
    }

    // --- Assignments ---------------------------------------------------------------------------------------

    /** Reads an assignment file; each person and vacancy named must exist in the instance. */
    public static List<Assignment> readAssignments(Reader in, MatchingInstance instance) {
        Faults faults = new Faults();
        Set<String> people = instance.candidates().stream().map(MatchingInstance.Candidate::id)
                .collect(Collectors.toSet());
        Set<String> jobs = instance.vacancies().stream().map(MatchingInstance.Vacancy::id).collect(Collectors.toSet());
        List<Assignment> assignments = new ArrayList<>();
        JsonFiles.readObject(in, faults, (field, parser) -> {
            if (field.equals("assignments")) {
                JsonFiles.readArray(parser, field, faults, Assignment.class, (a, where, path) -> {
                    if (a.candidate() == null || !people.contains(a.candidate())) {
                        faults.add(where.lineOf("candidate"), path + ".candidate", "personne absente de "
                                + "l'instance « " + a.candidate() + " »");
                    }
                    if (a.vacancy() != null && !jobs.contains(a.vacancy())) {
                        faults.add(where.lineOf("vacancy"), path + ".vacancy", "poste absent de l'instance « "
                                + a.vacancy() + " »");
                    }
                    assignments.add(a);
                });
            } else {
                parser.skipChildren();
            }
            return true;
        });
        JsonFiles.checkUnique(assignments.stream().map(Assignment::candidate).toList(), "assignments", faults);
        faults.throwIfAny();
        return assignments;
    }

    public static void writeAssignments(AssignmentFile file, Writer out) {
        JsonFiles.write(file, out);
    }

    // --- Checks --------------------------------------------------------------------------------------------

    private static void checkSettings(Located<MatchingInstance.Settings> where, Faults faults) {
        MatchingInstance.Settings s = where.value();
        if (s.availabilityToleranceDays() < 0) {
            faults.add(where.lineOf("availabilityToleranceDays"), "settings.availabilityToleranceDays",
                    "doit être positif ou nul");
        }
        int line = where.lineOf("weights");
        s.weights().forEach((name, points) -> {
            if (!MatchingWeights.softConstraints().contains(name)) {
                faults.add(line, "settings.weights", "contrainte inconnue « " + name + " » (possibles : "
                        + String.join(", ", MatchingWeights.softConstraints()) + ")");
            } else if (points == null || points < 0) {
                faults.add(line, "settings.weights." + name, "doit être un nombre positif ou nul");
            }
        });
    }

    private static void checkCandidate(MatchingInstance.Candidate c, Located<?> where, String path,
            Predicate<String> knownCommune, Faults faults) {
        JsonFiles.required(c.id(), where, path, "id", faults);
        JsonFiles.commune(c.commune(), where, path, knownCommune, faults);
        if (c.radiusKm() < 0 || c.radiusKm() > 200) {
            faults.add(where.lineOf("radiusKm"), path + ".radiusKm", "doit être entre 0 et 200 km (" + c.radiusKm()
                    + ")");
        }
        JsonFiles.required(c.availableFrom(), where, path, "availableFrom", faults);
        if (c.waitingDays() < 0) {
            faults.add(where.lineOf("waitingDays"), path + ".waitingDays", "doit être positif ou nul ("
                    + c.waitingDays() + ")");
        }
        JsonFiles.required(c.goal(), where, path, "goal", faults);
        if (c.romeCodes() != null) {
            c.romeCodes().forEach(code -> romeCode(code, where, path, "romeCodes", faults));
        }
    }

    private static void checkVacancy(MatchingInstance.Vacancy v, Located<?> where, String path,
            Predicate<String> knownCommune, Faults faults) {
        JsonFiles.required(v.id(), where, path, "id", faults);
        JsonFiles.required(v.siae(), where, path, "siae", faults);
        JsonFiles.required(v.siaeKind(), where, path, "siaeKind", faults);
        JsonFiles.required(v.kind(), where, path, "kind", faults);
        romeCode(v.romeCode(), where, path, "romeCode", faults);
        JsonFiles.commune(v.commune(), where, path, knownCommune, faults);
        if (v.seats() < 1) {
            faults.add(where.lineOf("seats"), path + ".seats", "doit être au moins 1 (" + v.seats() + ")");
        }
    }



    private static void romeCode(String code, Located<?> where, String path, String field, Faults faults) {
        if (code == null || !ROME_CODE.matcher(code).matches()) {
            faults.add(where.lineOf(field), path + "." + field, "code ROME invalide « " + code
                    + " » (une lettre et quatre chiffres)");
        }
    }


    /** For the application's own use: the soft weights as a file's settings hold them. */
    static Map<String, Long> weightsOf(MatchingWeights weights) {
        return MatchingWeights.softConstraints().stream()
                .collect(Collectors.toMap(name -> name, weights::softWeight));
    }
}
