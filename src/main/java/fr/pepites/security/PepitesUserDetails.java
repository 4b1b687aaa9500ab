package fr.pepites.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal: the account's password hash and state, and the {@link CurrentUser}. */
public class PepitesUserDetails implements UserDetails {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean active;

    public PepitesUserDetails(CurrentUser user, String passwordHash, boolean active) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
