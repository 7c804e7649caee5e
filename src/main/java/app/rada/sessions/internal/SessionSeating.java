package app.rada.sessions.internal;

import app.rada.people.PeopleService;
import app.rada.sessions.RegistrationState;
import app.rada.sessions.SessionSeatOffered;
import app.rada.sessions.SessionStatus;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Seats from the waitlist and the calendar mail that goes with a change of seat, shared by
 * scheduling (a raised capacity) and registration (a freed seat). Runs inside the caller's
 * transaction, with the session row locked by the caller.
 */
@Component
public class SessionSeating {

    private final SessionStore store;
    private final SessionMails mails;
    private final PeopleService people;
    private final ApplicationEventPublisher events;

    SessionSeating(SessionStore store, SessionMails mails, PeopleService people, ApplicationEventPublisher events) {
        this.store = store;
        this.mails = mails;
        this.people = people;
        this.events = events;
    }

    /** Gives free seats to the waitlist, first come first served, while the session has not started. */
    public void promote(DesignSession session, Instant now) {
        if (session.getStatus() != SessionStatus.SCHEDULED || !now.isBefore(session.getStartsAt())) {
            return;
        }
        while (!session.full()) {
            var next = store.firstWaitlisted(session.getId());
            if (next.isEmpty()) {
                return;
            }
            long personId = next.get();
            store.changeState(session.getId(), personId, RegistrationState.REGISTERED, now);
            session.seatTaken();
            events.publishEvent(new SessionSeatOffered(session.getId(), personId));
            mail(session, personId, SessionMails.Reason.PROMOTED);
        }
    }

    /** Mails the session's calendar entry to an active member, with their own version of it. */
    public void mail(DesignSession session, long personId, SessionMails.Reason reason) {
        var account = people.findLoginAccountOf(personId);
        if (!account.active()) {
            return;
        }
        int version = store.registration(session.getId(), personId).map(SessionStore.Registration::calendarVersion)
                .orElse(0);
        mails.send(session, account, reason, session.getSequence() + version);
    }
}
