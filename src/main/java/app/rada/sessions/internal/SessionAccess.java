package app.rada.sessions.internal;

import app.rada.people.PeopleService;
import app.rada.sessions.SessionStatus;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds a session and applies the rule of who may open it, the same way for every use-case service
 * of the module. Callers hold the transaction; nothing here checks a role on its own.
 */
@Component
public class SessionAccess {

    private final SessionRepository sessions;
    private final SessionStore store;
    private final PeopleService people;

    SessionAccess(SessionRepository sessions, SessionStore store, PeopleService people) {
        this.sessions = sessions;
        this.store = store;
        this.people = people;
    }

    public DesignSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> missing(sessionId));
    }

    /** The session, locked for the rest of the transaction so seats and counters change one at a time. */
    public DesignSession locked(long sessionId) {
        return sessions.findForUpdate(sessionId).orElseThrow(() -> missing(sessionId));
    }

    /** The session if the person may open it; drafts are hidden as if they did not exist. */
    public DesignSession visible(long sessionId, RadaUser me) {
        var session = session(sessionId);
        requireVisible(session, me);
        return session;
    }

    public void requireVisible(DesignSession session, RadaUser me) {
        if (me.isStaff()) {
            return;
        }
        if (session.getStatus() == SessionStatus.DRAFT) {
            throw missing(session.getId());
        }
        if (!inAudience(session, me)) {
            throw new AccessDeniedException("Session " + session.getId() + " is not for this member");
        }
        if (session.getStatus() == SessionStatus.CANCELLED
                && store.registration(session.getId(), me.personId()).isEmpty()) {
            throw missing(session.getId());
        }
    }

    public boolean mayOpen(DesignSession session, RadaUser me) {
        return me.isStaff() || session.getStatus() != SessionStatus.DRAFT && inAudience(session, me)
                && (session.getStatus() != SessionStatus.CANCELLED
                || store.registration(session.getId(), me.personId()).isPresent());
    }

    /** The audience rule; {@code SessionStore} applies the same rule in SQL for the lists. */
    private boolean inAudience(DesignSession session, RadaUser me) {
        return switch (session.getAudience()) {
            case ALL -> true;
            case BOARD -> me.has(Role.BOARD_MEMBER);
            case CHOSEN -> me.organisationId() != null && (session.getOrganisationIds().contains(me.organisationId())
                    || people.segmentOf(me.organisationId()).map(session.getSegmentIds()::contains).orElse(false));
        };
    }

    public SessionStore.Viewer viewer(RadaUser me) {
        var organisation = me.organisationId();
        var segment = organisation == null ? null : people.segmentOf(organisation).orElse(null);
        return new SessionStore.Viewer(me.personId(), me.isStaff(), me.has(Role.BOARD_MEMBER), organisation, segment);
    }

    public static NoSuchElementException missing(long sessionId) {
        return new NoSuchElementException("session " + sessionId);
    }
}
