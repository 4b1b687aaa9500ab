package fr.pepites.security;

/**
 * What an account may do now, as the database says: whether it (and its organisation) is active, its role and
 * organisation, whether its owner must first choose their own password, and its password's hash (a session opened
 * with an older password ends).
 */
public record AccountState(boolean active, Role role, long organisationId, boolean passwordChangeRequired,
        String passwordHash) {

    /** Whether a session opened as {@code user} may still act as such: same role, same organisation, active. */
    boolean allows(CurrentUser user) {
        return active && role == user.role() && organisationId == user.organisationId();
    }
}
