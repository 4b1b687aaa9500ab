package fr.pepites.common;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.ui.PepitesI18NProvider;
import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void zeroAndOneTakeTheSingularAsInFrench() {
        assertThat(Plural.of(0, "jour", "jours")).isEqualTo("0 jour");
        assertThat(Plural.of(1, "participant", "participants")).isEqualTo("1 participant");
        assertThat(Plural.of(2, "compétence proposée", "compétences proposées")).isEqualTo("2 compétences proposées");
    }

    @Test
    void largeCountsAreWrittenAsFrenchWritesThem() {
        assertThat(Plural.of(7165, "point", "points")).matches("7[\\s\u00a0\u202f]165 points");
    }

    @Test
    void theMessagesOfTheScreensAgreeWithTheirCountsWithoutParentheses() {
        PepitesI18NProvider i18n = new PepitesI18NProvider();
        assertThat(i18n.getTranslation("mails.retried", PepitesI18NProvider.FRENCH, 1))
                .isEqualTo("1 e-mail remis en attente d’envoi.");
        assertThat(i18n.getTranslation("mails.retried", PepitesI18NProvider.FRENCH, 3))
                .isEqualTo("3 e-mails remis en attente d’envoi.");
        assertThat(i18n.getTranslation("exits.summary", PepitesI18NProvider.FRENCH, 1, "50 %", 2))
                .isEqualTo("1 sortie constatée, dont 50 % de sorties dynamiques ; 2 retraits.");
        assertThat(i18n.getTranslation("badges.issued.summary", PepitesI18NProvider.ENGLISH, 1, "a", "b"))
                .isEqualTo("1 badge — by kind: a — by issuer: b");
    }

    @Test
    void noMessageOfTheScreensCountsWithParentheses() throws Exception {
        for (String file : new String[] {"/i18n/messages.properties", "/i18n/messages_en.properties"}) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream(file),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            assertThat(messages.values()).as(file).noneMatch(v -> v.toString().matches("(?s).*\\w\\(e?s\\).*"));
        }
    }
}
