package app.rada.api.internal;

import app.rada.api.ApiScope;
import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call by its {@code Authorization: Bearer} token, on every call: an unknown or revoked
 * token, or one whose owner was deactivated or erased, is answered 401; a token over its rate limit 429 with
 * {@code Retry-After}; a call that changes something without the {@code write} scope 403. The call then runs
 * with the owner's principal narrowed by the scopes, and a call that changes something is audited with the
 * status it was answered with. A call without the header goes on unauthenticated, for the chain to refuse.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final TokenAuthenticator authenticator;
    private final RateLimits limits;
    private final ProblemResponses problems;
    private final AuditLog audit;
    private final SecurityContextHolderStrategy contexts;

    BearerTokenFilter(TokenAuthenticator authenticator, RateLimits limits, ProblemResponses problems, AuditLog audit,
                      SecurityContextHolderStrategy contexts) {
        this.authenticator = authenticator;
        this.limits = limits;
        this.problems = problems;
        this.audit = audit;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        var locale = ProblemResponses.localeOf(request);
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuseUnauthenticated(request, response, locale);
            return;
        }
        var caller = authenticator.authenticate(header.substring(7).strip());
        if (caller.isEmpty()) {
            // the token is never logged
            log.info("API call to {} refused: unknown, revoked or ownerless token", request.getRequestURI());
            refuseUnauthenticated(request, response, locale);
            return;
        }
        var wait = limits.take(caller.get().tokenId());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            problems.write(request, response, problems.problem(429, "api.error.rate-limited",
                    new Object[] {limits.requests()}, locale));
            return;
        }
        boolean writing = !READING.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT));
        if (writing && !caller.get().may(ApiScope.WRITE)) {
            problems.write(request, response, problems.problem(403, "api.error.scope-write", new Object[0], locale));
            return;
        }
        var user = caller.get().user();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authentication.setDetails(caller.get());
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
            if (writing) {
                audit.record(AuditRecord.of(AuditAction.API_WRITE).by(user.personId(), user.email())
                        .on("api-token", caller.get().tokenId(), null)
                        .detail(request.getMethod() + " " + request.getRequestURI() + " " + response.getStatus())
                        .from(request.getRemoteAddr()));
            }
        }
    }

    private void refuseUnauthenticated(HttpServletRequest request, HttpServletResponse response,
                                       java.util.Locale locale) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        problems.write(request, response, problems.problem(401, "api.error.unauthenticated", new Object[0], locale));
    }
}
