package fr.pepites.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailRefusalTest {

    @Test
    void aServerThatIsDownIsUnreachableThoughItsMessageNamesATimeout() {
        assertThat(MailRefusal.of("Mail server connection failed. Failed messages: "
                + "org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 3025;"
                + " timeout -1")).isEqualTo(MailRefusal.UNREACHABLE);
    }

    @Test
    void eachRefusalIsNamedAndNothingBeforeTheFirst() {
        assertThat(MailRefusal.of("Read timed out")).isEqualTo(MailRefusal.TIMEOUT);
        assertThat(MailRefusal.of("535 5.7.8 Authentication credentials invalid"))
                .isEqualTo(MailRefusal.AUTHENTICATION);
        assertThat(MailRefusal.of("550 5.1.1 Invalid Addresses")).isEqualTo(MailRefusal.ADDRESS);
        assertThat(MailRefusal.of("451 try later")).isEqualTo(MailRefusal.OTHER);
        assertThat(MailRefusal.of(null)).isNull();
    }
}
