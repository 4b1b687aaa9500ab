package fr.pepites.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Raised by a service when a user's input cannot be accepted. Carries a French message per field so that a
 * form can show each one next to its field; nothing has been written when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(fieldErrors.entrySet().stream()
                .map(e -> e.getValue())
                .collect(Collectors.joining(" ")));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** Field name to French message; the key is empty for an error that concerns no single field. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public String messageFor(String field) {
        return fieldErrors.get(field);
    }
}
