package app.rada.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What staff write for a session, to create it or to change it. Its own rules are constraints whose
 * messages are translation keys; {@link SessionDraftValidator#problems} adds the figures they show.
 * Rules that need the database stay with the scheduling service.
 *
 * @param purpose why the session is held, in a few sentences (plain text)
 * @param agenda the programme, in Markdown
 * @param timeZone the zone the session is held in (an IANA id such as {@code Europe/Warsaw}); calendar
 *                 entries carry it, and the times are shown in it next to the reader's own
 * @param registrationDeadline when registration closes; null: at the start
 * @param organisationIds with {@link SessionAudience#CHOSEN}: the organisations invited
 * @param segmentIds with {@link SessionAudience#CHOSEN}: the segments invited
 * @param touchpointIds journey touchpoints the session works on, in order
 */
@ConsistentSessionDraft
public record SessionDraft(
        @NotBlank(message = "{sessions.problem.title}")
        @Size(max = SessionDraft.TITLE_MAX, message = "{sessions.problem.title}") String title,
        @Size(max = SessionDraft.PURPOSE_MAX, message = "{sessions.problem.purpose}") String purpose,
        @Size(max = SessionDraft.AGENDA_MAX, message = "{sessions.problem.agenda}") String agenda,
        SessionFormat format,
        @Nullable String meetingUrl,
        @Nullable String address,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        @Min(value = 1, message = "{sessions.problem.capacity}")
        @Max(value = SessionDraft.CAPACITY_MAX, message = "{sessions.problem.capacity}") int capacity,
        @Nullable Instant registrationDeadline,
        List<Long> facilitatorIds,
        SessionAudience audience,
        List<Long> organisationIds,
        List<Long> segmentIds,
        @Size(max = SessionDraft.LINKS_MAX, message = "{sessions.problem.links}") List<Long> ideaIds,
        @Size(max = SessionDraft.LINKS_MAX, message = "{sessions.problem.links}") List<Long> touchpointIds) {

    public static final int TITLE_MAX = 160;
    public static final int PURPOSE_MAX = 2000;
    public static final int AGENDA_MAX = 10_000;
    public static final int URL_MAX = 500;
    public static final int ADDRESS_MAX = 500;
    public static final int CAPACITY_MAX = 10_000;
    public static final int LINKS_MAX = 20;

    public SessionDraft {
        facilitatorIds = List.copyOf(facilitatorIds);
        organisationIds = List.copyOf(organisationIds);
        segmentIds = List.copyOf(segmentIds);
        ideaIds = List.copyOf(ideaIds);
        touchpointIds = List.copyOf(touchpointIds);
    }
}
