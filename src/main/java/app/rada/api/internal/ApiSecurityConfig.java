package app.rada.api.internal;

import app.rada.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The REST API's own security: a chain for {@code /api/**} ordered before the portal's, stateless, without CSRF
 * (no cookie ever authenticates a call) and authenticated only by bearer tokens. The browsable documentation
 * is the exception: administrators open it in the browser with their portal login, so its page, and the
 * OpenAPI document when it is fetched without a token, go through a chain that reads the portal session.
 */
@Configuration
class ApiSecurityConfig {

    static final String DOCUMENT = "/api/v1/openapi.json";
    static final String DOCS_PAGE = "/api/docs";

    /** The documentation page and its files, and the OpenAPI document when no token comes with it. */
    static final RequestMatcher DOCS = request -> {
        var path = path(request);
        return path.equals(DOCS_PAGE) || path.startsWith(DOCS_PAGE + "/") || path.startsWith("/api/swagger-ui")
                || (path.startsWith(DOCUMENT) && request.getHeader("Authorization") == null);
    };

    static final RequestMatcher API = request -> path(request).startsWith("/api/");

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        http.securityMatcher(DOCS)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, TokenAuthenticator authenticator, RateLimits limits,
                                 ProblemResponses problems, AuditLog audit, SecurityContextHolderStrategy contexts)
            throws Exception {
        http.securityMatcher(API)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(request, response, problems.problem(401, "api.error.unauthenticated",
                                    new Object[0], ProblemResponses.localeOf(request)));
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                problems.problem(403, "api.error.forbidden", new Object[0],
                                        ProblemResponses.localeOf(request)))))
                .addFilterBefore(new BearerTokenFilter(authenticator, limits, problems, audit, contexts),
                        AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
