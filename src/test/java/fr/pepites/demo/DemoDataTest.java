package fr.pepites.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.parcours.HandBackRow;
import fr.pepites.parcours.HandBackStatus;
import fr.pepites.parcours.ParcoursFilter;
import fr.pepites.parcours.ParcoursService;
import fr.pepites.parcours.ParcoursStatus;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.Organisation;
import fr.pepites.directory.OrganisationFilter;
import fr.pepites.directory.OrganisationKind;
import fr.pepites.directory.UserAccount;
import fr.pepites.directory.UserFilter;
import fr.pepites.security.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The demo network is the realistic Nouvelle-Aquitaine network the foundation issue asks for. */
@PepitesSpringTest
class DemoDataTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    TestUsers users;
    @Autowired
    ParcoursService parcours;
    @Autowired
    fr.pepites.twinning.TwinningService twinnings;
    @Autowired
    fr.pepites.twinning.TwinningOffers offers;

    @BeforeEach
    void actAsCoordinator() {
        users.login(TestUsers.COORDINATOR);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void atLeastTwelveSiaeOfAllFiveKindsInAtLeastFiveDepartementsOfNouvelleAquitaine() {
        List<Organisation> siae = ofKind(OrganisationKind.SIAE);
        assertThat(siae).hasSizeGreaterThanOrEqualTo(12);
        assertThat(siae).extracting(Organisation::getSiaeKind).doesNotContainNull()
                .containsAll(List.of(fr.pepites.directory.SiaeKind.values()));
        assertThat(siae.stream().map(o -> o.getCommune().getDepartmentCode()).distinct().count())
                .isGreaterThanOrEqualTo(5);
        assertThat(siae).allSatisfy(o -> assertThat(o.getCommune().getRegionCode()).isEqualTo("75"));
    }

    @Test
    void theDemoTiersLieuHasAClosureStillToComeWhateverTheDay() {
        users.login(TestUsers.TIERS_LIEU_MANAGER);
        java.time.LocalDate today = java.time.LocalDate.now();
        assertThat(offers.myOffer().orElseThrow().getClosures())
                .anySatisfy(closure -> assertThat(closure.from()).isAfter(today));
    }

    @Test
    void thePartnersOfTheProgrammeAreThere() {
        assertThat(ofKind(OrganisationKind.CEP_OPERATOR)).hasSize(2);
        assertThat(ofKind(OrganisationKind.TIERS_LIEU)).hasSize(4);
        assertThat(ofKind(OrganisationKind.TRAINING_BODY)).hasSize(2);
        assertThat(ofKind(OrganisationKind.PARTNER_EMPLOYER)).hasSize(2);
        assertThat(ofKind(OrganisationKind.NETWORK)).hasSize(1);
    }

    @Test
    void thereIsALoginForEveryRoleAndAdvisersAndCoordinators() {
        List<UserAccount> accounts = directory.searchUsers(UserFilter.all(), Pageable.unpaged()).getContent();
        assertThat(accounts).extracting(UserAccount::getRole).contains(Role.values());
        assertThat(accounts.stream().filter(a -> a.getRole() == Role.COORDINATOR)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(accounts.stream().filter(a -> a.getRole() == Role.CEP_ADVISER)
                .map(a -> a.getOrganisation().getId()).distinct()).hasSize(2);
    }

    @Test
    void theDemoSiaesEmployeesAreAtEveryStageOfTheirParcours() {
        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(statusOf("Blanc")).isEqualTo(ParcoursStatus.IN_PROGRESS);
        assertThat(statusOf("Perrin")).isEqualTo(ParcoursStatus.REVIEW_OPEN);
        assertThat(statusOf("Morel")).isEqualTo(ParcoursStatus.REVIEWED);
        assertThat(statusOf("Faure")).isEqualTo(ParcoursStatus.EXITED);
        assertThat(parcours.countEndingSoon()).isGreaterThanOrEqualTo(2);
        assertThat(parcours.countFollowUpsDue()).isGreaterThanOrEqualTo(1);

        users.login(TestUsers.CEP_ADVISER);
        assertThat(parcours.handBacks(HandBackStatus.PENDING, Pageable.unpaged())).extracting(HandBackRow::personName)
                .contains("Inès Morel");
    }

    private ParcoursStatus statusOf(String lastName) {
        return parcours.search(new ParcoursFilter(lastName, null, false, false, null), Pageable.unpaged()).get(0)
                .status();
    }

    private List<Organisation> ofKind(OrganisationKind kind) {
        return directory.searchOrganisations(new OrganisationFilter(null, kind, null, false), Pageable.unpaged())
                .getContent();
    }
}
