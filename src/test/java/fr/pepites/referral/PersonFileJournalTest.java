package fr.pepites.referral;

import static fr.pepites.referral.ReferralFixtures.validReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.PersonData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The journal of a person's file: who opened or changed it, for the administrators who answer the person. */
@PepitesSpringTest
@Transactional
class PersonFileJournalTest {

    @Autowired
    ReferralService referrals;
    @Autowired
    DirectoryService directory;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void everyOpeningAndChangeOfThePersonsFileIsInItsJournalWithWhoAndWhat() {
        long velo = fixtures.insertionVacancyOf("Atelier Vélo Solidaire").getId();
        users.login(TestUsers.CEP_ADVISER);
        Referral referral = referrals.submit(null, validReferral("Journal", velo));
        long personId = referral.getPerson().getId();
        referrals.details(referral.getId());
        PersonData form = directory.openPerson(personId);
        form.setPhone("05 56 00 00 00");
        directory.updatePerson(personId, form);

        users.login(TestUsers.SIAE_DIRECTOR);
        referrals.detailsForTask(fixtures.taskOf(referral));

        users.login(TestUsers.ADMIN);
        List<String> journal = referrals.personJournal(personId).stream()
                .map(e -> e.actor() + " | " + e.whatKey() + " | " + e.file() + " | " + e.detail()).toList();
        String adviser = "Julien Moreau (Avenir Actifs Nouvelle-Aquitaine)";
        String director = "Marc Lefèvre (Atelier Vélo Solidaire)";
        String key = referral.businessKey();
        assertThat(journal).startsWith(
                director + " | journal.READ | null | Orientation " + key + " (tâche « Examiner l'orientation reçue »)",
                adviser + " | journal.CHANGE | null | Fiche de la personne modifiée",
                adviser + " | journal.READ | null | Fiche de la personne",
                adviser + " | journal.READ | null | Orientation " + key);
        assertThat(journal).contains(
                adviser + " | referral.event.SUBMITTED | " + key + " | null",
                adviser + " | journal.CHANGE | null | Fiche de la personne créée");
    }

    @Test
    void onlyAdministratorsReadTheJournal() {
        users.login(TestUsers.COORDINATOR);
        assertThatThrownBy(() -> referrals.personJournal(1L)).isInstanceOf(AccessDeniedException.class);
    }
}
