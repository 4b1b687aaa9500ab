package fr.pepites.security;

import fr.pepites.common.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set (an owner's own in "Mon compte", one an administrator gives, the
 * first administrator's, the demo's): at least {@value #MIN_LENGTH} characters; at most {@value #MAX_BYTES} bytes in
 * UTF-8, all that BCrypt reads (it refuses more); not one of the 20,000 most common passwords
 * ({@code security/common-passwords.txt}, see {@code docs/data-sources.md}), nor one with digits or symbols merely
 * added before or after; not a few characters repeated; not the account's e-mail address, its local part, its
 * owner's name or the platform's, whatever the case, accents and separators; not the demo's published password
 * on an instance without the demo.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final int MIN_DIFFERENT_CHARACTERS = 5;
    private static final String COMMON_PASSWORDS = "security/common-passwords.txt";
    /** The first word anyone tries on this platform ("pepites2026"). */
    private static final String PLATFORM = "pepites";

    private final Set<String> common;
    /** The demo accounts' password, published in the README: refused on an instance without the demo. */
    private final Optional<String> published;

    PasswordPolicy(@Value("${pepites.demo.enabled}") boolean demo,
            @Value("${pepites.demo.password}") String demoPassword) {
        this.common = load(COMMON_PASSWORDS);
        this.published = demo || demoPassword == null ? Optional.empty() : Optional.of(demoPassword);
    }

    /**
     * Refuses the password, at {@code field}, if it breaks a rule; {@code email} and {@code fullName} are the
     * account's.
     */
    public void check(String password, String field, String email, String fullName) {
        refusal(password, email, fullName).ifPresent(message -> {
            throw InvalidInputException.of(field, message);
        });
    }

    /** Why the password is refused, if it breaks a rule: for a form that reports all its errors at once. */
    public Optional<String> refusal(String password, String email, String fullName) {
        // Invisible characters (zero widths, soft hyphens) count for nothing: "azerty\u00aduiop" is "azertyuiop".
        String visible = password == null ? "" : password.replaceAll("\\p{Cf}", "");
        if (visible.codePointCount(0, visible.length()) < MIN_LENGTH) {
            return Optional.of("Le mot de passe doit compter au moins " + MIN_LENGTH + " caractères.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Le mot de passe ne peut dépasser " + MAX_BYTES + " octets : " + MAX_BYTES
                    + " caractères sans accent, moins s'il compte des accents ou des symboles.");
        }
        if (isCommon(visible)) {
            return Optional.of("Ce mot de passe est trop courant ou trop répétitif : choisissez-en un autre, par "
                    + "exemple une phrase de quelques mots.");
        }
        if (published.filter(demo -> lettersAndDigits(demo).equals(lettersAndDigits(visible))).isPresent()) {
            return Optional.of("Ce mot de passe est celui des comptes de démonstration, publié dans la "
                    + "documentation : choisissez-en un autre.");
        }
        if (isPersonal(visible, email, fullName)) {
            return Optional.of("Le mot de passe ne doit reprendre ni l'adresse e-mail ni le nom du compte, ni celui "
                    + "de la plateforme.");
        }
        return Optional.empty();
    }

    /**
     * Too few different characters that show (spaces aside), one of the common passwords, or one with symbols, or
     * digits after letters, added before or after.
     */
    private boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return password.replaceAll("[\\s\\p{Z}]", "").codePoints().distinct().count() < MIN_DIFFERENT_CHARACTERS
                || common.contains(lower)
                || common.contains(lower.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                || common.contains(lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""));
    }

    private static boolean isPersonal(String password, String email, String fullName) {
        String typed = lettersAndDigits(password);
        String core = typed.replaceAll("^\\d+|\\d+$", "");
        return personalWords(email, fullName).anyMatch(word -> word.equals(typed) || word.equals(core));
    }

    /** The e-mail, its local part, the name in both orders of its words, the platform's: reduced as the password is. */
    private static Stream<String> personalWords(String email, String fullName) {
        String address = email == null ? "" : email.trim();
        int at = address.indexOf('@');
        String name = fullName == null ? "" : fullName.trim();
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        Collections.reverse(words);
        String reversed = String.join(" ", words);
        return Stream.of(address, at < 0 ? address : address.substring(0, at), name, reversed, PLATFORM)
                .map(PasswordPolicy::lettersAndDigits)
                .filter(word -> !word.isEmpty());
    }

    /** Lower-case letters and digits only, accents removed: "Jean-Rémi.Dupont" and "jeanremidupont" are one. */
    private static String lettersAndDigits(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Liste des mots de passe courants illisible : " + resource, e);
        }
        return passwords;
    }
}
