package fr.pepites.directory;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SIRET number: 14 digits passing the Luhn check (see {@link SiretValidator}). */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SiretValidator.class)
public @interface Siret {

    String message() default "Le SIRET doit compter 14 chiffres et être valide (clé de contrôle incorrecte).";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
