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
 * Loads an account for login; an account of an inactive organisation is disabled too, one with too many wrong passwords
 * lately is locked ({@link LoginThrottle}).
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
        UserAccount account = users.findByEmail(UserData.normalizeEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("Compte inconnu"));
        Organisation organisation = account.getOrganisation();
        CurrentUser user = new CurrentUser(account.getId(), account.getEmail(), account.getFullName(),
                account.getRole(), organisation.getId(), organisation.getName());
        return new PepitesUserDetails(user, account.getPasswordHash(), account.isActive() && organisation.isActive(),
                throttle.isLocked(email));
    }
}
