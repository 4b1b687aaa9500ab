package fr.pepites.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/**
 * The platform's public address (issue 28, point 3): the configured one, else the one the server really listens on;
 * in production (the postgres profile) nothing is signed until one is configured, and the start says so.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTest {

    /** A server started with server.port=8181 (SERVER_PORT, PORT), listening there. */
    private static MockEnvironment listeningOn8181(String... profiles) {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "8181")
                .withProperty("local.server.port", "8181");
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void withoutAConfiguredAddressItIsTheOneTheServerListensOn() {
        assertThat(new PublicAddress("", listeningOn8181()).forCredentials()).isEqualTo("http://localhost:8181");
        // server.port=0: the port the server was given, once it listens.
        MockEnvironment random = new MockEnvironment().withProperty("server.port", "0")
                .withProperty("local.server.port", "41234");
        assertThat(new PublicAddress(null, random).url()).isEqualTo("http://localhost:41234");
    }

    @Test
    void theConfiguredAddressIsUsedWithoutItsFinalSlash() {
        PublicAddress address = new PublicAddress(" https://pepites.example.fr/ ", listeningOn8181("postgres"));

        assertThat(address.url()).isEqualTo("https://pepites.example.fr");
        assertThat(address.forCredentials()).isEqualTo("https://pepites.example.fr");
    }

    @Test
    void inProductionNothingIsSignedUntilTheAddressIsConfiguredAndTheStartSaysSo(CapturedOutput log) {
        PublicAddress address = new PublicAddress("", listeningOn8181("postgres"));

        assertThat(log.getOut()).contains("WARN").contains("Adresse publique non configurée")
                .contains("PEPITES_BASE_URL");
        assertThat(address.signsCredentials()).isFalse();
        assertThatThrownBy(address::forCredentials).isInstanceOf(InvalidInputException.class)
                .hasMessage("Les badges ne peuvent être délivrés tant que l'adresse publique de la plateforme n'est "
                        + "pas configurée (PEPITES_BASE_URL) : prévenez l'administrateur.");
        // E-mails still leave, with the address the server listens on.
        assertThat(address.url()).isEqualTo("http://localhost:8181");
    }

    @Test
    void anAddressThatIsNotAWebAddressStopsTheStart() {
        assertThatThrownBy(() -> new PublicAddress("pepites.example.fr", listeningOn8181()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PEPITES_BASE_URL");
    }
}
