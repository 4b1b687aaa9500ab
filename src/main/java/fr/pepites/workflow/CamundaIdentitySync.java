package fr.pepites.workflow;

import fr.pepites.directory.UserAccountChanged;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mirrors each application account into Camunda's identity tables (user and group memberships, see
 * {@link WorkflowGroups}) within the transaction that changed the account. An inactive account keeps its
 * Camunda user, for the history, but loses its memberships: no task is offered to it any more.
 */
@Component
class CamundaIdentitySync {

    private final IdentityService identity;

    CamundaIdentitySync(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener
    void onAccountChanged(UserAccountChanged account) {
        String userId = WorkflowGroups.userId(account.accountId());
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identity.newUser(userId);
        }
        int space = account.fullName().indexOf(' ');
        user.setFirstName(space < 0 ? account.fullName() : account.fullName().substring(0, space));
        user.setLastName(space < 0 ? "" : account.fullName().substring(space + 1));
        user.setEmail(account.email());
        identity.saveUser(user);

        List<Group> current = identity.createGroupQuery().groupMember(userId).list();
        current.forEach(group -> identity.deleteMembership(userId, group.getId()));
        if (account.active()) {
            for (String groupId : WorkflowGroups.groupsOf(account.role(), account.organisationId())) {
                ensureGroup(groupId);
                identity.createMembership(userId, groupId);
            }
        }
    }

    private void ensureGroup(String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(groupId);
            group.setType(WorkflowGroups.CAMUNDA_ADMIN.equals(groupId) ? "SYSTEM" : "WORKFLOW");
            identity.saveGroup(group);
        }
    }
}
