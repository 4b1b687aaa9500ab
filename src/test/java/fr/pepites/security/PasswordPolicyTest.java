package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.common.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every new password is held to, each refusal in French at the field. */
class PasswordPolicyTest {

    private static final String EMAIL = "Claire.Dubois@exemple.fr";
    private static final String NAME = "Claire Dubois";

    private final PasswordPolicy policy = new PasswordPolicy(true, "decouverte-2026");

    @Test
    void aPassphraseOfItsOwnIsAccepted() {
        assertThatCode(() -> policy.check("velo rouge sous la pluie", "newPassword", EMAIL, NAME))
                .doesNotThrowAnyException();
    }

    @Test
    void aCharacterRepeatedIsRefused() {
        assertRefused("aaaaaaaaaa", "trop courant ou trop répétitif");
        assertRefused("abababababab", "trop courant ou trop répétitif");
    }

    @Test
    void aCommonPasswordIsRefusedWithDigitsOrSymbolsAddedOrNot() {
        assertRefused("azertyuiop", "trop courant");
        assertRefused("MotDePasse", "trop courant");
        assertRefused("soleil2026!", "trop courant");
        assertRefused("1234567890", "trop courant");
    }

    @Test
    void theBundledListHoldsAtLeastTenThousandPasswords() {
        // Entries 9,919 and 19,890 of the list (most common first).
        assertRefused("experienced", "trop courant");
        assertRefused("Supervisor", "trop courant");
    }

    @Test
    void theAccountsEmailItsLocalPartAndItsNameAreRefusedWhateverTheirCase() {
        assertRefused("claire.dubois@exemple.fr", "ni l'adresse e-mail ni le nom");
        assertRefused("CLAIRE.DUBOIS", "ni l'adresse e-mail ni le nom");
        assertRefused("Claire Dubois 2026", "ni l'adresse e-mail ni le nom");
        assertRefused("dubois-claire", "ni l'adresse e-mail ni le nom");
        assertRefused("Cláire_Dubois", "ni l'adresse e-mail ni le nom");
    }

    @Test
    void thePlatformsNameWithDigitsAddedIsRefused() {
        assertRefused("pepites2026", "ni celui de la plateforme");
        assertRefused("PÉPITES-2026!", "ni celui de la plateforme");
    }

    @Test
    void moreThan72BytesIsRefusedAtTheFieldNotByBcrypt() {
        String seventyBytes = "éàèùç".repeat(7);
        assertThatCode(() -> policy.check(seventyBytes + "ô", "newPassword", EMAIL, NAME)).doesNotThrowAnyException();
        assertRefused(seventyBytes + "ôô", "72 octets");
        assertRefused("une phrase bien trop longue pour bcrypt qui ne lit que les 72 premiers octets", "72 octets");
    }

    @Test
    void tenCharactersAtLeast() {
        assertRefused("k7#pQ2!x", "au moins 10 caractères");
        assertRefused(null, "au moins 10 caractères");
    }

    private void assertRefused(String password, String message) {
        assertThatThrownBy(() -> policy.check(password, "newPassword", EMAIL, NAME)).as(password)
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("newPassword")).contains(message));
    }

    @Test
    void theDemosPublishedPasswordIsRefusedOnAnInstanceWithoutTheDemo() {
        PasswordPolicy production = new PasswordPolicy(false, "decouverte-2026");
        assertThat(production.refusal("Decouverte-2026", "a@b.fr", "Ana Lopez")).hasValueSatisfying(
                m -> assertThat(m).contains("comptes de démonstration"));
        assertThat(policy.refusal("decouverte-2026", "a@b.fr", "Ana Lopez")).isEmpty();
    }

    @Test
    void invisibleCharactersSpacesAndSymbolsDoNotDisguiseAWeakPassword() {
        for (String weak : List.of(" \t\u00a0\u2003\u3000 \t\u00a0\u2003\u3000", "1234567890!", "azerty\u00aduiop",
                "zzzzz\u200b\u200c\u200d\u2060\u2061", "1234567890\u200b")) {
            assertThat(policy.refusal(weak, "a@b.fr", "Ana Lopez")).as("« %s »", weak).isPresent();
        }
        assertThat(policy.refusal("le vélo du matin sous la pluie", "a@b.fr", "Ana Lopez")).isEmpty();
        PasswordPolicy production = new PasswordPolicy(false, "decouverte-2026");
        for (String demo : List.of("decouverte-2026!", " decouverte-2026", "Decouverte2026")) {
            assertThat(production.refusal(demo, "a@b.fr", "Ana Lopez")).as(demo).isPresent();
        }
    }
}
