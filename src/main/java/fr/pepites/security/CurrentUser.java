package fr.pepites.security;

import java.io.Serializable;

/** Who is acting: the logged-in account, its role and its organisation. Services scope every query by it. */
public record CurrentUser(long accountId, String email, String fullName, Role role, long organisationId,
        String organisationName) implements Serializable {

    public boolean seesAllOrganisations() {
        return role.seesAllOrganisations();
    }

    public boolean canSee(long anOrganisationId) {
        return seesAllOrganisations() || organisationId == anOrganisationId;
    }

    public boolean is(Role aRole) {
        return role == aRole;
    }
}
