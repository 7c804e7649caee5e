package app.rada.security;

import app.rada.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may reach what over HTTP. Views declare their own rules with access annotations and
 * Vaadin's navigation access control enforces them; services check again with method security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                // no limit on sessions; the registry lets a password change or reset end a person's sessions
                .maximumSessions(-1).sessionRegistry(sessionRegistry));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                // unknown addresses reach Vaadin, which shows its not-found page; views keep their own rules
                .loginView(LoginView.class)
                .anyRequest(AuthorizedUrl::permitAll));
        // after Vaadin's configurer has set up the login form, so its login page stays in place
        return http.with(new LoginFailureConfigurer(), Customizer.withDefaults()).build();
    }

    /** Sends failed logins to {@link LoginFailureHandler}. */
    static final class LoginFailureConfigurer extends AbstractHttpConfigurer<LoginFailureConfigurer, HttpSecurity> {

        @Override
        public void init(HttpSecurity http) {
            http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        }
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
