package fr.pepites.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** Organisation scoping is enforced by the service itself, whatever the caller asks for. */
@PepitesSpringTest
class DirectoryScopingTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void anSiaeUserGetsNothingOfAnotherSiaeThroughTheServiceApi() {
        users.login(TestUsers.OTHER_SIAE_DIRECTOR);
        long recyclerie = organisationsVisible().get(0).getId();
        List<Person> recycleriePersons = directory.searchPersons(null, Pageable.unpaged()).getContent();

        users.login(TestUsers.SIAE_DIRECTOR);
        assertThat(organisationsVisible()).extracting(Organisation::getName).containsExactly("Atelier Vélo Solidaire");
        assertThat(directory.searchOrganisations(OrganisationFilter.byName("Recyclerie"), Pageable.unpaged()))
                .isEmpty();
        assertThat(directory.findOrganisation(recyclerie)).isEmpty();
        assertThat(directory.searchUsers(UserFilter.all(), Pageable.unpaged()))
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u.getOrganisation().getName()).isEqualTo("Atelier Vélo Solidaire"));
        assertThat(directory.searchUsers(new UserFilter(null, null, recyclerie, true), Pageable.unpaged())).isEmpty();
        assertThat(directory.searchPersons(null, Pageable.unpaged()))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.getOrganisation().getName()).isEqualTo("Atelier Vélo Solidaire"));
        recycleriePersons.forEach(p -> assertThat(directory.findPerson(p.getId())).isEmpty());
    }

    @Test
    void anAdviserSeesOnlyThePersonsOfTheirOwnCepOperator() {
        users.login(TestUsers.CEP_ADVISER_OTHER_OPERATOR);
        List<Person> atlantique = directory.searchPersons(null, Pageable.unpaged()).getContent();
        assertThat(atlantique).isNotEmpty();

        users.login(TestUsers.CEP_ADVISER);
        assertThat(directory.searchPersons(null, Pageable.unpaged()))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.getOrganisation().getName())
                        .isEqualTo("Avenir Actifs Nouvelle-Aquitaine"));
        atlantique.forEach(p -> assertThat(directory.findPerson(p.getId())).isEmpty());
    }

    @Test
    void aCoordinatorSeesTheWholeNetwork() {
        users.login(TestUsers.COORDINATOR);
        assertThat(directory.countOrganisations(OrganisationFilter.all())).isGreaterThanOrEqualTo(25);
        assertThat(directory.searchPersons(null, Pageable.unpaged()).getContent())
                .extracting(p -> p.getOrganisation().getName())
                .contains("Avenir Actifs Nouvelle-Aquitaine", "CEP Atlantique Conseil", "Atelier Vélo Solidaire");
    }

    @Test
    void theDirectoryIsSearchedByNameCommuneAndKind() {
        users.login(TestUsers.COORDINATOR);
        assertThat(directory.searchOrganisations(new OrganisationFilter("velo solidaire", null, null, false),
                Pageable.unpaged())).extracting(Organisation::getName).containsExactly("Atelier Vélo Solidaire");
        assertThat(directory.searchOrganisations(new OrganisationFilter(null, OrganisationKind.TIERS_LIEU, "33063",
                false), Pageable.unpaged())).extracting(Organisation::getName).containsExactly("Fablab des Chartrons");
    }

    @Test
    void advisersPickAmongEverySiaeToFilterTheirReferralsAndSiaeUsersDoNot() {
        users.login(TestUsers.CEP_ADVISER);
        assertThat(directory.searchSiae("", Pageable.unpaged()))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.getKind()).isEqualTo(OrganisationKind.SIAE))
                .extracting(Organisation::getName).contains("Atelier Vélo Solidaire", "Recyclerie du Pays Basque");
        assertThat(directory.searchSiae("recyclerie", Pageable.unpaged())).extracting(Organisation::getName)
                .containsExactly("Recyclerie du Pays Basque");

        users.login(TestUsers.SIAE_DIRECTOR);
        assertThatThrownBy(() -> directory.searchSiae("", Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<Organisation> organisationsVisible() {
        return directory.searchOrganisations(OrganisationFilter.all(), Pageable.unpaged()).getContent();
    }
}
