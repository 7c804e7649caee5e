package app.rada.api.sessions;

import app.rada.ideas.IdeaStatus;
import app.rada.sessions.Attendance;
import app.rada.sessions.RegistrationState;
import app.rada.sessions.SessionAudience;
import app.rada.sessions.SessionDetails;
import app.rada.sessions.SessionFormat;
import app.rada.sessions.SessionOutcome;
import app.rada.sessions.SessionStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One design session as its page shows it to the token's person. {@code meetingUrl} is there only for the
 * registered and for staff; {@code audienceNames} only for staff. Agenda and minutes come as sanitised HTML.
 */
public record SessionDetail(long id, String title, String purpose, String agendaHtml, SessionFormat format,
                            @Nullable String meetingUrl, @Nullable String address, Instant startsAt, Instant endsAt,
                            String timeZone, int capacity, int registered, int waitlisted, int seatsLeft,
                            Instant registrationClosesAt, List<String> facilitators, SessionAudience audience,
                            List<String> audienceNames, SessionStatus status, @Nullable String cancelReason,
                            @Nullable RegistrationState myState, int myWaitlistPosition,
                            @Nullable Attendance myAttendance, List<Idea> ideas, List<Long> touchpointIds,
                            String minutesHtml, List<Outcome> outcomes) {

    public SessionDetail {
        facilitators = List.copyOf(facilitators);
        audienceNames = List.copyOf(audienceNames);
        ideas = List.copyOf(ideas);
        touchpointIds = List.copyOf(touchpointIds);
        outcomes = List.copyOf(outcomes);
    }

    /** An idea the session is about. */
    public record Idea(long id, String title, IdeaStatus status) {
    }

    /** Something the session decided or found, with the idea it became. */
    public record Outcome(long id, String title, String textHtml, @Nullable Long ideaId, Instant createdAt) {

        static Outcome of(SessionOutcome outcome) {
            return new Outcome(outcome.id(), outcome.title(), outcome.textHtml(), outcome.ideaId(),
                    outcome.createdAt());
        }
    }

    static SessionDetail of(SessionDetails s) {
        return new SessionDetail(s.id(), s.title(), s.purpose(), s.agendaHtml(), s.format(), s.meetingUrl(),
                s.address(), s.startsAt(), s.endsAt(), s.timeZone(), s.capacity(), s.registered(), s.waitlisted(),
                s.seatsLeft(), s.registrationClosesAt(), s.facilitators(), s.audience(), s.audienceNames(), s.status(),
                s.cancelReason(), s.myState(), s.myWaitlistPosition(), s.myAttendance(),
                s.ideas().stream().map(i -> new Idea(i.id(), i.title(), i.status())).toList(), s.touchpointIds(),
                s.minutesHtml(), s.outcomes().stream().map(Outcome::of).toList());
    }
}
