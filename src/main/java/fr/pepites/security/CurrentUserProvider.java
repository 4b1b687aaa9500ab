package fr.pepites.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the acting user from Spring Security's context; services call it rather than trusting their caller. */
@Component
public class CurrentUserProvider {

    /** How journals name PEPITES itself, when no one is logged in (timers, e-mail steps, start-up). */
    private static final String AUTOMATIC = "PEPITES (automatique)";

    public Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PepitesUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Connexion requise."));
    }

    /** The acting user, who must hold one of the roles. */
    public CurrentUser requireRole(Role... roles) {
        CurrentUser user = require();
        for (Role role : roles) {
            if (user.is(role)) {
                return user;
            }
        }
        throw new AccessDeniedException("Action réservée à un autre rôle.");
    }

    /** How journals name who acts: "Julien Moreau (Avenir Actifs Nouvelle-Aquitaine)", or PEPITES itself. */
    public String signature() {
        return find().filter(user -> !user.fullName().isBlank())
                .map(user -> user.fullName() + " (" + user.organisationName() + ")")
                .orElse(AUTOMATIC);
    }
}
