package fr.pepites.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's data export on request (RGPD right of access): one file with their form, their file's journal and each
 * feature's part — referrals, parcours with the PASS IAE and the badges proposed, twinnings, badges. Administrators
 * only; the export itself is written in the journal.
 */
@PepitesSpringTest
@Transactional
class PersonalDataExportTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void everythingHeldAboutAPersonIsInOneFile() throws Exception {
        long sandrine = jdbc.queryForObject("select id from person where last_name = 'Blanc' and first_name = "
                + "'Sandrine'", Long.class);
        users.login(TestUsers.ADMIN);

        JsonNode export = new ObjectMapper().readTree(directory.exportPersonalData(sandrine));

        assertThat(export.at("/personne/nom").asText()).isEqualTo("Blanc");
        assertThat(export.at("/parcours/dossiers/0/numero").asText()).startsWith("PAR-");
        assertThat(export.at("/parcours/dossiers/0/siae").asText()).isEqualTo("Atelier Vélo Solidaire");
        assertThat(export.at("/parcours/evenements")).isNotEmpty();
        // What happened, in French as the journal shows it, not the application's keys.
        assertThat(export.at("/parcours/evenements").findValuesAsText("quoi")).allSatisfy(what -> assertThat(what)
                .doesNotStartWith("!").doesNotContain("parcours.event").matches("\\p{Lu}.*"));
        assertThat(export.at("/jumelages/0/numero").asText()).startsWith("TSF-");
        assertThat(export.at("/jumelages").findValuesAsText("laureatDuBadge")).as("the closed demo twinning")
                .contains("true");
        assertThat(export.at("/badges").findValuesAsText("badge")).contains("Jumelage de transfert de savoir-faire",
                "Mécanique cycles : révision complète");
        assertThat(export.has("orientations")).isTrue();
        assertThat(directory.personFileLog(sandrine)).extracting(PersonFileEntry::getWhat)
                .contains("Export de toutes ses données");
    }

    @Test
    void onlyAdministratorsExportAPersonsData() {
        long anyone = jdbc.queryForObject("select min(id) from person", Long.class);
        users.login(TestUsers.COORDINATOR);

        assertThatThrownBy(() -> directory.exportPersonalData(anyone)).isInstanceOf(AccessDeniedException.class);
    }
}
