package fr.pepites.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The resource centre through its service: keeping, searching, PDF files, votes and the review reminders. */
@PepitesSpringTest
@Transactional
class ResourceCentreTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final byte[] PDF = "%PDF-1.4\n%fiche\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ResourceCentre centre;
    @Autowired
    ResourceReviewReminders reminders;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        users.logout();
    }

    private long sheet(String title, int months) {
        return centre.save(null, null, new ResourceCentre.ResourceData(title, ResourceKind.PRACTICAL_SHEET,
                "Les étapes d'un accueil réussi.", Set.of(Audience.SOCIAL_SUPPORT), List.of("accueil"),
                "https://ressources.exemple.fr/accueil", months), null);
    }

    @Test
    void aDirectorKeepsTheirSiaesResourcesWhichEveryoneFindsByWordsKindAndAudienceAndVotesUsefulOnce() {
        users.login(TestUsers.SIAE_DIRECTOR);
        long id = sheet("Former un stagiaire en binôme", 12);
        long pdf = centre.save(null, null, new ResourceCentre.ResourceData("Livret d'accueil", ResourceKind.PDF, null,
                Set.of(Audience.EMPLOYEES), List.of(), null, 6), new ResourceCentre.UploadedFile("livret.pdf",
                "application/pdf", PDF));
        users.login(TestUsers.SIAE_STAFF);
        assertThat(centre.search(new ResourceCentre.Filter("binome STAGIAIRE", null, null, null, false), 0, 10))
                .extracting(ResourceCentre.Row::id).containsExactly(id);
        assertThat(centre.search(new ResourceCentre.Filter(null, ResourceKind.PDF, Audience.EMPLOYEES, null, false),
                0, 10)).extracting(ResourceCentre.Row::id).containsExactly(pdf);
        assertThat(centre.file(pdf)).isEqualTo(PDF);
        assertThat(centre.toggleUseful(id)).isTrue();
        assertThat(centre.search(new ResourceCentre.Filter("binôme", null, null, null, false), 0, 10)).singleElement()
                .satisfies(r -> {
                    assertThat(r.usefulCount()).isEqualTo(1);
                    assertThat(r.votedByMe()).isTrue();
                    assertThat(r.kept()).isFalse();
                });
        assertThat(centre.toggleUseful(id)).isFalse();
        assertThat(centre.search(new ResourceCentre.Filter("binome " + "x ".repeat(50_000), null, null, null, false),
                0, 10)).as("a search of many words reads its first 8").hasSizeLessThanOrEqualTo(10);
        assertThatThrownBy(() -> centre.delete(id)).isInstanceOf(AccessDeniedException.class);
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        assertThatThrownBy(() -> centre.markReviewed(id)).isInstanceOf(AccessDeniedException.class);
        users.login(TestUsers.SIAE_DIRECTOR);
        centre.delete(pdf);
        assertThatThrownBy(() -> centre.file(pdf)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFileThatIsNotAPdfOrTooLargeALinkThatIsNotAWebAddressAndAnImpossibleReviewPeriodAreRefused() {
        users.login(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> centre.save(null, null, new ResourceCentre.ResourceData("Fiche", ResourceKind.PDF,
                null, Set.of(), List.of(), null, 0), new ResourceCentre.UploadedFile("fiche.pdf", "application/pdf",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("file", "reviewMonths"));
        assertThatThrownBy(() -> centre.save(null, null, new ResourceCentre.ResourceData("Fiche", ResourceKind.PDF,
                null, Set.of(), List.of(), null, 6), new ResourceCentre.UploadedFile("fiche.pdf", "application/pdf",
                new byte[ResourceCentre.MAX_FILE + 1])))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("file"));
        assertThatThrownBy(() -> centre.save(null, null, new ResourceCentre.ResourceData("Outil", ResourceKind.TOOL,
                null, Set.of(), List.of(), "javascript:alert(1)", 6), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("link"));
        users.login(TestUsers.SIAE_STAFF);
        assertThatThrownBy(() -> sheet("Fiche", 6)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aResourcePastItsReviewIsShownToReviewAndItsOwnersAreRemindedOnceUntilItIsReviewed() throws Exception {
        users.login(TestUsers.SIAE_DIRECTOR);
        long id = sheet("Fiche à relire", 3);
        jdbc.update("update learning_resource set reviewed_on = ?, review_due = ? where id = ?", TODAY.minusMonths(4),
                TODAY.minusMonths(1), id);
        assertThat(centre.search(new ResourceCentre.Filter(null, null, null, null, true), 0, 10))
                .extracting(ResourceCentre.Row::id).contains(id);
        assertThat(centre.countToReview()).isPositive();
        assertThat(reminders.remind(TODAY)).isEqualTo(1);
        assertThat(reminders.remind(TODAY)).as("once").isZero();
        assertThat(SMTP.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("[PEPITES] Ressource à actualiser – Fiche à relire");
            assertThat(m.getAllRecipients()).extracting(Object::toString).contains(TestUsers.SIAE_DIRECTOR);
        });
        centre.markReviewed(id);
        assertThat(centre.search(new ResourceCentre.Filter("relire", null, null, null, false), 0, 10))
                .singleElement().satisfies(r -> assertThat(r.toReview()).isFalse());
    }
}
