package fr.pepites.security;

/** The roles of DESIGN.md; each user has exactly one. Labels come from the i18n bundle ("role.NAME"). */
public enum Role {
    CEP_ADVISER,
    SIAE_DIRECTOR,
    SIAE_STAFF,
    TIERS_LIEU_MANAGER,
    COORDINATOR,
    ADMIN;

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Network staff and administrators see the data of every organisation. */
    public boolean seesAllOrganisations() {
        return this == COORDINATOR || this == ADMIN;
    }

    /** Role names as used in {@code @RolesAllowed}. */
    public static final class Names {
        public static final String CEP_ADVISER = "CEP_ADVISER";
        public static final String SIAE_DIRECTOR = "SIAE_DIRECTOR";
        public static final String SIAE_STAFF = "SIAE_STAFF";
        public static final String TIERS_LIEU_MANAGER = "TIERS_LIEU_MANAGER";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
