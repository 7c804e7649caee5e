package app.rada.sessions;

import app.rada.people.PeopleService;
import app.rada.sessions.internal.DesignSession;
import app.rada.sessions.internal.SessionAccess;
import app.rada.sessions.internal.SessionMails;
import app.rada.sessions.internal.SessionSeating;
import app.rada.sessions.internal.SessionStore;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members register for a session or join its waitlist, and give their seat up again; staff put a
 * member on the list themselves. Freed seats go to the waitlist in arrival order.
 */
@Service
@Transactional(readOnly = true)
public class SessionRegistrationService {

    private final SessionStore store;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionAccess access;
    private final SessionSeating seating;

    SessionRegistrationService(SessionStore store, PeopleService people, ApplicationEventPublisher events,
                               Clock clock, SessionAccess access, SessionSeating seating) {
        this.store = store;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.access = access;
        this.seating = seating;
    }

    /**
     * Registers the caller, or puts them on the waitlist when the session is full. Fifty members at
     * once for the last seats: the session row is locked while each one is seated, so seats go in
     * arrival order, exactly up to the capacity, and nobody is on the list twice. Registering again
     * while registered or waitlisted changes nothing.
     */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public RegistrationResult register(long sessionId) {
        var me = CurrentUser.require();
        var session = access.locked(sessionId);
        access.requireVisible(session, me);
        var now = Instant.now(clock);
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new Problem("sessions.problem.not-open");
        }
        if (!now.isBefore(session.registrationClosesAt())) {
            throw new Problem("sessions.problem.registration-closed");
        }
        return join(session, me.personId(), now);
    }

    /**
     * Staff put a member on a session's list, for example someone who came without registering; the
     * deadline does not apply, the capacity does.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RegistrationResult addToList(long sessionId, long personId) {
        var session = access.locked(sessionId);
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new Problem("sessions.problem.not-open");
        }
        if (!people.findLoginAccountOf(personId).active()) {
            throw new Problem("sessions.problem.inactive");
        }
        return join(session, personId, Instant.now(clock));
    }

    private RegistrationResult join(DesignSession session, long personId, Instant now) {
        long sessionId = session.getId();
        var existing = store.registration(sessionId, personId);
        if (existing.isPresent() && existing.get().state() != RegistrationState.CANCELLED) {
            var r = existing.get();
            return new RegistrationResult(r.state(), r.state() == RegistrationState.WAITLISTED
                    ? store.waitlistPosition(sessionId, r.arrival()) : 0);
        }
        long arrival = session.arrive();
        var state = session.full() ? RegistrationState.WAITLISTED : RegistrationState.REGISTERED;
        if (state == RegistrationState.REGISTERED) {
            session.seatTaken();
        }
        store.join(sessionId, personId, state, arrival, now, existing.isPresent());
        events.publishEvent(new SessionRegistered(sessionId, personId, state == RegistrationState.WAITLISTED));
        if (state == RegistrationState.REGISTERED) {
            if (now.isBefore(session.getEndsAt())) {
                seating.mail(session, personId, SessionMails.Reason.REGISTERED);
            }
            return new RegistrationResult(state, 0);
        }
        return new RegistrationResult(state, store.waitlistPosition(sessionId, arrival));
    }

    /**
     * Gives up the caller's seat or place on the waitlist, until the session starts. A freed seat goes
     * to the first member on the waitlist at once.
     */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void cancelRegistration(long sessionId) {
        var me = CurrentUser.require();
        var session = access.locked(sessionId);
        access.requireVisible(session, me);
        var mine = store.registration(sessionId, me.personId()).filter(r -> r.state() != RegistrationState.CANCELLED)
                .orElseThrow(() -> new Problem("sessions.problem.not-registered"));
        var now = Instant.now(clock);
        if (!now.isBefore(session.getStartsAt())) {
            throw new Problem("sessions.problem.started");
        }
        store.changeState(sessionId, me.personId(), RegistrationState.CANCELLED, now);
        if (mine.state() == RegistrationState.REGISTERED) {
            session.seatFreed();
            if (session.getStatus() == SessionStatus.SCHEDULED) {
                seating.mail(session, me.personId(), SessionMails.Reason.DEREGISTERED);
            }
        }
        events.publishEvent(new SessionRegistrationCancelled(sessionId, me.personId()));
        seating.promote(session, now);
    }
}
