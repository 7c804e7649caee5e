package app.rada.sessions;

import app.rada.sessions.internal.SessionAccess;
import app.rada.sessions.internal.SessionRepository;
import app.rada.sessions.internal.SessionStore;
import app.rada.shared.security.Access;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The design sessions module's work that runs as the system: reminders before a session and the pulse
 * after it, and what the notices of other modules read about a session. The use cases people start
 * live in their own services ({@link SessionSchedulingService}, {@link SessionReadingService},
 * {@link SessionRegistrationService}, {@link SessionAttendanceService}, {@link SessionFollowUpService});
 * the few of their methods other modules call through this class are handed on unchanged.
 */
@Service
@Transactional(readOnly = true)
public class SessionRemindersService {

    private final SessionRepository sessions;
    private final SessionStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionAccess access;
    private final SessionSchedulingService scheduling;
    private final SessionRegistrationService registration;
    private final SessionAttendanceService attendance;
    private final SessionFollowUpService followUp;

    SessionRemindersService(SessionRepository sessions, SessionStore store, ApplicationEventPublisher events, Clock clock,
                   SessionAccess access, SessionSchedulingService scheduling, SessionRegistrationService registration,
                   SessionAttendanceService attendance, SessionFollowUpService followUp) {
        this.sessions = sessions;
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.access = access;
        this.scheduling = scheduling;
        this.registration = registration;
        this.attendance = attendance;
        this.followUp = followUp;
    }

    /**
     * Reminds registered members 24 hours and 1 hour before the start, in the app and by e-mail as
     * they chose. Each reminder is recorded per member with a key that allows it once, and the session
     * is locked while it is sent, so a second run (another node, or the same job again) sends nothing.
     * Someone who registers within the last hour gets only the one-hour reminder. Returns how many
     * reminders went out.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int sendReminders() {
        var now = Instant.now(clock);
        int sent = 0;
        for (long id : sessions.startingBetween(SessionStatus.SCHEDULED, now, now.plus(SessionRules.FIRST_REMINDER))) {
            var session = sessions.findForUpdate(id).orElseThrow();
            if (session.getStatus() != SessionStatus.SCHEDULED || !now.isBefore(session.getStartsAt())) {
                continue;
            }
            boolean lastHour = !now.isBefore(session.getStartsAt().minus(SessionRules.SECOND_REMINDER));
            var kind = lastHour ? "1H" : "24H";
            int hours = lastHour ? 1 : 24;
            for (long personId : store.notReminded(id, kind)) {
                if (store.reminded(id, personId, kind, now)) {
                    events.publishEvent(new SessionReminderDue(id, personId, hours));
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Asks the attendees of sessions that ended (in the last week) for the pulse, once per session. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int openPulses() {
        var now = Instant.now(clock);
        int opened = 0;
        for (long id : sessions.endedWithoutPulse(now, now.minus(Duration.ofDays(7)))) {
            var session = sessions.findForUpdate(id).orElseThrow();
            if (session.isPulseInvited()) {
                continue;
            }
            session.pulseInvited();
            if (!store.attended(id).isEmpty()) {
                events.publishEvent(new SessionPulseOpened(id));
                opened++;
            }
        }
        return opened;
    }
}
