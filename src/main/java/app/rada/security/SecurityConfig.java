package app.rada.security;

import app.rada.audit.AuditLog;
import app.rada.people.PeopleService;
import app.rada.people.SsoAdmissions;
import app.rada.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may reach what over HTTP. Views declare their own rules with access annotations and
 * Vaadin's navigation access control enforces them; services check again with method security.
 * Every request of a logged-in session is first held against the person's stamps in the database
 * ({@link AccountStampsFilter}), so changed rights and ended sessions take effect on every node.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PeopleService people,
                                            SecurityContextHolderStrategy contexts, Clock clock,
                                            @Value("${rada.security.session.absolute-lifetime:12h}")
                                            Duration absoluteLifetime, SsoProviders providers,
                                            SsoAdmissions admissions, LoginThrottle throttle,
                                            LoginSettings settings, AuditLog audit) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // after the login is loaded from the session, before any rule looks at its roles
        http.addFilterBefore(new AccountStampsFilter(people, contexts, absoluteLifetime, clock),
                AuthorizationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            // unknown addresses reach Vaadin, which shows its not-found page; views keep their own rules
            vaadin.loginView(LoginView.class).anyRequest(AuthorizedUrl::permitAll);
            if (providers.any()) {
                // single sign-on only when a provider is configured (docs/sso.md); Vaadin's configurer sets up
                // either a login view or an OAuth2 login page, so the OAuth2 login is added below on the same page
                vaadin.logoutSuccessHandler(new SsoLogoutSuccessHandler(providers));
            }
        });
        // after Vaadin's configurer has set up the login form, so its login page stays in place
        http.with(new LoginFailureConfigurer(), Customizer.withDefaults());
        if (providers.any()) {
            http.with(new SsoLoginConfigurer(new SsoUserService(admissions, throttle, settings),
                    new SsoLoginHandlers(throttle, audit, contexts)), Customizer.withDefaults());
        }
        return http.build();
    }

    /** Sends failed logins to {@link LoginFailureHandler}. */
    static final class LoginFailureConfigurer extends AbstractHttpConfigurer<LoginFailureConfigurer, HttpSecurity> {

        @Override
        public void init(HttpSecurity http) {
            http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        }
    }

    /**
     * Who a provider's user is in Rada, and what happens after: set after Vaadin's configurer, whose success
     * handler would otherwise keep the provider's user as the login.
     */
    static final class SsoLoginConfigurer extends AbstractHttpConfigurer<SsoLoginConfigurer, HttpSecurity> {

        private final SsoUserService users;
        private final SsoLoginHandlers handlers;

        SsoLoginConfigurer(SsoUserService users, SsoLoginHandlers handlers) {
            this.users = users;
            this.handlers = handlers;
        }

        @Override
        public void init(HttpSecurity http) {
            http.oauth2Login(login -> login
                    // the login view offers the providers' links beside the password form
                    .loginPage("/login")
                    .userInfoEndpoint(endpoint -> endpoint.oidcUserService(users))
                    // the provider's tokens stay in the person's session, never in a map on the node
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .successHandler(handlers::succeeded)
                    .failureHandler(handlers.failureHandler()));
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
