package app.rada.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One session as its page shows it to the caller.
 *
 * @param agendaHtml the agenda rendered from Markdown, safe to show
 * @param meetingUrl the online meeting link: only for members registered for it, and for staff
 * @param facilitators names of the staff who run it
 * @param audienceNames for staff: the organisations and segments invited (empty for members)
 * @param myState the caller's registration, or null
 * @param myWaitlistPosition 1 for the first on the waitlist, else 0
 * @param attendanceCode for staff: the code attendees type to check in; null for members
 * @param minutes the minutes as written (Markdown), for staff editing them
 * @param minutesHtml the minutes rendered, safe to show
 * @param myPulse the caller's answer to the pulse, if any
 * @param canAnswerPulse whether the caller may answer the pulse now (attended, session over)
 */
public record SessionDetails(long id, String title, String purpose, String agenda, String agendaHtml,
                             SessionFormat format, @Nullable String meetingUrl, @Nullable String address,
                             Instant startsAt, Instant endsAt, String timeZone, int capacity, int registered,
                             int waitlisted, Instant registrationClosesAt, List<String> facilitators,
                             SessionAudience audience, List<String> audienceNames, SessionStatus status,
                             @Nullable String cancelReason, int sequence, @Nullable RegistrationState myState,
                             int myWaitlistPosition, @Nullable Attendance myAttendance, List<LinkedIdea> ideas,
                             List<Long> touchpointIds, @Nullable String attendanceCode, String minutes,
                             String minutesHtml, List<SessionOutcome> outcomes, Optional<PulseAnswer> myPulse,
                             boolean canAnswerPulse, boolean staff) {

    public SessionDetails {
        facilitators = List.copyOf(facilitators);
        audienceNames = List.copyOf(audienceNames);
        ideas = List.copyOf(ideas);
        touchpointIds = List.copyOf(touchpointIds);
        outcomes = List.copyOf(outcomes);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - registered);
    }

    public boolean upcoming(Instant now) {
        return now.isBefore(startsAt);
    }

    public boolean over(Instant now) {
        return !now.isBefore(endsAt);
    }

    /** Registration is open: scheduled, before the deadline. */
    public boolean registrationOpen(Instant now) {
        return status == SessionStatus.SCHEDULED && now.isBefore(registrationClosesAt);
    }

    /** Whether a member may type the attendance code now: 30 minutes before the start to two hours after the end. */
    public boolean checkInOpen(Instant now) {
        return status == SessionStatus.SCHEDULED && !now.isBefore(startsAt.minus(SessionRules.CHECK_IN_BEFORE))
                && now.isBefore(endsAt.plus(SessionRules.CHECK_IN_AFTER));
    }
}
