package app.rada.security;

import app.rada.people.AccountStamps;
import app.rada.people.PeopleService;
import app.rada.shared.security.RadaUser;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request of a logged-in session against the person as the shared database has them now,
 * so a change made on any node reaches each of their sessions, on every node, at its next request
 * (Vaadin's clicks, heartbeats and page loads alike):
 * <ul>
 *   <li>a session older than the absolute lifetime, of a person deactivated or erased, or whose session
 *       epoch is behind (password changed or reset, deactivated) ends; an open page is sent to the login
 *       page, which says why;</li>
 *   <li>a session whose rights version is behind (roles or organisation changed) gets a principal rebuilt
 *       from the database; an open page reloads instead of running the click it sent, so the view is checked
 *       again with the new rights and nothing is done with the old ones.</li>
 * </ul>
 */
final class AccountStampsFilter extends OncePerRequestFilter {

    /** The login page's parameter that makes it say the session ended. */
    static final String SESSION_ENDED = "ended";
    /** Set in the session when its rights were renewed, so the next page says so. */
    static final String RIGHTS_CHANGED = AccountStampsFilter.class.getName() + ".rightsChanged";
    /** Set when the rights were renewed by a request that could not reload the page (a heartbeat). */
    private static final String RELOAD_PENDING = AccountStampsFilter.class.getName() + ".reloadPending";

    private static final Logger log = LoggerFactory.getLogger(AccountStampsFilter.class);

    private final PeopleService people;
    private final SecurityContextHolderStrategy contexts;
    private final Duration absoluteLifetime;
    private final Clock clock;

    AccountStampsFilter(PeopleService people, SecurityContextHolderStrategy contexts, Duration absoluteLifetime,
                        Clock clock) {
        this.people = people;
        this.contexts = contexts;
        this.absoluteLifetime = absoluteLifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var authentication = contexts.getContext().getAuthentication();
        if (session == null || authentication == null || !(authentication.getPrincipal() instanceof RadaUser user)) {
            chain.doFilter(request, response);
            return;
        }
        if (tooOld(session)) {
            log.info("Session of person {} reached its absolute lifetime of {}", user.personId(), absoluteLifetime);
            end(session, request, response, chain);
            return;
        }
        Optional<AccountStamps> stamps = people.accountStamps(user.personId());
        if (stamps.isEmpty() || !stamps.get().mayStayLoggedIn() || stamps.get().sessionEpoch() != user.sessionEpoch()) {
            log.info("Session of person {} ended: the account changed since it logged in", user.personId());
            end(session, request, response, chain);
            return;
        }
        if (stamps.get().rightsVersion() != user.rightsVersion()) {
            renew(user, authentication.getDetails(), session);
            if (isUidl(request)) {
                // the click was made on a page built with the old rights: reload it instead, so the view
                // is checked again and nothing is done in the person's name with rights they no longer have
                answerUidl(response, null);
                return;
            }
            if (isHeartbeat(request)) {
                // an open page noticed first by its heartbeat is still the old page: its next click reloads it
                session.setAttribute(RELOAD_PENDING, Boolean.TRUE);
            }
        } else if (isUidl(request) && session.getAttribute(RELOAD_PENDING) != null) {
            session.removeAttribute(RELOAD_PENDING);
            answerUidl(response, null);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean tooOld(HttpSession session) {
        return clock.millis() - session.getCreationTime() > absoluteLifetime.toMillis();
    }

    private void end(HttpSession session, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        session.invalidate();
        contexts.clearContext();
        if (isUidl(request)) {
            answerUidl(response, request.getContextPath() + "/login?" + SESSION_ENDED);
            return;
        }
        // anything else goes on as a visitor's request: a page asks for the login, a resource is refused
        chain.doFilter(request, response);
    }

    private void renew(RadaUser user, @Nullable Object details, HttpSession session) {
        var renewed = people.findLoginAccountOf(user.personId()).asUser();
        var token = UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities());
        token.setDetails(details);
        var context = contexts.createEmptyContext();
        context.setAuthentication(token);
        contexts.setContext(context);
        // Vaadin reads the login of a session from this attribute on every request and in background work
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        session.setAttribute(RIGHTS_CHANGED, Boolean.TRUE);
        log.info("Rights of person {} renewed in an open session: {}", user.personId(), renewed.roles());
    }

    private static boolean isUidl(HttpServletRequest request) {
        return RequestType.UIDL.getIdentifier().equals(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER));
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return RequestType.HEARTBEAT.getIdentifier()
                .equals(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER));
    }

    /** An answer Vaadin's client understands as "go to this address", or reload the page when there is none. */
    private static void answerUidl(HttpServletResponse response, @Nullable String url) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.getOutputStream().write(VaadinService.createCriticalNotificationJSON(null, null, null, url)
                .getBytes(StandardCharsets.UTF_8));
    }
}
