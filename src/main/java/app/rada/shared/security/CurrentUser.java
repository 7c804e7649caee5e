package app.rada.shared.security;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting now. Views use it to decide what to show; services use the same principal
 * in their access rules, so hiding a button is never the only protection.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<RadaUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RadaUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static RadaUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    /** Replaces the principal of the current login, for example after the person changed their language. */
    public static void update(UnaryOperator<RadaUser> change) {
        var context = SecurityContextHolder.getContext();
        var authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RadaUser user) {
            var changed = change.apply(user);
            var replacement = UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities());
            replacement.setDetails(authentication.getDetails());
            context.setAuthentication(replacement);
        }
    }
}
