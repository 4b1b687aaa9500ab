package fr.pepites.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first response of a page carries its first render, users' texts included, inside an inline script: a text
 * that closes the script ({@code </script><img src=x onerror=…>}) must stay a text. Every free text shown on first
 * renders (people's and accounts' names, organisations, referral and twinning notes, badges, themes, vacancies) is
 * given such an ending for the test, then every view is opened over HTTP by every role, and the public pages
 * anonymously: no page holds an element of the text's markup, and the pages known to show one of these texts show it
 * inside their script, escaped.
 */
@PepitesSpringTest
class FirstRenderProbeTest {

    static final String PAYLOAD = "</script><img src=x onerror=window.pwned=1>";
    /** How the payload stands in the first render's script once escaped (JSON reads it back as the payload). */
    static final String ESCAPED = "\\u003c/script>\\u003cimg src=x onerror=window.pwned=1>";

    /** The free texts given the payload: table, column, and the key when it is not "id". */
    private static final List<String[]> TEXTS = List.of(
            new String[] {"person", "last_name"},
            new String[] {"user_account", "full_name"},
            new String[] {"organisation", "name"},
            new String[] {"referral", "note"},
            new String[] {"twinning", "note"},
            new String[] {"twinning_theme", "label", "code"},
            new String[] {"badge_achievement", "name"},
            new String[] {"badge_achievement", "description"},
            new String[] {"vacancy", "description"});

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final List<Runnable> restore = new ArrayList<>();

    @BeforeEach
    void everyFreeTextEndsWithMarkupThatClosesTheScript() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (String[] text : TEXTS) {
            String table = text[0];
            String column = text[1];
            String key = text.length > 2 ? text[2] : "id";
            List<Map<String, Object>> rows = jdbc.queryForList("select " + key + " as k, " + column + " as v from "
                    + table);
            tx.executeWithoutResult(s -> jdbc.update("update " + table + " set " + column + " = " + column
                    + " || ? where " + column + " is not null", PAYLOAD));
            restore.add(() -> tx.executeWithoutResult(s -> rows.forEach(row -> jdbc.update("update " + table
                    + " set " + column + " = ? where " + key + " = ?", row.get("v"), row.get("k")))));
        }
    }

    @AfterEach
    void theTextsAreRestored() {
        restore.forEach(Runnable::run);
    }

    @Test
    void aTextThatClosesTheFirstRendersScriptStaysTextOnEveryView() throws Exception {
        int pages = 0;
        for (Role role : Role.values()) {
            HttpClient browser = Probes.loggedIn(port, Probes.USERS.get(role));
            for (Probes.View view : Probes.views()) {
                assertStaysText(role + " " + view.path(), Probes.get(browser, port, view.path()));
                pages++;
            }
        }
        assertThat(pages).isGreaterThan(200);
    }

    @Test
    void theReferralPageOpenedByItsAddressShowsTheNoteAsText() throws Exception {
        Long referral = jdbc.queryForObject("select r.id from referral r join organisation o on o.id = r.siae_id "
                + "where o.siret = (select o2.siret from organisation o2 join user_account u on u.organisation_id"
                + " = o2.id where u.email = ?) and r.note is not null order by r.id fetch first 1 rows only",
                Long.class, TestUsers.SIAE_DIRECTOR);
        for (String user : List.of(TestUsers.SIAE_DIRECTOR, TestUsers.ADMIN)) {
            HttpResponse<String> page = Probes.get(Probes.loggedIn(port, user), port, "/orientations/detail/"
                    + referral);
            assertStaysText(user, page);
            assertThat(page.body()).as("the note is on the first render, escaped").contains(ESCAPED);
        }
    }

    @Test
    void thePublicBadgePagesShowTheAchievementsNameAsTextToAnyone() throws Exception {
        String credential = jdbc.queryForObject("select public_id from badge_credential order by id "
                + "fetch first 1 rows only", String.class);
        Long issuer = jdbc.queryForObject("select k.organisation_id from badge_issuer_key k join badge_credential c"
                + " on c.key_id = k.id where c.public_id = ?", Long.class, credential);
        HttpClient anonymous = HttpClient.newHttpClient();
        for (String path : List.of("/badge/" + credential, "/badges/emetteur/" + issuer)) {
            HttpResponse<String> page = Probes.get(anonymous, port, path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertStaysText(path, page);
            assertThat(page.body()).as("the texts are on the first render, escaped").contains(ESCAPED);
        }
    }

    /** Nothing of the payload's markup became an element of the page, and its script holds no raw "<". */
    static void assertStaysText(String what, HttpResponse<String> response) {
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("[onerror]")).as(what + ": an element made of a user's text").isEmpty();
        page.select("script[initial]").forEach(script -> assertThat(script.data()).as(what).doesNotContain("<"));
    }
}
