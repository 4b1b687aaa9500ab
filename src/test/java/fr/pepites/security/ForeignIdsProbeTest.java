package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users of another organisation, logged in as a browser is, open the pages of objects they must not see by their ids
 * (a CEP operator's referral, an SIAE's parcours and twinning, a person's badges): the page says it is not found and
 * carries nothing of the object (the first response holds the page's first render), while its owner sees it.
 */
@PepitesSpringTest
class ForeignIdsProbeTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpClient loggedIn(String email) throws Exception {
        return Probes.loggedIn(port, email);
    }

    private String page(HttpClient browser, String path) throws Exception {
        return Probes.get(browser, port, path).body();
    }

    @Test
    void anotherCepOperatorsAdviserSeesNothingOfAReferral() throws Exception {
        Long id = jdbc.queryForObject("select r.id from referral r join person p on p.id = r.person_id "
                + "where p.last_name = 'Garcia' order by r.id fetch first 1 rows only", Long.class);

        assertThat(page(loggedIn(TestUsers.CEP_ADVISER), "/orientations/detail/" + id)).contains("Garcia");
        String foreign = page(loggedIn(TestUsers.CEP_ADVISER_OTHER_OPERATOR), "/orientations/detail/" + id);
        assertThat(foreign).doesNotContain("Garcia").doesNotContain("Lucas");
    }

    @Test
    void anotherSiaesDirectorSeesNothingOfAParcoursOrATwinning() throws Exception {
        Long parcours = jdbc.queryForObject("select pa.id from parcours pa join person p on p.id = pa.person_id "
                + "where p.last_name = 'Perrin' fetch first 1 rows only", Long.class);
        Long twinning = jdbc.queryForObject("select t.id from twinning t join organisation o on o.id = t.siae_id "
                + "where o.name = 'Atelier Vélo Solidaire' and t.status = 'CLOSED' fetch first 1 rows only",
                Long.class);
        HttpClient own = loggedIn(TestUsers.SIAE_DIRECTOR);
        HttpClient other = loggedIn(TestUsers.OTHER_SIAE_DIRECTOR);

        assertThat(page(own, "/parcours/detail/" + parcours)).contains("Perrin");
        assertThat(page(other, "/parcours/detail/" + parcours)).doesNotContain("Perrin").doesNotContain("Nicolas");
        assertThat(page(own, "/jumelages/detail/" + twinning)).contains("Fablab");
        assertThat(page(other, "/jumelages/detail/" + twinning)).doesNotContain("Sandrine Blanc");
    }

    @Test
    void anotherSiaesDirectorSeesNothingOfAPersonsBadges() throws Exception {
        Long person = jdbc.queryForObject("select id from person where last_name = 'Blanc' and first_name = "
                + "'Sandrine'", Long.class);

        assertThat(page(loggedIn(TestUsers.COORDINATOR), "/badges/personne/" + person)).contains("Sandrine Blanc");
        assertThat(page(loggedIn(TestUsers.OTHER_SIAE_DIRECTOR), "/badges/personne/" + person))
                .doesNotContain("Sandrine").contains("Page introuvable");
    }
}
