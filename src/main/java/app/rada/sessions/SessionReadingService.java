package app.rada.sessions;

import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaSummary;
import app.rada.people.PeopleService;
import app.rada.sessions.internal.DesignSession;
import app.rada.sessions.internal.SessionAccess;
import app.rada.sessions.internal.SessionCalendar;
import app.rada.sessions.internal.SessionMails;
import app.rada.sessions.internal.SessionRepository;
import app.rada.sessions.internal.SessionStore;
import app.rada.shared.Language;
import app.rada.shared.Markdown;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members and staff see of design sessions: the lists, the month calendar, one session's page,
 * its meeting link and calendar file, and the sessions tied to an idea. Drafts are for staff; other
 * sessions for the members in their audience.
 */
@Service
@Transactional(readOnly = true)
public class SessionReadingService {

    static final int PAGE_MAX = 100;
    static final int CALENDAR_MAX = 300;

    private final SessionRepository sessions;
    private final SessionStore store;
    private final SessionMails mails;
    private final PeopleService people;
    private final IdeaService ideas;
    private final Clock clock;
    private final SessionAccess access;

    SessionReadingService(SessionRepository sessions, SessionStore store, SessionMails mails, PeopleService people,
                          IdeaService ideas, Clock clock, SessionAccess access) {
        this.sessions = sessions;
        this.store = store;
        this.mails = mails;
        this.people = people;
        this.ideas = ideas;
        this.clock = clock;
        this.access = access;
    }

    /** A page of sessions the caller may see; drafts and cancelled sessions are for staff. */
    @PreAuthorize(Access.MEMBER)
    public List<SessionRow> list(SessionList list, int offset, int limit) {
        var viewer = access.viewer(CurrentUser.require());
        if (list.staffOnly() && !viewer.staff()) {
            throw new AccessDeniedException("Drafts and cancelled sessions are for staff");
        }
        return store.list(list, viewer, Instant.now(clock), Math.max(offset, 0), Math.min(Math.max(limit, 1), PAGE_MAX));
    }

    @PreAuthorize(Access.MEMBER)
    public long count(SessionList list) {
        var viewer = access.viewer(CurrentUser.require());
        if (list.staffOnly() && !viewer.staff()) {
            throw new AccessDeniedException("Drafts and cancelled sessions are for staff");
        }
        return store.count(list, viewer, Instant.now(clock));
    }

    /** Upcoming sessions the caller signed up for (registered or on the waiting list), the next first. */
    @PreAuthorize(Access.MEMBER)
    public List<SessionRow> mineUpcoming(int limit) {
        var viewer = access.viewer(CurrentUser.require());
        return store.registeredUpcoming(viewer, Instant.now(clock), Math.min(Math.max(limit, 1), PAGE_MAX));
    }

    /** Upcoming sessions open to the caller that they have not signed up for, the next first. */
    @PreAuthorize(Access.MEMBER)
    public List<SessionRow> openToMe(int limit) {
        var viewer = access.viewer(CurrentUser.require());
        return store.openToJoin(viewer, Instant.now(clock), Math.min(Math.max(limit, 1), PAGE_MAX));
    }

