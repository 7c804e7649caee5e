package app.rada.sessions.api;

import app.rada.sessions.RegistrationState;
import app.rada.sessions.internal.SessionRepository;
import app.rada.sessions.internal.SessionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a notice about a design session names, and whom it goes to. */
@Component
@Transactional(readOnly = true)
public class SessionAudiences {

    private final SessionRepository sessions;
    private final SessionStore store;

    SessionAudiences(SessionRepository sessions, SessionStore store) {
        this.sessions = sessions;
        this.store = store;
    }

    /** The session's title and start in its own time zone, or empty when it is gone. */
    public Optional<Heading> heading(long sessionId) {
        return sessions.findById(sessionId).map(s -> new Heading(s.getTitle(), s.getStartsAt(), s.getTimeZone()));
    }

    /** Members registered or waitlisted, in arrival order. */
    public List<Long> registrants(long sessionId) {
        var all = new ArrayList<>(store.peopleInState(sessionId, RegistrationState.REGISTERED));
        all.addAll(store.peopleInState(sessionId, RegistrationState.WAITLISTED));
        return all;
    }

    /** Members marked as attended, for the pulse invitation. */
    public List<Long> attended(long sessionId) {
        return store.attended(sessionId);
    }

    /** The text of a message staff sent to a session's list, or empty when it is gone. */
    public Optional<String> message(long messageId) {
        return store.message(messageId);
    }

    /** A session as a notice names it. */
    public record Heading(String title, Instant startsAt, String timeZone) {
    }
}
