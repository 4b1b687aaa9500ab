package fr.pepites.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiretValidatorTest {

    @Test
    void acceptsARealSiretPassingTheLuhnCheck() {
        // SIRET of the head office of INSEE
        assertThat(SiretValidator.isValidSiret("12000101100010")).isTrue();
    }

    @Test
    void refusesAWrongCheckDigit() {
        assertThat(SiretValidator.isValidSiret("12000101100011")).isFalse();
    }

    @Test
    void refusesWrongLengthOrLetters() {
        assertThat(SiretValidator.isValidSiret("1200010110001")).isFalse();
        assertThat(SiretValidator.isValidSiret("120001011000100")).isFalse();
        assertThat(SiretValidator.isValidSiret("1200010110001A")).isFalse();
        assertThat(SiretValidator.isValidSiret(null)).isFalse();
    }

    @Test
    void laPosteEstablishmentsAreCheckedBySumOfDigitsModuloFive() {
        // 3+5+6+1+2+3 = 20: a multiple of 5, while its Luhn sum is not a multiple of 10.
        assertThat(SiretValidator.isValidSiret("35600000000123")).isTrue();
        assertThat(SiretValidator.isValidSiret("35600000000124")).isFalse();
    }

    @Test
    void completesThirteenDigitsWithTheirCheckDigit() {
        String siret = SiretValidator.withCheckDigit("9000001010001");
        assertThat(siret).hasSize(14).startsWith("9000001010001");
        assertThat(SiretValidator.isValidSiret(siret)).isTrue();
    }
}
