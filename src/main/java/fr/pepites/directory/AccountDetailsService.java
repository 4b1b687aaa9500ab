package fr.pepites.directory;

import fr.pepites.security.CurrentUser;
import fr.pepites.security.LoginThrottle;
import fr.pepites.security.PepitesUserDetails;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an account for login; an account of an inactive organisation is disabled too. A login locked for this source
 * ({@link LoginThrottle}) is answered exactly as an unknown one: Spring's provider then compares the password typed
 * with a dummy hash, so that a locked account costs the same BCrypt comparison as a real one and an unknown one, and
 * neither its answer nor its time tells that it exists.
 */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final LoginThrottle throttle;

    AccountDetailsService(UserAccountRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        boolean locked = throttle.isLocked(email);
        UserAccount account = users.findByEmail(UserData.normalizeEmail(email))
                .filter(known -> !locked)
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu ou bloqué"));
        Organisation organisation = account.getOrganisation();
        CurrentUser user = new CurrentUser(account.getId(), account.getEmail(), account.getFullName(),
                account.getRole(), organisation.getId(), organisation.getName());
        return new PepitesUserDetails(user, account.getPasswordHash(), account.isActive() && organisation.isActive());
    }
}
