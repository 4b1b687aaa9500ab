package fr.pepites.directory;

import fr.pepites.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** The kinds of organisation of the network. Labels come from the i18n bundle ("organisation.kind.NAME"). */
public enum OrganisationKind {
    SIAE(EnumSet.of(Role.SIAE_DIRECTOR, Role.SIAE_STAFF)),
    CEP_OPERATOR(EnumSet.of(Role.CEP_ADVISER)),
    TIERS_LIEU(EnumSet.of(Role.TIERS_LIEU_MANAGER)),
    TRAINING_BODY(EnumSet.noneOf(Role.class)),
    PARTNER_EMPLOYER(EnumSet.noneOf(Role.class)),
    NETWORK(EnumSet.of(Role.COORDINATOR, Role.ADMIN));

    private final Set<Role> roles;

    OrganisationKind(Set<Role> roles) {
        this.roles = roles;
    }

    /** Whether a user of this role may belong to an organisation of this kind. */
    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
