package fr.pepites.common.files;

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
import java.util.stream.Collectors;

/**
 * Reading and writing the JSON files of the solvers' command lines (matching, twinnings): a file that cannot be used
 * is refused with every fault found, each with its line and field ("ligne 12, vacancies[3].seats : doit être au
 * moins 1"), in French.
 */
public final class JsonFiles {

    private static final int MAX_FAULTS = 50;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private JsonFiles() {
    }

    /** Reads one top-level field's value, the parser on its first token; false for a field the file must not have. */
    @FunctionalInterface
    public interface FieldReader {
        boolean read(String field, JsonParser parser) throws IOException;
    }

    /** Called with each element of a list read, with where it was and its path (e.g. "vacancies[3]"). */
    @FunctionalInterface
    public interface ElementHandler<T> {
        void accept(T element, Located<T> where, String path);
    }

    /** Reads a file's top-level object field by field; malformed JSON and unknown fields are faults. */
    public static void readObject(Reader in, Faults faults, FieldReader fields) {
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InstanceFileException(List.of("ligne 1 : le fichier doit être un objet JSON"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!fields.read(field, parser)) {
                    faults.add(line(parser.currentTokenLocation()), field, "champ inconnu");
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            faults.add(line(e.getLocation()), "", "JSON mal formé : " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a list of values of one type, each checked by the handler; a value that is not of the type is a fault. */
    public static <T> void readArray(JsonParser parser, String field, Faults faults, Class<T> type,
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
    public record Located<T>(T value, int line, Map<String, Integer> fieldLines) {

        public int lineOf(String field) {
            return fieldLines.getOrDefault(field, line);
        }
    }

    /**
     * One value, or null with the fault recorded at the line of the field at fault; the parser is left on the
     * value's last token either way.
     */
    public static <T> Located<T> element(JsonParser parser, Class<T> type, String path, Faults faults)
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

    public static int line(JsonLocation location) {
        return location == null ? 0 : location.getLineNr();
    }

    public static void write(Object value, Writer out) {
        try {
            JSON.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- Checks shared by the files ---------------------------------------------------------------------------

    public static void required(Object value, Located<?> where, String path, String field, Faults faults) {
        if (value == null || value instanceof String s && s.isBlank()) {
            faults.add(where.lineOf(field), path + "." + field, "obligatoire");
        }
    }

    public static void commune(String code, Located<?> where, String path, Predicate<String> knownCommune,
            Faults faults) {
        if (code == null || code.isBlank()) {
            faults.add(where.lineOf("commune"), path + ".commune", "obligatoire (code INSEE)");
        } else if (!knownCommune.test(code)) {
            faults.add(where.lineOf("commune"), path + ".commune", "commune inconnue « " + code
                    + " » (code INSEE attendu)");
        }
    }

    public static void checkUnique(List<String> ids, String path, Faults faults) {
        Set<String> seen = new HashSet<>();
        ids.stream().filter(id -> id != null && !seen.add(id)).distinct()
                .forEach(id -> faults.add(0, path, "identifiant en double « " + id + " »"));
    }

    /** The faults found so far, each "ligne L, champ : raison". */
    public static final class Faults {
        private final List<String> list = new ArrayList<>();

        public void add(int line, String path, String reason) {
            if (list.size() < MAX_FAULTS) {
                String where = line > 0 ? "ligne " + line : "fichier";
                list.add(where + (path.isEmpty() ? "" : ", " + path) + " : " + reason);
            }
        }

        public void throwIfAny() {
            if (!list.isEmpty()) {
                throw new InstanceFileException(list);
            }
        }
    }
}
