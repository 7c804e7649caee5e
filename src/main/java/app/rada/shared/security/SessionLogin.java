package app.rada.shared.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Logs a person in from within the UI, for example right after they accepted an invitation:
 * a new session id, then the login stored where Spring Security looks for it on the next request.
 */
public final class SessionLogin {

    private SessionLogin() {
    }

    public static void logIn(RadaUser user) {
        var safe = user.withoutPassword();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(safe, null, safe.getAuthorities()));
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            var http = request.getHttpServletRequest();
            if (http.getSession(false) != null) {
                http.changeSessionId();
            }
            new HttpSessionSecurityContextRepository().saveContext(context, http, response.getHttpServletResponse());
        }
    }
}
