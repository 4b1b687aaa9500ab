package fr.pepites.directory;

import fr.pepites.security.CurrentUser;
import fr.pepites.security.CurrentUserProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password was given by an administrator (a new account, a lost password) uses nothing until its
 * owner has chosen their own: the application sends them to "Mon compte" ({@code SecurityShell}); Cockpit, the REST
 * API and the Actuator's protected endpoints, which have no such page, answer HTTP 403 and say where to change it.
 * The account's current state is read at each request, so that the change opens them at once. Right after Spring
 * Security (which has authenticated the caller, by session or HTTP Basic); the open health endpoints stay open.
 */
@Configuration
class PasswordChangeGate {

    static final String REFUSAL = "Mot de passe à changer : le vôtre vous a été donné par un administrateur. "
            + "Choisissez le vôtre dans l'application (Mon compte), puis revenez ici.";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> passwordChangeGateFilter(CurrentUserProvider currentUser,
            ObjectProvider<UserAccountRepository> users) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Gate(currentUser, users));
        registration.addUrlPatterns("/camunda/*", "/engine-rest/*", "/actuator/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setName("passwordChangeGate");
        return registration;
    }

    static final class Gate extends OncePerRequestFilter {

        private final CurrentUserProvider currentUser;
        private final ObjectProvider<UserAccountRepository> users;

        Gate(CurrentUserProvider currentUser, ObjectProvider<UserAccountRepository> users) {
            this.currentUser = currentUser;
            this.users = users;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<CurrentUser> user = currentUser.find();
            if (user.isPresent() && users.getObject().findById(user.get().accountId())
                    .map(UserAccount::isPasswordChangeRequired).orElse(false)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write(REFUSAL.getBytes(StandardCharsets.UTF_8));
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
