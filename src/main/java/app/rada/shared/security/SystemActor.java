package app.rada.shared.security;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import java.util.EnumSet;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (the demo programme, scheduled jobs) with admin rights,
 * so that services keep checking access for every caller, this one included.
 */
public final class SystemActor {

    public static final long SYSTEM_ID = 0L;

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        var system = new RadaUser(SYSTEM_ID, "system@rada.local", "Rada", null, EnumSet.of(Role.ADMIN), null,
                Language.EN, Appearance.SYSTEM, true);
        return callAs(system, work);
    }

    /**
     * Runs work on behalf of a given person, with exactly their rights; for programme set-up (the
     * demo programme acts as its members) and scheduled work done for someone.
     */
    public static <T> T callAs(RadaUser person, Supplier<T> work) {
        // Vaadin's security context strategy prefers the login stored in the current Vaadin session,
        // so the session is set aside while the system acts
        var session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            VaadinSession.setCurrent(session);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
