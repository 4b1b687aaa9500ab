package fr.pepites.matching;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
    private static final int MAX_FAULTS = 50;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

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

    public static MatchingInstance readInstance(Reader in, Predicate<String> knownCommune) {
        Faults faults = new Faults();
        String format = null;
        LocalDate referenceDate = null;
        MatchingInstance.Settings settings = MatchingInstance.Settings.defaults();
        List<MatchingInstance.Candidate> candidates = new ArrayList<>();
        List<MatchingInstance.Vacancy> vacancies = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(in)) {
            expect(parser, JsonToken.START_OBJECT, "le fichier doit être un objet JSON");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "format" -> format = parser.getValueAsString();
                    case "referenceDate" -> {
                        Located<LocalDate> read = element(parser, LocalDate.class, field, faults);
                        referenceDate = read == null ? null : read.value();
                    }
                    case "settings" -> {
                        Located<MatchingInstance.Settings> read =
                                element(parser, MatchingInstance.Settings.class, field, faults);
                        if (read != null) {
                            settings = read.value();
                            checkSettings(read, faults);
                        }
                    }
                    case "candidates" -> readArray(parser, field, faults, MatchingInstance.Candidate.class,
                            (c, where, path) -> {
                                checkCandidate(c, where, path, knownCommune, faults);
                                candidates.add(c);
                            });
                    case "vacancies" -> readArray(parser, field, faults, MatchingInstance.Vacancy.class,
                            (v, where, path) -> {
                                checkVacancy(v, where, path, knownCommune, faults);
                                vacancies.add(v);
                            });
                    default -> {
                        faults.add(line(parser.currentTokenLocation()), field, "champ inconnu");
                        parser.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            faults.add(line(e.getLocation()), "", "JSON mal formé : " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (format == null || !format.equals(MatchingInstance.FORMAT)) {
            faults.add(1, "format", "doit valoir « " + MatchingInstance.FORMAT + " »");
        }
        checkUnique(candidates.stream().map(MatchingInstance.Candidate::id).toList(), "candidates", faults);
        checkUnique(vacancies.stream().map(MatchingInstance.Vacancy::id).toList(), "vacancies", faults);
        faults.throwIfAny();
        return new MatchingInstance(MatchingInstance.FORMAT, referenceDate, settings, candidates, vacancies);
    }

    public static void writeInstance(MatchingInstance instance, Writer out) {
        write(instance, out);
    }

    // --- Assignments ---------------------------------------------------------------------------------------

    /** Reads an assignment file; each person and vacancy named must exist in the instance. */
    public static List<Assignment> readAssignments(Reader in, MatchingInstance instance) {
        Faults faults = new Faults();
        Set<String> people = instance.candidates().stream().map(MatchingInstance.Candidate::id)
                .collect(Collectors.toSet());
        Set<String> jobs = instance.vacancies().stream().map(MatchingInstance.Vacancy::id).collect(Collectors.toSet());
        List<Assignment> assignments = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(in)) {
            expect(parser, JsonToken.START_OBJECT, "le fichier doit être un objet JSON");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("assignments")) {
                    readArray(parser, field, faults, Assignment.class, (a, where, path) -> {
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
            }
        } catch (JsonProcessingException e) {
            faults.add(line(e.getLocation()), "", "JSON mal formé : " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkUnique(assignments.stream().map(Assignment::candidate).toList(), "assignments", faults);
        faults.throwIfAny();
        return assignments;
    }

    public static void writeAssignments(AssignmentFile file, Writer out) {
        write(file, out);
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
        required(c.id(), where, path, "id", faults);
        commune(c.commune(), where, path, knownCommune, faults);
        if (c.radiusKm() < 0 || c.radiusKm() > 200) {
            faults.add(where.lineOf("radiusKm"), path + ".radiusKm", "doit être entre 0 et 200 km (" + c.radiusKm()
                    + ")");
        }
        required(c.availableFrom(), where, path, "availableFrom", faults);
        if (c.waitingDays() < 0) {
            faults.add(where.lineOf("waitingDays"), path + ".waitingDays", "doit être positif ou nul ("
                    + c.waitingDays() + ")");
        }
        required(c.goal(), where, path, "goal", faults);
        if (c.romeCodes() != null) {
            c.romeCodes().forEach(code -> romeCode(code, where, path, "romeCodes", faults));
        }
    }

    private static void checkVacancy(MatchingInstance.Vacancy v, Located<?> where, String path,
            Predicate<String> knownCommune, Faults faults) {
        required(v.id(), where, path, "id", faults);
        required(v.siae(), where, path, "siae", faults);
        required(v.siaeKind(), where, path, "siaeKind", faults);
        required(v.kind(), where, path, "kind", faults);
        romeCode(v.romeCode(), where, path, "romeCode", faults);
        commune(v.commune(), where, path, knownCommune, faults);
        if (v.seats() < 1) {
            faults.add(where.lineOf("seats"), path + ".seats", "doit être au moins 1 (" + v.seats() + ")");
        }
    }

    private static void required(Object value, Located<?> where, String path, String field, Faults faults) {
        if (value == null || value instanceof String s && s.isBlank()) {
            faults.add(where.lineOf(field), path + "." + field, "obligatoire");
        }
    }

    private static void commune(String code, Located<?> where, String path, Predicate<String> knownCommune,
            Faults faults) {
        if (code == null || code.isBlank()) {
            faults.add(where.lineOf("commune"), path + ".commune", "obligatoire (code INSEE)");
        } else if (!knownCommune.test(code)) {
            faults.add(where.lineOf("commune"), path + ".commune", "commune inconnue « " + code
                    + " » (code INSEE attendu)");
        }
    }

    private static void romeCode(String code, Located<?> where, String path, String field, Faults faults) {
        if (code == null || !ROME_CODE.matcher(code).matches()) {
            faults.add(where.lineOf(field), path + "." + field, "code ROME invalide « " + code
                    + " » (une lettre et quatre chiffres)");
        }
    }

    private static void checkUnique(List<String> ids, String path, Faults faults) {
        Set<String> seen = new HashSet<>();
        ids.stream().filter(id -> id != null && !seen.add(id)).distinct()
                .forEach(id -> faults.add(0, path, "identifiant en double « " + id + " »"));
    }

    // --- Parsing -------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface ElementHandler<T> {
        void accept(T element, Located<T> where, String path);
    }

    private static <T> void readArray(JsonParser parser, String field, Faults faults, Class<T> type,
            ElementHandler<T> handler) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            faults.add(line(parser.currentTokenLocation()), field, "doit être une liste");
            parser.skipChildren();
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String path = field + "[" + index++ + "]";
            Located<T> element = element(parser, type, path, faults);
            if (element != null) {
                handler.accept(element.value(), element, path);
            }
        }
    }

    /** A value read from the file, with the line it starts on and the line of each of its fields. */
    private record Located<T>(T value, int line, Map<String, Integer> fieldLines) {

        int lineOf(String field) {
            return fieldLines.getOrDefault(field, line);
        }
    }

    /**
     * One value, or null with the fault recorded at the line of the field at fault; the parser is left on the
     * value's last token either way.
     */
    private static <T> Located<T> element(JsonParser parser, Class<T> type, String path, Faults faults)
            throws IOException {
        int line = line(parser.currentTokenLocation());
        Map<String, Integer> fieldLines = new HashMap<>();
        TokenBuffer buffer = new TokenBuffer(parser);
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (token == JsonToken.FIELD_NAME && depth == 1) {
                    fieldLines.put(parser.currentName(), line(parser.currentTokenLocation()));
                }
                buffer.copyCurrentEvent(parser);
            } while (depth > 0 && parser.nextToken() != null);
        } else {
            buffer.copyCurrentStructure(parser);
        }
        Located<T> located = new Located<>(null, line, fieldLines);
        try (JsonParser copy = buffer.asParser(JSON)) {
            copy.nextToken();
            return new Located<>(JSON.readValue(copy, type), line, fieldLines);
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "" : String.valueOf(e.getPath().get(0).getFieldName());
            faults.add(located.lineOf(field), path + fieldPath(e), reason(e));
            return null;
        }
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
        }
        return path.toString();
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "champ inconnu";
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                return "valeur inconnue « " + f.getValue() + " » (possibles : "
                        + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                                .collect(Collectors.joining(", ")) + ")";
            }
            if (target == LocalDate.class) {
                return "date invalide « " + f.getValue() + " » (AAAA-MM-JJ attendu)";
            }
            return "valeur invalide « " + f.getValue() + " »";
        }
        if (e.getOriginalMessage().startsWith("Cannot map `null`")) {
            return "obligatoire";
        }
        return "valeur invalide : " + e.getOriginalMessage();
    }

    private static void expect(JsonParser parser, JsonToken token, String message) throws IOException {
        if (parser.nextToken() != token) {
            throw new InstanceFileException(List.of("ligne 1 : " + message));
        }
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    private static void write(Object value, Writer out) {
        try {
            JSON.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The faults found so far, each "ligne L, champ : raison". */
    private static final class Faults {
        private final List<String> list = new ArrayList<>();

        void add(int line, String path, String reason) {
            if (list.size() < MAX_FAULTS) {
                String where = line > 0 ? "ligne " + line : "fichier";
                list.add(where + (path.isEmpty() ? "" : ", " + path) + " : " + reason);
            }
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                throw new InstanceFileException(list);
            }
        }
    }

    /** For the application's own use: the soft weights as a file's settings hold them. */
    static Map<String, Long> weightsOf(MatchingWeights weights) {
        return MatchingWeights.softConstraints().stream()
                .collect(Collectors.toMap(name -> name, weights::softWeight));
    }
}
