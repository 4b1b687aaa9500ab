package fr.pepites.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.pepites.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Three filter chains on one login (and the Actuator's, for load balancers and administrators). Camunda's Cockpit ({@code /camunda/**}) and REST API ({@code /engine-rest/**})
 * are plain servlets outside Vaadin: they get their own chain, open to administrators only (session from the
 * application's form login, or HTTP Basic for scripts). Everything else is the Vaadin application, whose views
 * are guarded by their {@code @RolesAllowed} annotations.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String LOGIN_PATH = "/login";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // Matched on the whole path: these servlets are not Spring MVC's, so plain string patterns miss them.
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/camunda/**"), paths.matcher("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(withDefaults())
                // Cockpit has its own CSRF protection; the REST API is called by scripts.
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH),
                                paths.matcher("/camunda/**"))
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                paths.matcher("/engine-rest/**")));
        return http.build();
    }

    /**
     * The Actuator: the health that load balancers read ({@code /actuator/health} and its groups) is open, with no
     * details; details and every other endpoint (metrics…) are for administrators (HTTP Basic for scripts).
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**"))
                        .permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(withDefaults())
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationFilterChain(HttpSecurity http) throws Exception {
        // "/public/**": files anyone may fetch without logging in (a badge's credential, baked images, status lists).
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/public/**").permitAll());
        // Besides Spring Security's defaults (nosniff, frame options, no caching of pages): a content security policy
        // (Vaadin's client needs inline and evaluated scripts; nothing may come from elsewhere, no plugin, no frame
        // around the application) and a referrer policy that sends no address outside.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"))
                .build();
    }
}
