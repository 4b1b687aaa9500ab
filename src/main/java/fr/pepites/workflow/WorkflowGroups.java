package fr.pepites.workflow;

import fr.pepites.security.CurrentUser;
import fr.pepites.security.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * How application users and roles appear in Camunda's identity, so that candidate groups in BPMN resolve to real
 * people. Every account is a Camunda user {@code u<id>} and member of three groups:
 * <ul>
 *   <li>its role, network-wide: {@code COORDINATOR};</li>
 *   <li>its organisation: {@code org-12};</li>
 *   <li>its role in its organisation: {@code SIAE_DIRECTOR-org-12}.</li>
 * </ul>
 * Administrators are also members of {@code camunda-admin}. A BPMN user task offered to "the directors of the
 * SIAE the referral was sent to" uses {@code camunda:candidateGroups="${siaeDirectorsGroup}"} with a process
 * variable set from {@link #roleInOrganisation(Role, long)}.
 */
public final class WorkflowGroups {

    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private WorkflowGroups() {
    }

    public static String userId(long accountId) {
        return "u" + accountId;
    }

    public static String role(Role role) {
        return role.name();
    }

    public static String organisation(long organisationId) {
        return "org-" + organisationId;
    }

    public static String roleInOrganisation(Role role, long organisationId) {
        return role.name() + "-" + organisation(organisationId);
    }

    public static List<String> groupsOf(Role role, long organisationId) {
        List<String> groups = new ArrayList<>(List.of(role(role), organisation(organisationId),
                roleInOrganisation(role, organisationId)));
        if (role == Role.ADMIN) {
            groups.add(CAMUNDA_ADMIN);
        }
        return groups;
    }

    public static List<String> groupsOf(CurrentUser user) {
        return groupsOf(user.role(), user.organisationId());
    }
}
