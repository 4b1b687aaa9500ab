package fr.pepites.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A person's birth date: in the past, and of someone the sector follows ({@link InputBounds}, 15 to 80 years old). */
@Documented
@Constraint(validatedBy = BirthDate.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BirthDate {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Tells the bound that failed, with its dates; a missing date is for {@code @NotNull}. */
    class Check implements ConstraintValidator<BirthDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return InputBounds.birthDateRefusal(value, LocalDate.now()).map(refusal -> {
                // The refusal holds digits and words only, none of the template's {} or $.
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(refusal).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
