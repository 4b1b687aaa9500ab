package fr.pepites.directory;

import fr.pepites.common.SearchText;
import fr.pepites.security.CurrentUser;
import org.springframework.data.jpa.domain.Specification;

/** The directory's search criteria, each scoped to what the acting user may see. */
final class DirectorySpecifications {

    private DirectorySpecifications() {
    }

    static Specification<Organisation> organisations(OrganisationFilter filter, CurrentUser user) {
        Specification<Organisation> visible = (root, query, cb) -> user.seesAllOrganisations()
                ? cb.conjunction()
                : cb.equal(root.get("id"), user.organisationId());
        return visible.and(organisations(filter));
    }

    /** The organisations matching the filter, whoever asks. */
    static Specification<Organisation> organisations(OrganisationFilter filter) {
        Specification<Organisation> spec = (root, query, cb) -> cb.conjunction();
        if (hasText(filter.text())) {
            spec = spec.and((root, query, cb) ->
                    cb.like(root.get("searchName"), SearchText.containsPattern(filter.text())));
        }
        if (filter.kind() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), filter.kind()));
        }
        if (hasText(filter.communeCode())) {
            spec = spec.and((root, query, cb) ->
                    cb.equal(root.get("commune").get("inseeCode"), filter.communeCode()));
        }
        if (!filter.includeInactive()) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("active")));
        }
        return spec;
    }

    static Specification<UserAccount> users(UserFilter filter, CurrentUser user) {
        Specification<UserAccount> spec = (root, query, cb) -> user.seesAllOrganisations()
                ? cb.conjunction()
                : cb.equal(root.get("organisation").get("id"), user.organisationId());
        if (hasText(filter.text())) {
            String pattern = "%" + filter.text().trim().toLowerCase() + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("fullName")), pattern),
                    cb.like(root.get("email"), pattern)));
        }
        if (filter.role() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("role"), filter.role()));
        }
        if (filter.organisationId() != null) {
            spec = spec.and((root, query, cb) ->
                    cb.equal(root.get("organisation").get("id"), filter.organisationId()));
        }
        if (!filter.includeInactive()) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("active")));
        }
        return spec;
    }

    static Specification<Person> persons(String text, CurrentUser user) {
        Specification<Person> spec = (root, query, cb) -> user.seesAllOrganisations()
                ? cb.conjunction()
                : cb.equal(root.get("organisation").get("id"), user.organisationId());
        if (hasText(text)) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("searchName"), SearchText.containsPattern(text)));
        }
        return spec;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
