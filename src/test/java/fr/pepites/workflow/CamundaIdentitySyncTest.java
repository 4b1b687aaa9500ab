package fr.pepites.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.directory.DirectoryService;
import fr.pepites.directory.OrganisationFilter;
import fr.pepites.directory.UserAccount;
import fr.pepites.directory.UserData;
import fr.pepites.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/** Candidate groups in BPMN resolve to real people: every account is mirrored into Camunda's identity. */
@PepitesSpringTest
@Transactional
class CamundaIdentitySyncTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    IdentityService identity;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aNewAccountIsACamundaUserInItsRoleAndOrganisationGroups() {
        users.login(TestUsers.ADMIN);
        long recyclerie = directory.searchOrganisations(OrganisationFilter.byName("Recyclerie du Pays"),
                Pageable.unpaged()).getContent().get(0).getId();
        UserData data = new UserData();
        data.setEmail("cip.recyclerie@pepites.demo");
        data.setFullName("Louise Arrieta");
        data.setRole(Role.SIAE_STAFF);
        data.setOrganisationId(recyclerie);
        data.setInitialPassword("mot-de-passe-initial");
        UserAccount account = directory.createUser(data);

        String camundaId = WorkflowGroups.userId(account.getId());
        User user = identity.createUserQuery().userId(camundaId).singleResult();
        assertThat(user.getEmail()).isEqualTo("cip.recyclerie@pepites.demo");
        assertThat(user.getLastName()).isEqualTo("Arrieta");
        assertThat(identity.createUserQuery()
                .memberOfGroup(WorkflowGroups.roleInOrganisation(Role.SIAE_STAFF, recyclerie)).list())
                .extracting(User::getId).containsExactly(camundaId);
        assertThat(identity.createGroupQuery().groupMember(camundaId).list())
                .extracting(g -> g.getId())
                .containsExactlyInAnyOrder("SIAE_STAFF", "org-" + recyclerie, "SIAE_STAFF-org-" + recyclerie);
    }

    @Test
    void theDemoDirectorsOfAnSiaeAreTheMembersOfItsDirectorsGroup() {
        users.login(TestUsers.SIAE_DIRECTOR);
        long velo = directory.searchOrganisations(OrganisationFilter.all(), Pageable.unpaged()).getContent().get(0)
                .getId();
        assertThat(identity.createUserQuery()
                .memberOfGroup(WorkflowGroups.roleInOrganisation(Role.SIAE_DIRECTOR, velo)).list())
                .extracting(User::getEmail).containsExactly(TestUsers.SIAE_DIRECTOR);
    }

    @Test
    void administratorsAreCamundaAdministrators() {
        assertThat(identity.createUserQuery().memberOfGroup(WorkflowGroups.CAMUNDA_ADMIN).list())
                .extracting(User::getEmail).contains(TestUsers.ADMIN);
    }

    @Test
    void aDeactivatedAccountIsOfferedNoMoreTasks() {
        users.login(TestUsers.ADMIN);
        UserAccount staff = directory.searchUsers(new fr.pepites.directory.UserFilter(TestUsers.SIAE_STAFF, null, null,
                true), Pageable.unpaged()).getContent().get(0);
        directory.setUserActive(staff.getId(), false);
        assertThat(identity.createGroupQuery().groupMember(WorkflowGroups.userId(staff.getId())).count()).isZero();
        assertThat(identity.createUserQuery().userId(WorkflowGroups.userId(staff.getId())).count()).isEqualTo(1);
    }
}
