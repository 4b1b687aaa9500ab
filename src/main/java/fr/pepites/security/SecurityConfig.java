package fr.pepites.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.pepites.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four filter chains on one login. Camunda's Cockpit ({@code /camunda/**}) and REST API ({@code /engine-rest/**}) are
 * plain servlets outside Vaadin, open to administrators only: Cockpit on the application's session (form login), the
 * REST API on HTTP Basic alone, for scripts. The Actuator's health is open to load balancers, the rest to
 * administrators. Everything else is the Vaadin application, whose views are guarded by their {@code @RolesAllowed}
 * annotations. In every chain, each request acts with the account's current state ({@link CurrentAccountFilter}).
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
    SecurityFilterChain cockpitFilterChain(HttpSecurity http, AccountStates accounts) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // Matched on the whole path: these servlets are not Spring MVC's, so plain string patterns miss them.
        http.securityMatcher(paths.matcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(withDefaults())
                // Cockpit has its own CSRF protection (a token its pages send with every change); a change another
                // site's page sends is refused before it, which on such a request also ended the administrator's
                // session.
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new SameOriginChanges(), BasicAuthenticationFilter.class)
                .addFilterBefore(new CurrentAccountFilter(accounts, true), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PATH)));
        return http.build();
    }

    /**
     * Camunda's REST API is for scripts, authenticated by HTTP Basic at each call: a browser's session is not read
     * (another site's page could otherwise make an administrator's browser call it), no session is made, and a change
     * that a page of another origin sends is refused whatever it carries ({@link SameOriginChanges}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain restFilterChain(HttpSecurity http, AccountStates accounts) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new SameOriginChanges(), BasicAuthenticationFilter.class)
                .addFilterBefore(new CurrentAccountFilter(accounts, true), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    /**
     * The Actuator: the health that load balancers read ({@code /actuator/health} and its groups) is open, with no
     * details; details and every other endpoint (metrics…) are for administrators (HTTP Basic for scripts).
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, AccountStates accounts) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(paths.matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**"))
                        .permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(withDefaults())
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new CurrentAccountFilter(accounts, true), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain applicationFilterChain(HttpSecurity http, AccountStates accounts, RequestUtil vaadinRequests)
            throws Exception {
        // "/public/**": files anyone may fetch without logging in (a badge's credential, baked images, status lists).
        // The container's forward to its error address shows the French page of the error to anyone (FrenchErrors): an
        // anonymous visitor's wrong public address is told so, not sent to the login page.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/public/**").permitAll()
                .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll());
        // Besides Spring Security's defaults (nosniff, frame options, no caching of pages): a content security policy
        // (Vaadin's client needs inline and evaluated scripts; nothing may come from elsewhere, no plugin, no frame
        // around the application) and a referrer policy that sends no address outside.
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        // Vaadin's own requests carry the session's security key (Vaadin checks it); every other change needs Spring's
        // token, the login form's post too (Vaadin's default leaves the login out: another site could log a browser
        // into the attacker's account). The login form sends the token it finds in the page.
        // A login form whose token is no longer the session's (a page left open while the session ended, a second
        // tab after a login in the first) leads back to a fresh login page that says so, not to an English 403.
        RequestMatcher loginForm = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH);
        AccessDeniedHandler refused = new AccessDeniedHandlerImpl();
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler((request, response, denied) -> {
                            if (loginForm.matches(request)) {
                                response.sendRedirect(request.getContextPath() + LoginFailures.EXPIRED);
                            } else {
                                refused.handle(request, response, denied);
                            }
                        });
                        return filter;
                    }
                }));
        http.addFilterBefore(new CurrentAccountFilter(accounts, false), AuthorizationFilter.class);
        // The login page named here too: without it, Spring Security would serve its own English page at /login.
        http.formLogin(form -> form.loginPage(LOGIN_PATH).failureHandler(new LoginFailures()));

        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                .enableCsrfConfiguration(false)).build();
    }
}
