package fr.pepites.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.common.InvalidInputException;
import fr.pepites.security.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The directory's rules on bad input: a French message on the field at fault, and nothing saved. */
@PepitesSpringTest
@Transactional
class DirectoryServiceTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void actAsAdministrator() {
        users.login(TestUsers.ADMIN);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void anAdministratorCreatesAnSiaeWhosePositionIsItsCommunes() {
        Organisation created = directory.createOrganisation(validSiae("Ressourcerie de Test"));
        assertThat(created.getId()).isNotNull();
        assertThat(created.getCommune().getName()).isEqualTo("Pessac");
        assertThat(created.getLatitude()).isEqualTo(created.getCommune().getLatitude());
        assertThat(directory.searchOrganisations(OrganisationFilter.byName("ressourcerie de test"), Pageable.unpaged()))
                .extracting(Organisation::getName).containsExactly("Ressourcerie de Test");
    }

    @Test
    void anInvalidSiretIsRefusedOnItsFieldAndNothingIsSaved() {
        long before = directory.countOrganisations(OrganisationFilter.all());
        OrganisationData data = validSiae("SIRET faux");
        data.setSiret("12345678901234");
        assertThatThrownBy(() -> directory.createOrganisation(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("siret")).contains("14 chiffres").contains("clé de contrôle"));
        assertThat(directory.countOrganisations(OrganisationFilter.all())).isEqualTo(before);
    }

    @Test
    void aSiretAlreadyInTheDirectoryIsRefused() {
        Organisation existing = directory.searchOrganisations(OrganisationFilter.byName("Atelier Vélo"),
                Pageable.unpaged()).getContent().get(0);
        OrganisationData data = validSiae("Doublon");
        data.setSiret(existing.getSiret());
        assertThatThrownBy(() -> directory.createOrganisation(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("siret")).isEqualTo("Ce SIRET est déjà celui d'une autre organisation."));
    }

    @Test
    void missingRequiredFieldsAreEachReportedInFrench() {
        OrganisationData data = new OrganisationData();
        assertThatThrownBy(() -> directory.createOrganisation(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "Le nom est obligatoire.")
                        .containsEntry("kind", "Choisissez le type d'organisation.")
                        .containsEntry("siret", "Le SIRET est obligatoire.")
                        .containsEntry("communeCode", "Choisissez une commune."));
    }

    @Test
    void anSiaeMustSayWhichKindOfSiaeItIs() {
        OrganisationData data = validSiae("Sans type");
        data.setSiaeKind(null);
        assertThatThrownBy(() -> directory.createOrganisation(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("siaeKind")).contains("EI, AI, ACI, ETTI ou EITI"));
    }

    @Test
    void anUnknownCommuneIsRefused() {
        OrganisationData data = validSiae("Commune fantôme");
        data.setCommuneCode("99999");
        assertThatThrownBy(() -> directory.createOrganisation(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("communeCode")).startsWith("Commune inconnue"));
    }