    /** The sessions the caller may see that start between two moments, for the month calendar. */
    @PreAuthorize(Access.MEMBER)
    public List<SessionRow> between(Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(Duration.ofDays(62)) > 0) {
            throw new IllegalArgumentException("A calendar shows at most two months");
        }
        return store.between(from, to, access.viewer(CurrentUser.require()), CALENDAR_MAX);
    }

    /** One session as the caller may see it. Refused to members outside its audience. */
    @PreAuthorize(Access.MEMBER)
    public SessionDetails details(long sessionId) {
        var me = CurrentUser.require();
        var s = access.visible(sessionId, me);
        boolean staff = me.isStaff();
        var mine = store.registration(sessionId, me.personId());
        var state = mine.map(SessionStore.Registration::state).orElse(null);
        int position = state == RegistrationState.WAITLISTED ? store.waitlistPosition(sessionId, mine.get().arrival()) : 0;
        var names = people.displayNames(s.getFacilitatorIds());
        var facilitators = s.getFacilitatorIds().stream().map(id -> names.getOrDefault(id, Optional.empty()))
                .flatMap(Optional::stream).toList();
        var linked = new ArrayList<LinkedIdea>();
        s.getIdeaIds().forEach(id -> ideas.summary(id).ifPresent(i -> linked.add(new LinkedIdea(i.id(), i.title(),
                i.status()))));
        var now = Instant.now(clock);
        var attendance = mine.map(SessionStore.Registration::attendance).orElse(null);
        var pulse = mine.isPresent() ? store.pulse(sessionId, me.personId()) : Optional.<PulseAnswer>empty();
        boolean canPulse = attendance == Attendance.ATTENDED && !now.isBefore(s.getEndsAt())
                && s.getStatus() == SessionStatus.SCHEDULED;
        return new SessionDetails(sessionId, s.getTitle(), s.getPurpose(), s.getAgenda(), Markdown.toHtml(s.getAgenda()),
                s.getFormat(), staff || state == RegistrationState.REGISTERED ? s.getMeetingUrl() : null,
                s.getAddress(), s.getStartsAt(), s.getEndsAt(), s.getTimeZone(), s.getCapacity(), s.getRegisteredCount(),
                store.countInState(sessionId, RegistrationState.WAITLISTED), s.registrationClosesAt(), facilitators,
                s.getAudience(), staff ? audienceNames(s, me.language()) : List.of(), s.getStatus(), s.getCancelReason(),
                s.getSequence(), state, position, attendance, linked, s.getTouchpointIds(),
                staff ? s.getAttendanceCode() : null, staff ? s.getMinutes() : "", Markdown.toHtml(s.getMinutes()),
                outcomes(sessionId), pulse, canPulse, staff);
    }

    private List<String> audienceNames(DesignSession s, Language language) {
        var names = new ArrayList<String>();
        people.organisations().stream().filter(o -> s.getOrganisationIds().contains(o.id()))
                .forEach(o -> names.add(o.name()));
        people.segments().stream().filter(g -> s.getSegmentIds().contains(g.id()))
                .forEach(g -> names.add(language == Language.PL ? g.namePl() : g.nameEn()));
        return names;
    }

    private List<SessionOutcome> outcomes(long sessionId) {
        return store.outcomes(sessionId).stream().map(o -> {
            var idea = o.ideaId() == null ? Optional.<IdeaSummary>empty() : ideas.summary(o.ideaId());
            return new SessionOutcome(o.id(), o.title(), o.text(), Markdown.toHtml(o.text()),
                    idea.isPresent() ? o.ideaId() : null, idea.map(IdeaSummary::title).orElse(null),
                    o.createdAt());
        }).toList();
    }

    /**
     * The online meeting link: only for members registered for the session (and for staff). Refused
     * to everyone else, so the link never leaves the service for them. Empty for sessions on site.
     */
    @PreAuthorize(Access.MEMBER)
    public Optional<String> meetingLink(long sessionId) {
        var me = CurrentUser.require();
        var s = access.visible(sessionId, me);
        if (!me.isStaff() && store.registration(sessionId, me.personId()).map(SessionStore.Registration::state)
                .orElse(null) != RegistrationState.REGISTERED) {
            throw new AccessDeniedException("The meeting link is for registered attendees");
        }
        return Optional.ofNullable(s.getMeetingUrl());
    }

    /**
     * The session's calendar entry for the caller to download: the same UID as the e-mailed entries;
     * with the meeting link only when the caller is registered.
     */
    @PreAuthorize(Access.MEMBER)
    public String calendarFile(long sessionId) {
        var me = CurrentUser.require();
        var s = access.visible(sessionId, me);
        var mine = store.registration(sessionId, me.personId());
        boolean registered = mine.map(SessionStore.Registration::state).orElse(null) == RegistrationState.REGISTERED;
        var kind = s.getStatus() == SessionStatus.CANCELLED ? SessionCalendar.Kind.CANCEL : SessionCalendar.Kind.PUBLISH;
        int sequence = s.getSequence() + mine.map(SessionStore.Registration::calendarVersion).orElse(0);
        return SessionCalendar.write(mails.entry(s, kind, sequence, registered, null, null, me.language().locale()));
    }

    /**
     * The sessions tied to an idea (linked in the editor, or grown from an outcome) that the caller
     * may open, newest first; for the idea's page.
     */
    @PreAuthorize(Access.MEMBER)
    public List<SessionRow> linkedToIdea(long ideaId) {
        var me = CurrentUser.require();
        var rows = new ArrayList<SessionRow>();
        for (long id : store.sessionsOfIdea(ideaId)) {
            sessions.findById(id).filter(s -> access.mayOpen(s, me)).ifPresent(s -> rows.add(new SessionRow(s.getId(),
                    s.getTitle(), s.getFormat(), s.getStartsAt(), s.getEndsAt(), s.getTimeZone(), s.getCapacity(),
                    s.getRegisteredCount(), s.getStatus(), null)));
        }
        return rows;
    }
}
