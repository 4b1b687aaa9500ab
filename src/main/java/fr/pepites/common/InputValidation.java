package fr.pepites.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Runs Bean Validation on an object and turns its violations into one {@link InvalidInputException}. */
@Component
public class InputValidation {

    private final Validator validator;

    InputValidation(Validator validator) {
        this.validator = validator;
    }

    public void check(Object candidate) {
        Map<String, String> errors = errors(candidate);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * The violations as field errors, without throwing: for a service that reports them together with its own checks.
     * Without groups, Bean Validation's default group.
     */
    public Map<String, String> errors(Object candidate, Class<?>... groups) {
        Set<ConstraintViolation<Object>> violations = validator.validate(candidate, groups);
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }
}
