package fr.pepites.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.badges.BadgeRows.AwardRequest;
import fr.pepites.badges.BadgeRows.CredentialPage;
import fr.pepites.badges.BadgeRows.HolderBadges;
import fr.pepites.badges.BadgeRows.IssuedFilter;
import fr.pepites.badges.credential.BakedImages;
import fr.pepites.common.InvalidInputException;
import fr.pepites.directory.Person;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Achievements, awards, verification, revocation, rotation and paths through the service API. */
@PepitesSpringTest
@Transactional
class BadgeServiceTest {

    /** The i18n keys in French, as the screens show them. */
    private static final java.util.function.Function<String, String> SCREEN_WORDS = key ->
            new fr.pepites.ui.PepitesI18NProvider().getTranslation(key, fr.pepites.ui.PepitesI18NProvider.FRENCH);

    @Autowired
    BadgeService badges;
    @Autowired
    PublicVerifier publicVerifier;
    @Autowired
    BadgeFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    CredentialVerifier verifier;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @BeforeEach
    void coordinator() {
        users.login(TestUsers.COORDINATOR);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    private String awardOne(long achievement, Person p) {
        return badges.award(new AwardRequest(achievement, List.of(p.getId()), List.of(), "Vu en atelier", null))
                .get(0);
    }

    @Test
    void anAwardIssuesASignedCredentialThatVerifiesAndIsMailedToItsHolder() {
        long achievement = fixtures.achievement("Tri textile", BadgeKind.COMPETENCE, false, 24);
        Person ines = fixtures.person("Moreau", "ines.moreau@example.fr");

        String id = awardOne(achievement, ines);

        String json = badges.credentialJson(id).orElseThrow();
        assertThat(json).contains("\"OpenBadgeCredential\"", "\"eddsa-rdfc-2022\"", "\"DataIntegrityProof\"",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "\"validUntil\"", "sha256$")
                .doesNotContain("ines.moreau@example.fr");
        CredentialPage page = badges.publicPage(id).orElseThrow();
        assertThat(page.verification().status()).isEqualTo(Verification.Status.VALID);
        assertThat(page.verification().signatureValid()).isTrue();
        assertThat(page.verification().recipientName()).isEqualTo("Sam Moreau");
        assertThat(page.verification().criteria()).startsWith("Avoir montré");
        assertThat(page.linkedInUrl()).startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
                .contains("certId=" + id);
        assertThat(fixtures.mailsWaiting()).as("its e-mail step").isPositive();
    }

    @Test
    void theBakedPngAndSvgCarryTheCredentialAndVerifyWhenUploaded() {
        long achievement = fixtures.achievement("Réparation", BadgeKind.COMPETENCE, false, null);
        String id = awardOne(achievement, fixtures.person("Baked", "baked@example.fr"));

        byte[] png = badges.bakedImage(id, false).orElseThrow();
        byte[] svg = badges.bakedImage(id, true).orElseThrow();

        assertThat(BakedImages.isPng(png)).isTrue();
        assertThat(BakedImages.extract(png)).contains(badges.credentialJson(id).orElseThrow());
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("<openbadges:credential>");
        assertThat(publicVerifier.verifyFile(png).valid()).isTrue();
        assertThat(publicVerifier.verifyFile(svg).valid()).isTrue();
        assertThat(publicVerifier.verifyFile(badges.credentialJson(id).orElseThrow().getBytes(StandardCharsets.UTF_8))
                .valid()).isTrue();
    }

    @Test
    void anUploadThatIsNotACredentialOrATamperedOneIsRefusedWithAReason() {
        long achievement = fixtures.achievement("Accueil", BadgeKind.COMPETENCE, false, null);
        String id = awardOne(achievement, fixtures.person("Tamper", "tamper@example.fr"));
        String tampered = badges.credentialJson(id).orElseThrow().replace("\"Accueil\"", "\"Direction\"");

        assertThat(publicVerifier.verifyFile("bonjour".getBytes(StandardCharsets.UTF_8)).problems())
                .containsExactly("Ce fichier n'est pas un badge : ce n'est pas du JSON lisible.");
        assertThat(publicVerifier.verifyFile("{\"a\":1}".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(Verification.Status.INVALID);
        assertThat(publicVerifier.verifyFile(BadgeFixtures.SVG).problems())
                .containsExactly("Cette image ne contient pas de badge (aucun badge n'y est intégré).");
        Verification check = publicVerifier.verifyFile(tampered.getBytes(StandardCharsets.UTF_8));
        assertThat(check.status()).isEqualTo(Verification.Status.INVALID);
        assertThat(check.signatureValid()).isFalse();
        assertThat(check.problems()).containsExactly("La signature ne correspond pas au contenu : le badge a été "
                + "modifié depuis sa signature, ou n'a pas été signé par cette clé.");
    }

    @Test
    void aRevokedCredentialShowsRevokedWithItsReasonAndItsListIsSignedAgain() {
        long achievement = fixtures.achievement("Sécurité", BadgeKind.COMPETENCE, false, null);
        String id = awardOne(achievement, fixtures.person("Revoked", "revoked@example.fr"));

        assertThatThrownBy(() -> badges.revoke(id, " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageFor("reason")).startsWith("Donnez la raison"));
        badges.revoke(id, "Délivré par erreur");

        CredentialPage page = badges.publicPage(id).orElseThrow();
        assertThat(page.verification().status()).isEqualTo(Verification.Status.REVOKED);
        assertThat(page.verification().revocationReason()).isEqualTo("Délivré par erreur");
        assertThat(page.verification().signatureValid()).isTrue();
        assertThat(publicVerifier.verifyFile(badges.credentialJson(id).orElseThrow().getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(Verification.Status.REVOKED);
        assertThatThrownBy(() -> badges.revoke(id, "Encore")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void badInputIsRefusedInFrenchAndNothingIsIssued() {
        long noCriteria = badges.saveAchievement(null, fixtures.data("Sans critères", BadgeKind.EVENT, null, false,
                null, Set.of()));
        long once = fixtures.achievement("Une fois", BadgeKind.COMPETENCE, false, null);
        Person withMail = fixtures.person("Once", "once@example.fr");
        Person noMail = fixtures.person("Nomail", null);
        awardOne(once, withMail);
        long before = badges.countIssued(IssuedFilter.all());

        assertThatThrownBy(() -> awardOne(noCriteria, withMail)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageFor("achievement")).contains("n'a pas de critères"));
        assertThatThrownBy(() -> badges.award(new AwardRequest(once, List.of(noMail.getId()), List.of(), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("recipients")).contains("n'a pas d'adresse e-mail"));
        assertThatThrownBy(() -> badges.award(new AwardRequest(once,
                List.of(fixtures.person("Fresh", "fresh@example.fr").getId(), withMail.getId()), List.of(), null,
                null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("recipients")).contains("a déjà le badge « Une fois »"));
        assertThatThrownBy(() -> badges.award(new AwardRequest(once, List.of(), List.of(), null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> badges.award(new AwardRequest(once, List.of(withMail.getId()), List.of(), null,
                "javascript:alert(1)"))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("evidenceUrl")).contains("adresse web"));
        assertThat(badges.countIssued(IssuedFilter.all())).as("nothing half-issued").isEqualTo(before);
    }

    @Test
    void aBadgeIssuedOnceCanBeAwardedAgainAfterItsRevocationOrExpiry() {
        long once = fixtures.achievement("Une fois puis encore", BadgeKind.COMPETENCE, false, 12);
        Person p = fixtures.person("Again", "again@example.fr");
        String first = awardOne(once, p);

        badges.revoke(first, "Délivré par erreur");
        String second = awardOne(once, p);
        entityManager.createQuery("update Credential c set c.validUntil = ?1 where c.publicId = ?2")
                .setParameter(1, java.time.Instant.now().minusSeconds(60)).setParameter(2, second).executeUpdate();
        entityManager.clear();
        String third = awardOne(once, p);

        assertThat(badges.badgesOfPerson(p.getId()).orElseThrow().badges())
                .extracting(BadgeRows.CredentialRow::publicId).containsExactlyInAnyOrder(first, second, third);
        assertThatThrownBy(() -> awardOne(once, p)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageFor("recipients")).contains("a déjà le badge « Une fois puis encore »"));
    }

    @Test
    void aBadgeMadeRepeatableIsAwardedAgainAndMadeIssuedOnceAgainIsNot() {
        long badge = fixtures.achievement("Unique puis répétable", BadgeKind.COMPETENCE, false, null);
        Person p = fixtures.person("Twice", "twice@example.fr");
        awardOne(badge, p);

        repeatable(badge, true);
        awardOne(badge, p);
        awardOne(badge, p);
        repeatable(badge, false);

        assertThatThrownBy(() -> awardOne(badge, p)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageFor("recipients")).contains("a déjà le badge « Unique puis répétable »"));
        assertThat(badges.badgesOfPerson(p.getId()).orElseThrow().badges()).hasSize(3);
    }

    private void repeatable(long achievement, boolean repeatable) {
        AchievementData d = badges.achievementData(achievement).orElseThrow();
        badges.saveAchievement(achievement, new AchievementData(d.issuerId(), d.kind(), d.name(), d.description(),
                d.criteria(), null, d.validityMonths(), repeatable, d.active(), d.alignments(), d.memberIds(),
                d.requiredMembers(), d.version()));
        entityManager.flush();
    }

    @Test
    void anImageMustBeASmallPngOrAnSvgWithoutScript() {
        AchievementData base = fixtures.data("Image", BadgeKind.COMPETENCE, "Critères", false, null, Set.of());
        assertThatThrownBy(() -> badges.saveAchievement(null, withImage(base, "GIF89a....".getBytes())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("image")).isEqualTo("L'image doit être un fichier PNG ou SVG."));
        assertThatThrownBy(() -> badges.saveAchievement(null, withImage(base, new byte[600 * 1024])))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("image")).contains("dépasse 512 Ko"));
        assertThatThrownBy(() -> badges.saveAchievement(null, withImage(base,
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("image")).contains("script"));
    }

    private static AchievementData withImage(AchievementData d, byte[] bytes) {
        return new AchievementData(d.issuerId(), d.kind(), d.name(), d.description(), d.criteria(),
                new AchievementData.BadgeImage(bytes, "image/png"), d.validityMonths(), d.repeatable(), d.active(),
                d.alignments(), d.memberIds(), d.requiredMembers(), null);
    }

    @Test
    void holdingEveryAchievementOfAPathIssuesThePathBadgeOnceByItself() {
        long sorting = fixtures.achievement("Tri", BadgeKind.COMPETENCE, true, null);
        long exchange = fixtures.achievement("Échange de pairs", BadgeKind.PEER_EXCHANGE, false, null);
        long path = badges.saveAchievement(null, fixtures.data("Parcours réemploi", BadgeKind.PATH, "Les deux badges",
                false, null, Set.of(sorting, exchange)));
        Person p = fixtures.person("Path", "path@example.fr");

        awardOne(sorting, p);
        HolderBadges halfway = badges.badgesOfPerson(p.getId()).orElseThrow();
        assertThat(halfway.paths()).singleElement().satisfies(progress -> {
            assertThat(progress.held()).containsExactly("Tri");
            assertThat(progress.missing()).containsExactly("Échange de pairs");
            assertThat(progress.earned()).isFalse();
        });
        List<String> issued = badges.award(new AwardRequest(exchange, List.of(p.getId()), List.of(), null, null));
        assertThat(issued).as("the peer exchange and the path").hasSize(2);
        assertThat(badges.award(new AwardRequest(sorting, List.of(p.getId()), List.of(), null, null)))
                .as("the path once").hasSize(1);

        HolderBadges done = badges.badgesOfPerson(p.getId()).orElseThrow();
        assertThat(done.badges()).filteredOn(b -> b.kind() == BadgeKind.PATH).singleElement()
                .satisfies(b -> assertThat(b.source()).isEqualTo(CredentialSource.PATH));
        assertThat(done.paths()).singleElement().satisfies(progress -> assertThat(progress.earned()).isTrue());
        assertThatThrownBy(() -> badges.award(new AwardRequest(path, List.of(p.getId()), List.of(), null, null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPathOfTwoOfThreeBadgesIsIssuedWithTheSecondAndSaysHowManyItAsks() {
        long sorting = fixtures.achievement("Tri", BadgeKind.COMPETENCE, true, null);
        long exchange = fixtures.achievement("Échange de pairs", BadgeKind.PEER_EXCHANGE, false, null);
        long webinar = fixtures.achievement("Webconférence", BadgeKind.WEB_CONFERENCE, false, null);
        AchievementData all = fixtures.data("Parcours deux sur trois", BadgeKind.PATH, "Deux des trois badges", false,
                null, Set.of(sorting, exchange, webinar));
        assertThatThrownBy(() -> badges.saveAchievement(null, withRequired(all, 4)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("requiredMembers"))
                        .startsWith("Le nombre de badges requis va de 1 à 3"));
        badges.saveAchievement(null, withRequired(all, 2));
        Person p = fixtures.person("DeuxSurTrois", "deux.sur.trois@example.fr");

        awardOne(sorting, p);
        assertThat(badges.badgesOfPerson(p.getId()).orElseThrow().paths()).singleElement().satisfies(progress -> {
            assertThat(progress.required()).isEqualTo(2);
            assertThat(progress.earned()).isFalse();
        });
        assertThat(badges.award(new AwardRequest(webinar, List.of(p.getId()), List.of(), null, null)))
                .as("the web conference and the path").hasSize(2);
        assertThat(badges.badgesOfPerson(p.getId()).orElseThrow().paths()).singleElement()
                .satisfies(progress -> assertThat(progress.earned()).isTrue());
    }

    private static AchievementData withRequired(AchievementData d, Integer required) {
        return new AchievementData(d.issuerId(), d.kind(), d.name(), d.description(), d.criteria(), d.image(),
                d.validityMonths(), d.repeatable(), d.active(), d.alignments(), d.memberIds(), required, d.version());
    }

    @Test
    void afterAKeyRotationOldCredentialsStillVerifyAndNewOnesAreSignedWithTheNewKey() {
        long achievement = fixtures.achievement("Rotation", BadgeKind.COMPETENCE, true, null);
        Person p = fixtures.person("Rotation", "rotation@example.fr");
        String before = awardOne(achievement, p);
        long organisation = fixturesOrganisation();

        BadgeRows.KeyRow fresh = badges.rotateKey(organisation);
        String after = awardOne(achievement, p);

        assertThat(badges.publicPage(before).orElseThrow().verification().valid()).isTrue();
        assertThat(badges.publicPage(after).orElseThrow().verification().issuerId()).isEqualTo(fresh.did());
        assertThat(badges.publicPage(before).orElseThrow().verification().issuerId()).isNotEqualTo(fresh.did());
        badges.revoke(before, "Test après rotation");
        assertThat(badges.publicPage(before).orElseThrow().verification().status())
                .isEqualTo(Verification.Status.REVOKED);
        assertThat(badges.keysOf(organisation)).filteredOn(k -> k.retiredAt() != null).isNotEmpty();
    }

    private long fixturesOrganisation() {
        return badges.issuers().stream().filter(o -> o.getKind() == fr.pepites.directory.OrganisationKind.NETWORK)
                .findFirst().orElseThrow().getId();
    }

    @Test
    void aDirectorAwardsOnlyTheirOwnOrganisationsAchievements() {
        long network = fixtures.achievement("Du réseau", BadgeKind.EVENT, false, null);
        Person p = fixtures.person("Director", "director@example.fr");
        users.login(TestUsers.SIAE_DIRECTOR);

        assertThatThrownBy(() -> awardOne(network, p)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageFor("achievement")).isEqualTo("Ce badge n'existe pas ou plus."));
        long own = fixtures.achievement("De la SIAE", BadgeKind.COMPETENCE, false, null);
        String id = awardOne(own, p);
        assertThat(badges.issued(IssuedFilter.all(), 0, 50)).extracting(BadgeRows.CredentialRow::publicId)
                .contains(id).allMatch(x -> true);
        assertThat(badges.issued(IssuedFilter.all(), 0, 500)).noneMatch(r -> r.achievementName().equals("Du réseau"));
    }

    @Test
    void theIssuedListFiltersByKindAndExportsCsv() {
        long event = fixtures.achievement("Forum de l'emploi", BadgeKind.EVENT, false, null);
        awardOne(event, fixtures.person("Brunch", "brunch@example.fr"));

        IssuedFilter events = new IssuedFilter(BadgeKind.EVENT, null, null, null, "sam brunch");
        assertThat(badges.issued(events, 0, 10)).singleElement()
                .satisfies(r -> assertThat(r.recipientName()).isEqualTo("Sam Brunch"));
        assertThat(badges.countIssued(new IssuedFilter(BadgeKind.WEB_CONFERENCE, null, null, null, "sam brunch")))
                .isZero();
        assertThat(badges.issuedSummary(events).byKind()).containsExactly(java.util.Map.entry(BadgeKind.EVENT, 1L));
        assertThat(badges.issuedSummary(IssuedFilter.all()).total()).isEqualTo(badges.countIssued(IssuedFilter.all()));
        String csv = new String(badges.issuedCsv(events, SCREEN_WORDS), StandardCharsets.UTF_8);
        assertThat(csv).as("the screen's words").contains("Badge;Type;Émetteur;Titulaire (pseudonyme);Délivré le;",
                ";Origine;", ";Statut;", "Forum de l'emploi;" + SCREEN_WORDS.apply("badges.kind.EVENT") + ";", ";T-1;",
                ";Valide;").as("pseudonymised").doesNotContain("Brunch", "/badge/");
    }

    @Test
    void theIssuedExportWritesABadgeNameOrAReasonMadeAsAFormulaAsText() {
        long formula = fixtures.achievement("=HYPERLINK(\"https://example.org\",\"Voir\")", BadgeKind.EVENT, false,
                null);
        String id = awardOne(formula, fixtures.person("Formula", "formula@example.fr"));
        badges.revoke(id, "@SUM(1+1)*cmd|' /C calc'!A0");

        String csv = new String(badges.issuedCsv(new IssuedFilter(BadgeKind.EVENT, null, null, null, "sam formula"),
                SCREEN_WORDS), StandardCharsets.UTF_8);

        assertThat(csv).contains("\n\"'=HYPERLINK(\"\"https://example.org\"\",\"\"Voir\"\")\";"
                + SCREEN_WORDS.apply("badges.kind.EVENT") + ";",
                ";'@SUM(1+1)*cmd|' /C calc'!A0\r\n");
    }

    @Test
    void aParcoursProposalIsAcceptedIntoABadgeOrDismissedAndLeavesTheList() {
        long achievement = fixtures.achievement("Mécanique cycles", BadgeKind.COMPETENCE, false, null);
        List<BadgeRows.PendingProposal> proposals = fixtures.reviewedWithTwoProposals("Proposals");
        BadgeRows.PendingProposal first = proposals.get(0);
        BadgeRows.PendingProposal second = proposals.get(1);
        assertThat(first.personHasEmail()).isFalse();

        assertThatThrownBy(() -> badges.acceptProposal(first.proposalId(), achievement))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("recipients")).contains("n'a pas d'adresse e-mail"));
        fixtures.giveEmail(first.personId(), "proposals@example.fr");
        String id = badges.acceptProposal(first.proposalId(), achievement);
        badges.dismissProposal(second.proposalId());

        assertThat(badges.publicPage(id).orElseThrow().evidenceNarrative()).isEqualTo(fixtures.firstEvidence());
        assertThat(badges.pendingProposals()).extracting(BadgeRows.PendingProposal::proposalId)
                .doesNotContain(first.proposalId(), second.proposalId());
        assertThatThrownBy(() -> badges.dismissProposal(first.proposalId()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Cette proposition a déjà été traitée."));
    }

    @Test
    void aClosedTwinningsEarnersReceiveTheTwinningBadgeInOneAction() {
        long achievement = fixtures.achievement("Jumelage TSF", BadgeKind.TWINNING, false, null);
        BadgeRows.TwinningEarners closed = badges.twinningsWithEarners().get(0);

        List<String> issued = badges.awardTwinningEarners(closed.twinningId(), achievement);

        assertThat(issued).hasSize(closed.earners().size());
        assertThat(badges.issued(new IssuedFilter(BadgeKind.TWINNING, null, null, null, null), 0, 100))
                .filteredOn(r -> r.achievementName().equals("Jumelage TSF"))
                .extracting(BadgeRows.CredentialRow::recipientName)
                .containsExactlyInAnyOrderElementsOf(closed.earners());
        assertThat(badges.twinningsWithEarners()).filteredOn(t -> t.twinningId() == closed.twinningId())
                .singleElement().satisfies(t -> assertThat(t.awarded()).isEqualTo(closed.awarded() + issued.size()));
        assertThatThrownBy(() -> badges.awardTwinningEarners(closed.twinningId(), achievement))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("ont déjà ce badge"));
    }

    @Test
    void aCredentialIsExpiredAfterItsValidityAndNotYetValidBeforeItsStart() {
        long achievement = fixtures.achievement("Un an", BadgeKind.WEB_CONFERENCE, false, 12);
        String json = badges.credentialJson(awardOne(achievement, fixtures.person("Expiry", "expiry@example.fr")))
                .orElseThrow();

        assertThat(verifier.verify(json, java.time.Instant.now().plus(java.time.Duration.ofDays(370))).status())
                .isEqualTo(Verification.Status.EXPIRED);
        assertThat(verifier.verify(json, java.time.Instant.now().minus(java.time.Duration.ofDays(1))).status())
                .isEqualTo(Verification.Status.NOT_YET_VALID);
        assertThat(verifier.verify(json, java.time.Instant.now()).status()).isEqualTo(Verification.Status.VALID);
    }
}