    @Test
    void onlyAnAdministratorChangesTheDirectory() {
        users.login(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> directory.createOrganisation(validSiae("Pas autorisé")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefused() {
        Organisation organisation = directory.createOrganisation(validSiae("Version"));
        OrganisationData stale = organisation.toData();
        stale.setVersion(organisation.getVersion() - 1);
        stale.setName("Nom changé");
        assertThatThrownBy(() -> directory.updateOrganisation(organisation.getId(), stale))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.getMessage()).contains("modifiée entre-temps"));
    }

    @Test
    void aDuplicateEmailIsRefusedWhateverItsCase() {
        UserData data = validUser("Conseiller@Pepites.Demo");
        assertThatThrownBy(() -> directory.createUser(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("email")).isEqualTo(
                                "Cette adresse e-mail est déjà utilisée par un autre compte."));
    }

    @Test
    void aRoleMustExistInTheOrganisationsKind() {
        UserData data = validUser("nouveau@pepites.demo");
        data.setRole(Role.SIAE_DIRECTOR);
        assertThatThrownBy(() -> directory.createUser(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("role")).startsWith("Ce rôle n'existe pas"));
    }

    @Test
    void aNewAccountNeedsAPasswordOfTenCharacters() {
        UserData data = validUser("court@pepites.demo");
        data.setInitialPassword("court");
        assertThatThrownBy(() -> directory.createUser(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("initialPassword")).contains("au moins 10 caractères"));
    }

    @Test
    void aDeactivatedAccountCannotLogIn() {
        UserAccount account = directory.createUser(validUser("bientot.parti@pepites.demo"));
        assertThat(userDetails.loadUserByUsername("bientot.parti@pepites.demo").isEnabled()).isTrue();
        directory.setUserActive(account.getId(), false);
        assertThat(userDetails.loadUserByUsername("bientot.parti@pepites.demo").isEnabled()).isFalse();
    }

    @Test
    void theAccountsOfADeactivatedOrganisationCannotLogIn() {
        Organisation recyclerie = directory.searchOrganisations(OrganisationFilter.byName("Recyclerie du Pays"),
                Pageable.unpaged()).getContent().get(0);
        directory.setOrganisationActive(recyclerie.getId(), false);
        assertThat(userDetails.loadUserByUsername(TestUsers.OTHER_SIAE_DIRECTOR).isEnabled()).isFalse();
    }

    @Test
    void anAdministratorCannotDeactivateTheirOwnAccount() {
        UserAccount me = directory.searchUsers(new UserFilter(TestUsers.ADMIN, null, null, true), Pageable.unpaged())
                .getContent().get(0);
        assertThatThrownBy(() -> directory.setUserActive(me.getId(), false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Vous ne pouvez pas désactiver votre propre compte.");
    }

    @Test
    void aPersonBornInTheFutureIsRefused() {
        users.login(TestUsers.CEP_ADVISER);
        PersonData data = new PersonData();
        data.setFirstName("Léo");
        data.setLastName("Futur");
        data.setBirthDate(LocalDate.now().plusDays(1));
        data.setCommuneCode("33063");
        assertThatThrownBy(() -> directory.createPerson(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("birthDate")).isEqualTo("La date de naissance doit être dans le passé."));
    }

    @Test
    void aPersonBornIn1850OrYoungerThanFifteenIsRefusedAndOneOfFifteenOrEightyIsTaken() {
        users.login(TestUsers.CEP_ADVISER);
        PersonData data = new PersonData();
        data.setFirstName("Léon");
        data.setLastName("Centenaire");
        data.setCommuneCode("33063");
        for (LocalDate absurd : List.of(LocalDate.of(1850, 3, 1), LocalDate.now().minusYears(81),
                LocalDate.now().minusYears(15).plusDays(1))) {
            data.setBirthDate(absurd);
            assertThatThrownBy(() -> directory.createPerson(data))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("birthDate"))
                            .startsWith("La personne doit avoir entre 15 et 80 ans : une date de naissance du "));
        }
        data.setBirthDate(LocalDate.now().minusYears(81).plusDays(1));
        assertThat(directory.createPerson(data).getBirthDate()).isEqualTo(LocalDate.now().minusYears(81).plusDays(1));
        data.setLastName("Quinze ans");
        data.setBirthDate(LocalDate.now().minusYears(15));
        assertThat(directory.createPerson(data).getId()).isNotNull();
    }

    @Test
    void aPersonIsFollowedByTheOrganisationOfWhoeverCreatedIt() {
        users.login(TestUsers.CEP_ADVISER);
        PersonData data = new PersonData();
        data.setFirstName("Inès");
        data.setLastName("Nouvelle");
        data.setBirthDate(LocalDate.of(1990, 6, 1));
        data.setCommuneCode("33063");
        Person person = directory.createPerson(data);
        assertThat(person.getOrganisation().getName()).isEqualTo("Avenir Actifs Nouvelle-Aquitaine");
    }

    static OrganisationData validSiae(String name) {
        OrganisationData data = new OrganisationData();
        data.setKind(OrganisationKind.SIAE);
        data.setSiaeKind(SiaeKind.ACI);
        data.setName(name);
        data.setSiret(SiretValidator.withCheckDigit("8" + String.format("%012d", Math.abs(name.hashCode()))));
        data.setAddressLine("1 place de la Ve République");
        data.setCommuneCode("33318");
        return data;
    }

    private UserData validUser(String email) {
        Organisation avenir = directory.searchOrganisations(OrganisationFilter.byName("Avenir Actifs"),
                Pageable.unpaged()).getContent().get(0);
        UserData data = new UserData();
        data.setEmail(email);
        data.setFullName("Camille Test");
        data.setRole(Role.CEP_ADVISER);
        data.setOrganisationId(avenir.getId());
        data.setInitialPassword("un-mot-de-passe");
        return data;
    }

    @Test
    void anAdministratorGivesANewPasswordToSomeoneWhoLostTheirs() {
        UserAccount adviser = account(TestUsers.CEP_ADVISER);
        UserData data = adviser.toData();
        data.setInitialPassword("provisoire-2026");
        directory.updateUser(adviser.getId(), data);
        String hash = userDetails.loadUserByUsername(TestUsers.CEP_ADVISER).getPassword();
        assertThat(encoder.matches("provisoire-2026", hash)).isTrue();

        UserData unchanged = account(TestUsers.CEP_ADVISER).toData();
        unchanged.setFullName("Julien Moreau-Durand");
        directory.updateUser(adviser.getId(), unchanged);
        assertThat(userDetails.loadUserByUsername(TestUsers.CEP_ADVISER).getPassword()).isEqualTo(hash);
    }

    @Test
    void anAdministratorCannotGiveACommonPasswordNorOneMadeOfTheAccountsEmailOrName() {
        UserData data = validUser("julie.petit@pepites.demo");
        data.setInitialPassword("motdepasse123");
        assertThatThrownBy(() -> directory.createUser(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("initialPassword")).contains("trop courant"));
        data.setInitialPassword("Julie.Petit");
        assertThatThrownBy(() -> directory.createUser(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("initialPassword")).contains("ni l'adresse e-mail ni le nom"));

        UserAccount adviser = account(TestUsers.CEP_ADVISER);
        UserData lost = adviser.toData();
        lost.setInitialPassword("conseiller-2026");
        assertThatThrownBy(() -> directory.updateUser(adviser.getId(), lost))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("initialPassword")).contains("ni l'adresse e-mail ni le nom"));
    }

    @Test
    void aNewPasswordTooShortIsRefusedAndTheOldOneStillWorks() {
        UserAccount adviser = account(TestUsers.CEP_ADVISER);
        UserData data = adviser.toData();
        data.setInitialPassword("court");
        assertThatThrownBy(() -> directory.updateUser(adviser.getId(), data))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageFor("initialPassword"))
                        .isEqualTo("Le mot de passe doit compter au moins 10 caractères."));
        assertThat(encoder.matches(TestUsers.PASSWORD,
                userDetails.loadUserByUsername(TestUsers.CEP_ADVISER).getPassword())).isTrue();
    }

    @Test
    void anAdministratorChangesTheirOwnPasswordInTheirAccountNotInTheDirectory() {
        UserAccount self = account(TestUsers.ADMIN);
        UserData data = self.toData();
        data.setInitialPassword("provisoire-2026");
        assertThatThrownBy(() -> directory.updateUser(self.getId(), data))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("initialPassword")).contains("Mon compte"));
    }

    @Test
    void whoeverGotTheirPasswordFromAnAdministratorMustChooseTheirOwn() {
        UserAccount adviser = account(TestUsers.CEP_ADVISER);
        UserData data = adviser.toData();
        data.setInitialPassword("provisoire-2026");
        directory.updateUser(adviser.getId(), data);

        users.login(TestUsers.CEP_ADVISER);
        assertThat(directory.mustChangeOwnPassword()).isTrue();
        directory.changeOwnPassword("provisoire-2026", "le-mien-a-moi", "le-mien-a-moi");
        assertThat(directory.mustChangeOwnPassword()).isFalse();

        users.login(TestUsers.COORDINATOR);
        assertThat(directory.mustChangeOwnPassword()).as("a demo account").isFalse();
    }

    @Test
    void aNewAccountsFormIsRefusedWithAllItsErrorsAtOnce() {
        UserData data = validUser("");
        data.setFullName("");
        data.setInitialPassword("");
        assertThatThrownBy(() -> directory.createUser(data))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageFor("email")).isNotBlank();
                    assertThat(e.messageFor("fullName")).isNotBlank();
                    assertThat(e.messageFor("initialPassword")).contains("au moins 10 caractères");
                });
    }

    @Test
    void anEmptyPasswordChangeSaysEachFieldAndCountsNoFailure() {
        users.login(TestUsers.SIAE_STAFF);
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> directory.changeOwnPassword("", "", ""))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageFor("currentPassword")).isEqualTo("Indiquez votre mot de passe actuel.");
                        assertThat(e.messageFor("newPassword")).contains("au moins 10 caractères");
                    });
        }
        // Six empty forms locked nothing: the right current password still opens the change.
        assertThatThrownBy(() -> directory.changeOwnPassword(TestUsers.PASSWORD, "pas-le-meme", "autre-chose"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.messageFor("confirmation")).contains("ne correspond pas"));
    }

    private UserAccount account(String email) {
        return directory.searchUsers(new UserFilter(email, null, null, true), Pageable.unpaged()).getContent().stream()
                .filter(u -> u.getEmail().equals(email)).findFirst().orElseThrow();
    }
}
