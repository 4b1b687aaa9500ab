package fr.pepites.directory;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks SIRET numbers: 14 digits whose Luhn sum is a multiple of 10. */
public class SiretValidator implements ConstraintValidator<Siret, String> {

    /** SIREN of La Poste, whose establishments' SIRET are checked by the plain sum of digits modulo 5. */
    private static final String LA_POSTE_SIREN = "356000000";

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        // Emptiness is @NotBlank's business.
        return value == null || value.isBlank() || isValidSiret(value);
    }

    public static boolean isValidSiret(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhnSum(siret) % 10 == 0;
    }

    /** The 14-digit SIRET that completes 13 digits with their Luhn check digit. */
    public static String withCheckDigit(String first13Digits) {
        int sum = luhnSum(first13Digits + "0");
        return first13Digits + (10 - sum % 10) % 10;
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }
}
