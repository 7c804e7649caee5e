package app.rada.notifications.internal;

import app.rada.sessions.ui.SessionNavigation;
import app.rada.notifications.NotificationKind;
import app.rada.sessions.SessionChanged;
import app.rada.sessions.SessionMessageSent;
import app.rada.sessions.SessionPulseOpened;
import app.rada.sessions.SessionRegistered;
import app.rada.sessions.SessionReminderDue;
import app.rada.sessions.SessionSeatOffered;
import app.rada.sessions.api.SessionAudiences;
import app.rada.sessions.api.SessionAudiences.Heading;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells members about their design sessions. Registration, a seat from the waitlist, changes and
 * cancellations already reached them by e-mail with the calendar entry, so those notices stay in the
 * app; reminders, messages from staff and the pulse follow each member's choice for design sessions.
 * Reminders, messages and the pulse are told once per cause; registrations and changes carry nothing
 * that tells a repeat from a redelivery, so they are told each time they arrive.
 */
@Component
class SessionNotices {

    /** Times in notices are written in the session's own zone, which the text names. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NoticeWriter notifications;
    private final SessionAudiences sessions;

    SessionNotices(NoticeWriter notifications, SessionAudiences sessions) {
        this.notifications = notifications;
        this.sessions = sessions;
    }

    @ApplicationModuleListener
    void on(SessionRegistered event) {
        var found = sessions.heading(event.sessionId());
        if (found.isEmpty()) {
            return;
        }
        var session = found.get();
        notifications.notifyInApp(event.personId(), NotificationKind.SESSIONS, event.waitlisted()
                        ? "notifications.sessions.waitlisted" : "notifications.sessions.registered",
                event.waitlisted() ? "notifications.sessions.waitlisted.body" : null,
                List.of(session.title(), when(session)), link(event.sessionId()));
    }

    @ApplicationModuleListener
    void on(SessionSeatOffered event) {
        var found = sessions.heading(event.sessionId());
        if (found.isEmpty()) {
            return;
        }
        var session = found.get();
        notifications.notifyInApp(event.personId(), NotificationKind.SESSIONS, "notifications.sessions.seat",
                "notifications.sessions.seat.body", List.of(session.title(), when(session)),
                link(event.sessionId()));
    }

    @ApplicationModuleListener
    void on(SessionChanged event) {
        var found = sessions.heading(event.sessionId());
        if (found.isEmpty()) {
            return;
        }
        var session = found.get();
        var key = event.cancelled() ? "notifications.sessions.cancelled" : "notifications.sessions.changed";
        sessions.registrants(event.sessionId()).forEach(id -> notifications.notifyInApp(id,
                NotificationKind.SESSIONS, key, key + ".body", List.of(session.title(), when(session)),
                link(event.sessionId())));
    }

    @ApplicationModuleListener
    void on(SessionReminderDue event) {
        var found = sessions.heading(event.sessionId());
        if (found.isEmpty()) {
            return;
        }
        var session = found.get();
        notifications.notifyOnce("session-reminder:" + event.sessionId() + ":" + event.hoursBefore(),
                event.personId(), NotificationKind.SESSIONS, "notifications.sessions.reminder",
                "notifications.sessions.reminder-" + (event.hoursBefore() <= 1 ? 1 : 24) + ".body",
                List.of(session.title(), when(session)),
                link(event.sessionId()));
    }

    @ApplicationModuleListener
    void on(SessionMessageSent event) {
        var found = sessions.heading(event.sessionId());
        if (found.isEmpty()) {
            return;
        }
        var session = found.get();
        var text = sessions.message(event.messageId()).orElse("");
        sessions.registrants(event.sessionId()).forEach(id -> notifications.notifyOnce(
                "session-message:" + event.messageId(), id, NotificationKind.SESSIONS,
                "notifications.sessions.message", "notifications.sessions.message.body",
                List.of(session.title(), text), link(event.sessionId())));
    }

    @ApplicationModuleListener
    void on(SessionPulseOpened event) {
        var found = sessions.heading(event.sessionId());
        if (found.isEmpty()) {
            return;
        }
        var session = found.get();
        sessions.attended(event.sessionId()).forEach(id -> notifications.notifyOnce(
                "session-pulse:" + event.sessionId(), id, NotificationKind.SESSIONS, "notifications.sessions.pulse", "notifications.sessions.pulse.body",
                List.of(session.title()), link(event.sessionId())));
    }

    private static String when(Heading session) {
        return WHEN.withZone(ZoneId.of(session.timeZone())).format(session.startsAt()) + " (" + session.timeZone()
                + ")";
    }

    private static String link(long sessionId) {
        return SessionNavigation.session(sessionId);
    }
}
