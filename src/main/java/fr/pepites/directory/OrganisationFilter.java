package fr.pepites.directory;

/** Directory search: words of the name, kind, commune (INSEE code); any of them may be null. */
public record OrganisationFilter(String text, OrganisationKind kind, String communeCode, boolean includeInactive) {

    public static OrganisationFilter all() {
        return new OrganisationFilter(null, null, null, true);
    }

    public static OrganisationFilter byName(String text) {
        return new OrganisationFilter(text, null, null, false);
    }
}
