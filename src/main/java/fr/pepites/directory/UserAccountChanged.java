package fr.pepites.directory;

import fr.pepites.security.Role;

/**
 * Published inside the transaction that creates or changes an account, so that listeners (the workflow
 * engine's identity) change in the same transaction.
 */
public record UserAccountChanged(long accountId, String email, String fullName, Role role, long organisationId,
        boolean active) {

    static UserAccountChanged of(UserAccount account) {
        return new UserAccountChanged(account.getId(), account.getEmail(), account.getFullName(), account.getRole(),
                account.getOrganisation().getId(), account.isActive() && account.getOrganisation().isActive());
    }
}
