package fr.pepites.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pepites.PepitesSpringTest;
import fr.pepites.TestUsers;
import fr.pepites.security.LoginThrottle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A locked login answers as an unknown one, through the same password comparison (so in the same time), and only for
 * the source whose failures locked it.
 */
@PepitesSpringTest
class LoginLockTest {

    /** A demo account no other test logs in with: its lock, for made-up addresses, harms nobody. */
    private static final String LOGIN = "direction.textile@pepites.demo";

    @Autowired
    UserDetailsService accounts;
    @Autowired
    LoginThrottle throttle;

    private final AtomicInteger comparisons = new AtomicInteger();
    private DaoAuthenticationProvider provider;

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aLockedLoginAndAnUnknownOneGoThroughTheSamePasswordComparison() {
        lockFrom("203.0.113.7");
        comeFrom("203.0.113.7");

        assertThatThrownBy(() -> logIn(LOGIN)).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(comparisons.getAndSet(0)).as("locked real login").isEqualTo(1);
        assertThatThrownBy(() -> logIn("personne-" + LOGIN)).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(comparisons.get()).as("unknown login").isEqualTo(1);
    }

    @Test
    void aLoginLockedFromOneAddressStillOpensFromAnother() {
        lockFrom("203.0.113.8");
        comeFrom("198.51.100.20");

        assertThat(logIn(LOGIN).isAuthenticated()).isTrue();
    }

    private void lockFrom(String address) {
        comeFrom(address);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(LOGIN);
        }
        assertThat(throttle.isLocked(LOGIN)).isTrue();
    }

    private static void comeFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private org.springframework.security.core.Authentication logIn(String login) {
        if (provider == null) {
            provider = provider();
        }
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, TestUsers.PASSWORD));
    }

    /** Spring's provider, as the application's, with an encoder that counts its comparisons. */
    private DaoAuthenticationProvider provider() {
        PasswordEncoder bcrypt = new BCryptPasswordEncoder();
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String hash) {
                comparisons.incrementAndGet();
                return bcrypt.matches(raw, hash);
            }
        };
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(counting);
        return dao;
    }
}
