package fr.pepites.badges;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.badges.BadgeRows.AwardRequest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The badge's e-mail step ({@code bpmn/badge-award.bpmn}) reaches a real SMTP server (GreenMail): the holder
 * receives the link to the badge's page; a badge revoked before its e-mail left is not sent.
 */
@PepitesSpringTest
@Transactional
class BadgeMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    BadgeService badges;
    @Autowired
    BadgeFixtures fixtures;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    @Test
    void theHolderReceivesTheLinkToTheirBadgesPage() throws Exception {
        users.login(TestUsers.COORDINATOR);
        long achievement = fixtures.achievement("Réemploi", BadgeKind.COMPETENCE, false, null);
        String id = badges.award(new AwardRequest(achievement,
                List.of(fixtures.person("Mail", "holder@example.fr").getId()), List.of(), null, null)).get(0);

        fixtures.sendMails();

        List<MimeMessage> mails = mailsTo("holder@example.fr");
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("[PEPITES] BDG-").endsWith("votre badge « Réemploi »");
            assertThat(GreenMailUtil.getBody(m)).contains("/badge/" + id, "Open Badges 3.0");
        });
    }

    @Test
    void aBadgeRevokedBeforeItsEmailLeftIsNotSent() throws Exception {
        users.login(TestUsers.COORDINATOR);
        long achievement = fixtures.achievement("Erreur", BadgeKind.COMPETENCE, false, null);
        String id = badges.award(new AwardRequest(achievement,
                List.of(fixtures.person("Oops", "oops@example.fr").getId()), List.of(), null, null)).get(0);
        badges.revoke(id, "Mauvaise personne");

        fixtures.sendMails();

        assertThat(mailsTo("oops@example.fr")).isEmpty();
    }
}
