package app.rada.security;

import app.rada.shared.security.RadaUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a person's logins after their password changed. Sessions are found by person id, because the
 * principal of a session changes when the person picks another language or colour scheme.
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Expires every session of the person except the one given; returns how many were ended. */
    int endAllExcept(long personId, @Nullable String keepSessionId) {
        int ended = 0;
        for (var principal : registry.getAllPrincipals()) {
            if (principal instanceof RadaUser user && user.personId() == personId) {
                for (var session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
