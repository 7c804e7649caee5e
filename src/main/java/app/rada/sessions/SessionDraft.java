package app.rada.sessions;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What staff write for a session, to create it or to change it.
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
public record SessionDraft(String title, String purpose, String agenda, SessionFormat format,
                           @Nullable String meetingUrl, @Nullable String address, Instant startsAt, Instant endsAt,
                           String timeZone, int capacity, @Nullable Instant registrationDeadline,
                           List<Long> facilitatorIds, SessionAudience audience, List<Long> organisationIds,
                           List<Long> segmentIds, List<Long> ideaIds, List<Long> touchpointIds) {

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
