package fr.pepites.directory;

import fr.pepites.security.Role;

/** User search: words of the name or e-mail, role, organisation; any of them may be null. */
public record UserFilter(String text, Role role, Long organisationId, boolean includeInactive) {

    public static UserFilter all() {
        return new UserFilter(null, null, null, true);
    }
}
