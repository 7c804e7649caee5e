package app.rada.sessions;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.journeys.JourneyService;
import app.rada.people.OrganisationOption;
import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.people.SegmentOption;
import app.rada.sessions.internal.DesignSession;
import app.rada.sessions.internal.SessionCalendar;
import app.rada.sessions.internal.SessionMails;
import app.rada.sessions.internal.SessionRepository;
import app.rada.sessions.internal.SessionStore;
import app.rada.shared.Language;
import app.rada.shared.Markdown;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The design sessions module's API. Staff schedule, change and cancel sessions, run the attendee list
 * and follow up; members see the sessions whose audience includes them, register (or join the
 * waitlist), check in and answer the pulse. Every rule about who may see or do what is checked here,
 * whatever page asks. Scheduled work (reminders, the pulse) runs as the system.
 */
@Service
@Transactional(readOnly = true)
public class SessionService {

    static final int PAGE_MAX = 100;
    static final int CALENDAR_MAX = 300;
    public static final int REASON_MAX = 1000;
    /** Kept short enough to travel whole in a notification. */
    public static final int MESSAGE_MAX = 1500;
    public static final int MINUTES_MAX = 20_000;

    private final SessionRepository sessions;
    private final SessionStore store;
    private final SessionMails mails;
    private final PeopleService people;
    private final IdeaService ideas;
    private final JourneyService journeys;
    private final AuditLog audit;
    private final Translations texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(SessionRepository sessions, SessionStore store, SessionMails mails, PeopleService people,
                   IdeaService ideas, JourneyService journeys, AuditLog audit, Translations texts,
                   ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.store = store;
        this.mails = mails;
        this.people = people;
        this.ideas = ideas;
        this.journeys = journeys;
        this.audit = audit;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    // --- staff: scheduling

    /** Saves a new session as a draft, which only staff see until it is published. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long create(SessionDraft draft) {
        var me = CurrentUser.require();
        check(draft);
        var session = new DesignSession(me.personId(), Instant.now(clock));
        apply(session, draft);
        sessions.save(session);
        audit.record(AuditRecord.of(AuditAction.SESSION_SAVED).by(me.personId(), me.email())
                .on("session", session.getId(), session.getTitle()).detail("created"));
        return session.getId();
    }

    /**
     * Changes a session. A scheduled session's registrants get the updated calendar entry (its
     * SEQUENCE goes up), and a raised capacity gives seats to the waitlist. The capacity cannot go
     * below the seats already taken.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void update(long sessionId, SessionDraft draft) {
        var me = CurrentUser.require();
        var session = locked(sessionId);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new Problem("sessions.problem.cancelled");
        }
        check(draft);
        if (draft.capacity() < session.getRegisteredCount()) {
            throw new Problem("sessions.problem.capacity-below", session.getRegisteredCount());
        }
        apply(session, draft);
        audit.record(AuditRecord.of(AuditAction.SESSION_SAVED).by(me.personId(), me.email())
                .on("session", sessionId, session.getTitle()).detail("edited, sequence " + session.getSequence()));
        if (session.getStatus() == SessionStatus.SCHEDULED) {
            var now = Instant.now(clock);
            if (now.isBefore(session.getEndsAt())) {
                for (long personId : store.peopleInState(sessionId, RegistrationState.REGISTERED)) {
                    mail(session, personId, SessionMails.Reason.UPDATED);
                }
            }
            promote(session, now);
            events.publishEvent(new SessionChanged(sessionId, false));
        }
    }

    /** Makes a draft visible to its audience. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void publish(long sessionId) {
        var me = CurrentUser.require();
        var session = locked(sessionId);
        if (session.getStatus() != SessionStatus.DRAFT) {
            throw new Problem("sessions.problem.not-draft");
        }
        session.publish();
        audit.record(AuditRecord.of(AuditAction.SESSION_PUBLISHED).by(me.personId(), me.email())
                .on("session", sessionId, session.getTitle()));
        events.publishEvent(new SessionScheduled(sessionId));
    }

    /** Cancels a session with a reason; everyone registered gets a cancellation for their calendar. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void cancel(long sessionId, String reason) {
        var me = CurrentUser.require();
        var clean = reason.strip();
        if (clean.isEmpty() || clean.length() > REASON_MAX) {
            throw new Problem("sessions.problem.reason", REASON_MAX);
        }
        var session = locked(sessionId);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new Problem("sessions.problem.cancelled");
        }
        boolean wasScheduled = session.getStatus() == SessionStatus.SCHEDULED;
        session.cancel(clean);
        audit.record(AuditRecord.of(AuditAction.SESSION_CANCELLED).by(me.personId(), me.email())
                .on("session", sessionId, session.getTitle()).detail(clean));
        if (wasScheduled) {
            if (Instant.now(clock).isBefore(session.getEndsAt())) {
                for (long personId : store.peopleInState(sessionId, RegistrationState.REGISTERED)) {
                    mail(session, personId, SessionMails.Reason.CANCELLED);
                }
            }
            events.publishEvent(new SessionChanged(sessionId, true));
        }
    }

    /** A session as the editor shows it. */
    @PreAuthorize(Access.STAFF)
    public SessionDraft draft(long sessionId) {
        var s = session(sessionId);
        return new SessionDraft(s.getTitle(), s.getPurpose(), s.getAgenda(), s.getFormat(), s.getMeetingUrl(),
                s.getAddress(), s.getStartsAt(), s.getEndsAt(), s.getTimeZone(), s.getCapacity(),
                s.getRegistrationDeadline(), s.getFacilitatorIds(), s.getAudience(), List.copyOf(s.getOrganisationIds()),
                List.copyOf(s.getSegmentIds()), s.getIdeaIds(), s.getTouchpointIds());
    }

    private void check(SessionDraft d) {
        if (d.title().isBlank() || d.title().strip().length() > SessionDraft.TITLE_MAX) {
            throw new Problem("sessions.problem.title", SessionDraft.TITLE_MAX);
        }
        if (d.purpose().strip().length() > SessionDraft.PURPOSE_MAX) {
            throw new Problem("sessions.problem.purpose", SessionDraft.PURPOSE_MAX);
        }
        if (d.agenda().strip().length() > SessionDraft.AGENDA_MAX) {
            throw new Problem("sessions.problem.agenda", SessionDraft.AGENDA_MAX);
        }
        if (d.format().online()) {
            var url = d.meetingUrl() == null ? "" : d.meetingUrl().strip();
            if (url.isEmpty()) {
                throw new Problem("sessions.problem.link-needed");
            }
            if (url.length() > SessionDraft.URL_MAX || !webAddress(url)) {
                throw new Problem("sessions.problem.link");
            }
        }
        if (d.format().onSite()) {
            var address = d.address() == null ? "" : d.address().strip();
            if (address.isEmpty()) {
                throw new Problem("sessions.problem.address-needed");
            }
            if (address.length() > SessionDraft.ADDRESS_MAX) {
                throw new Problem("sessions.problem.address", SessionDraft.ADDRESS_MAX);
            }
        }
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw new Problem("sessions.problem.times");
        }
        if (Duration.between(d.startsAt(), d.endsAt()).compareTo(Duration.ofDays(3)) > 0) {
            throw new Problem("sessions.problem.too-long");
        }
        try {
            ZoneId.of(d.timeZone());
        } catch (DateTimeException unknown) {
            throw new Problem("sessions.problem.zone", d.timeZone());
        }
        if (d.capacity() < 1 || d.capacity() > SessionDraft.CAPACITY_MAX) {
            throw new Problem("sessions.problem.capacity", SessionDraft.CAPACITY_MAX);
        }
        if (d.registrationDeadline() != null && d.registrationDeadline().isAfter(d.startsAt())) {
            throw new Problem("sessions.problem.deadline");
        }
        if (d.audience() == SessionAudience.CHOSEN && d.organisationIds().isEmpty() && d.segmentIds().isEmpty()) {
            throw new Problem("sessions.problem.audience");
        }
        if (d.audience() == SessionAudience.CHOSEN) {
            var knownOrganisations = people.organisations().stream().map(OrganisationOption::id)
                    .collect(Collectors.toSet());
            var knownSegments = people.segments().stream().map(SegmentOption::id).collect(Collectors.toSet());
            if (!knownOrganisations.containsAll(d.organisationIds()) || !knownSegments.containsAll(d.segmentIds())) {
                throw new Problem("sessions.problem.audience-unknown");
            }
        }
        var staff = people.staff().stream().map(PersonName::id).collect(Collectors.toSet());
        if (!staff.containsAll(d.facilitatorIds())) {
            throw new Problem("sessions.problem.facilitator");
        }
        if (d.ideaIds().size() > SessionDraft.LINKS_MAX || d.touchpointIds().size() > SessionDraft.LINKS_MAX) {
            throw new Problem("sessions.problem.links", SessionDraft.LINKS_MAX);
        }
        for (long ideaId : d.ideaIds()) {
            if (ideas.summary(ideaId).isEmpty()) {
                throw new Problem("sessions.problem.idea-unknown", ideaId);
            }
        }
        for (long touchpointId : d.touchpointIds()) {
            if (journeys.location(touchpointId).isEmpty()) {
                throw new Problem("sessions.problem.touchpoint-unknown", touchpointId);
            }
        }
    }

    private static boolean webAddress(String url) {
        try {
            var uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void apply(DesignSession session, SessionDraft d) {
        var online = d.format().online();
        var onSite = d.format().onSite();
        session.edit(d.title().strip(), d.purpose().strip(), d.agenda().strip(), d.format(),
                online && d.meetingUrl() != null ? d.meetingUrl().strip() : null,
                onSite && d.address() != null ? d.address().strip() : null,
                d.startsAt().truncatedTo(ChronoUnit.MINUTES), d.endsAt().truncatedTo(ChronoUnit.MINUTES),
                ZoneId.of(d.timeZone()).getId(), d.capacity(),
                d.registrationDeadline() == null ? null : d.registrationDeadline().truncatedTo(ChronoUnit.MINUTES),
                new LinkedHashSet<>(d.facilitatorIds()), d.audience(),
                d.audience() == SessionAudience.CHOSEN ? new LinkedHashSet<>(d.organisationIds()) : java.util.Set.of(),
                d.audience() == SessionAudience.CHOSEN ? new LinkedHashSet<>(d.segmentIds()) : java.util.Set.of(),
                new LinkedHashSet<>(d.ideaIds()), List.copyOf(new LinkedHashSet<>(d.touchpointIds())));
    }

    // --- reading

    /** A page of sessions the caller may see; drafts and cancelled sessions are for staff. */
    @PreAuthorize(Access.MEMBER)
    public List<SessionRow> list(SessionList list, int offset, int limit) {
        var viewer = viewer(CurrentUser.require());
        if (list.staffOnly() && !viewer.staff()) {
            throw new AccessDeniedException("Drafts and cancelled sessions are for staff");
        }
        return store.list(list, viewer, Instant.now(clock), Math.max(offset, 0), Math.min(Math.max(limit, 1), PAGE_MAX));
    }

    @PreAuthorize(Access.MEMBER)
    public long count(SessionList list) {
        var viewer = viewer(CurrentUser.require());
        if (list.staffOnly() && !viewer.staff()) {
            throw new AccessDeniedException("Drafts and cancelled sessions are for staff");
        }
        return store.count(list, viewer, Instant.now(clock));
    }

    /** The sessions the caller may see that start between two moments, for the month calendar. */
    @PreAuthorize(Access.MEMBER)
    public List<SessionRow> between(Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(Duration.ofDays(62)) > 0) {
            throw new IllegalArgumentException("A calendar shows at most two months");
        }
        return store.between(from, to, viewer(CurrentUser.require()), CALENDAR_MAX);
    }

    /** One session as the caller may see it. Refused to members outside its audience. */
    @PreAuthorize(Access.MEMBER)
    public SessionDetails details(long sessionId) {
        var me = CurrentUser.require();
        var s = visible(sessionId, me);
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
            var idea = o.ideaId() == null ? Optional.<app.rada.ideas.IdeaSummary>empty() : ideas.summary(o.ideaId());
            return new SessionOutcome(o.id(), o.title(), o.text(), Markdown.toHtml(o.text()),
                    idea.isPresent() ? o.ideaId() : null, idea.map(app.rada.ideas.IdeaSummary::title).orElse(null),
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
        var s = visible(sessionId, me);
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
        var s = visible(sessionId, me);
        var mine = store.registration(sessionId, me.personId());
        boolean registered = mine.map(SessionStore.Registration::state).orElse(null) == RegistrationState.REGISTERED;
        var kind = s.getStatus() == SessionStatus.CANCELLED ? SessionCalendar.Kind.CANCEL : SessionCalendar.Kind.PUBLISH;
        int sequence = s.getSequence() + mine.map(SessionStore.Registration::calendarVersion).orElse(0);
        return SessionCalendar.write(mails.entry(s, kind, sequence, registered, null, null, me.language().locale()));
    }

    // --- members: registering

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
        var session = locked(sessionId);
        requireVisible(session, me);
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
        var session = locked(sessionId);
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
                mail(session, personId, SessionMails.Reason.REGISTERED);
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
        var session = locked(sessionId);
        requireVisible(session, me);
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
                mail(session, me.personId(), SessionMails.Reason.DEREGISTERED);
            }
        }
        events.publishEvent(new SessionRegistrationCancelled(sessionId, me.personId()));
        promote(session, now);
    }

    /** Gives free seats to the waitlist, first come first served, while the session has not started. */
    private void promote(DesignSession session, Instant now) {
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

    private void mail(DesignSession session, long personId, SessionMails.Reason reason) {
        var account = people.findLoginAccountOf(personId);
        if (!account.active()) {
            return;
        }
        int version = store.registration(session.getId(), personId).map(SessionStore.Registration::calendarVersion)
                .orElse(0);
        mails.send(session, account, reason, session.getSequence() + version);
    }

    // --- running the session

    /** A page of the attendee list: registered, then the waitlist in order, then those who cancelled. */
    @PreAuthorize(Access.STAFF)
    public List<Attendee> attendees(long sessionId, int offset, int limit) {
        session(sessionId);
        var rows = store.page(sessionId, Math.max(offset, 0), Math.min(Math.max(limit, 1), PAGE_MAX));
        var names = people.displayNames(rows.stream().map(SessionStore.Registration::personId).toList());
        var waitlistStart = rows.stream().filter(r -> r.state() == RegistrationState.WAITLISTED).findFirst()
                .map(r -> store.waitlistPosition(sessionId, r.arrival())).orElse(1);
        var result = new ArrayList<Attendee>();
        int position = waitlistStart;
        for (var r : rows) {
            var name = names.getOrDefault(r.personId(), Optional.empty());
            String email = null;
            String organisation = null;
            if (name.isPresent()) {
                var profile = people.profile(r.personId());
                email = profile.email();
                organisation = profile.organisationName();
            }
            result.add(new Attendee(r.personId(), name, email, organisation, r.state(),
                    r.state() == RegistrationState.WAITLISTED ? position++ : 0, r.registeredAt(), r.attendance(),
                    r.checkedInAt(), r.checkedInBy() != null && r.checkedInBy() == r.personId()));
        }
        return result;
    }

    @PreAuthorize(Access.STAFF)
    public int attendeeCount(long sessionId) {
        session(sessionId);
        return store.listSize(sessionId);
    }

    /** Staff mark a registered member as attended or as a no-show, from half an hour before the start on. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void markAttendance(long sessionId, long personId, Attendance attendance) {
        var me = CurrentUser.require();
        var session = locked(sessionId);
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new Problem("sessions.problem.not-open");
        }
        var now = Instant.now(clock);
        if (now.isBefore(session.getStartsAt().minus(SessionRules.CHECK_IN_BEFORE))) {
            throw new Problem("sessions.problem.check-in-early");
        }
        var registration = store.registration(sessionId, personId)
                .filter(r -> r.state() == RegistrationState.REGISTERED)
                .orElseThrow(() -> new Problem("sessions.problem.attendee-not-registered"));
        store.markAttendance(sessionId, personId, attendance, me.personId(), now);
        audit.record(AuditRecord.of(AuditAction.SESSION_ATTENDANCE).by(me.personId(), me.email())
                .on("session", sessionId, session.getTitle()).detail(personId + " " + attendance.name()));
        if (attendance == Attendance.ATTENDED && registration.attendance() != Attendance.ATTENDED) {
            events.publishEvent(new SessionAttended(sessionId, personId));
        }
    }

    /**
     * A registered member checks themselves in with the code shown at the session, from 30 minutes
     * before the start until two hours after the end. A wrong code counts; after ten the member is
     * refused and staff check them in.
     */
    @Transactional(noRollbackFor = Problem.class)
    @PreAuthorize(Access.MEMBER)
    public void checkIn(long sessionId, String code) {
        var me = CurrentUser.require();
        var session = locked(sessionId);
        requireVisible(session, me);
        var registration = store.registration(sessionId, me.personId())
                .filter(r -> r.state() == RegistrationState.REGISTERED)
                .orElseThrow(() -> new Problem("sessions.problem.check-in-not-registered"));
        var now = Instant.now(clock);
        if (session.getStatus() != SessionStatus.SCHEDULED
                || now.isBefore(session.getStartsAt().minus(SessionRules.CHECK_IN_BEFORE))
                || !now.isBefore(session.getEndsAt().plus(SessionRules.CHECK_IN_AFTER))) {
            throw new Problem("sessions.problem.check-in-closed");
        }
        if (registration.attendance() == Attendance.ATTENDED) {
            return;
        }
        if (registration.codeAttempts() >= SessionRules.CODE_ATTEMPTS_MAX) {
            throw new Problem("sessions.problem.code-attempts");
        }
        var typed = code.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (!java.security.MessageDigest.isEqual(typed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                session.getAttendanceCode().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            store.wrongCode(sessionId, me.personId());
            throw new Problem("sessions.problem.code-wrong");
        }
        store.markAttendance(sessionId, me.personId(), Attendance.ATTENDED, me.personId(), now);
        events.publishEvent(new SessionAttended(sessionId, me.personId()));
    }

    /**
     * Writes the attendee list as CSV: name, e-mail, organisation, state, waitlist position, when
     * they registered, attendance and check-in time. Cells that start like a formula are defused.
     */
    @PreAuthorize(Access.STAFF)
    public void exportCsv(long sessionId, Writer out) {
        int total = attendeeCount(sessionId);
        try {
            var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("name", "email", "organisation",
                    "state", "waitlist_position", "registered_at", "attendance", "checked_in_at", "checked_in_by").get());
            for (int offset = 0; offset < total; offset += PAGE_MAX) {
                for (var a : attendees(sessionId, offset, PAGE_MAX)) {
                    csv.printRecord(safe(a.name().orElse("")), safe(a.email() == null ? "" : a.email()),
                            safe(a.organisation() == null ? "" : a.organisation()), a.state().name(),
                            a.waitlistPosition() == 0 ? "" : a.waitlistPosition(), a.registeredAt(),
                            a.attendance() == null ? "" : a.attendance().name(),
                            a.checkedInAt() == null ? "" : a.checkedInAt(),
                            a.attendance() == null ? "" : a.byCode() ? "code" : "staff");
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * Writes to everyone registered or waitlisted. They hear it under the bell, and by e-mail as
     * they chose for design sessions.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long messageRegistrants(long sessionId, String text) {
        var me = CurrentUser.require();
        var clean = text.strip();
        if (clean.isEmpty() || clean.length() > MESSAGE_MAX) {
            throw new Problem("sessions.problem.message", MESSAGE_MAX);
        }
        var session = session(sessionId);
        if (session.getStatus() == SessionStatus.DRAFT) {
            throw new Problem("sessions.problem.not-open");
        }
        long id = store.addMessage(sessionId, me.personId(), clean, Instant.now(clock));
        events.publishEvent(new SessionMessageSent(sessionId, id));
        return id;
    }

    // --- following up

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void saveMinutes(long sessionId, String markdown) {
        var clean = markdown.strip();
        if (clean.length() > MINUTES_MAX) {
            throw new Problem("sessions.problem.minutes", MINUTES_MAX);
        }
        locked(sessionId).writeMinutes(clean);
    }

    /** Records an outcome: a short title and what was found or decided, in Markdown. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long addOutcome(long sessionId, String title, String text) {
        var me = CurrentUser.require();
        var cleanTitle = title.strip();
        var cleanText = text.strip();
        if (cleanTitle.length() < IdeaDraft.TITLE_MIN || cleanTitle.length() > SessionOutcome.TITLE_MAX) {
            throw new Problem("sessions.problem.outcome-title", IdeaDraft.TITLE_MIN, SessionOutcome.TITLE_MAX);
        }
        if (cleanText.isEmpty() || cleanText.length() > SessionOutcome.TEXT_MAX) {
            throw new Problem("sessions.problem.outcome-text", SessionOutcome.TEXT_MAX);
        }
        var session = locked(sessionId);
        if (session.getStatus() == SessionStatus.DRAFT) {
            throw new Problem("sessions.problem.not-open");
        }
        long id = store.addOutcome(sessionId, cleanTitle, cleanText, me.personId(), Instant.now(clock));
        events.publishEvent(new SessionOutcomeRecorded(sessionId, id, null));
        return id;
    }

    /**
     * Turns an outcome into an idea in one step: submitted by the staff member, tied to the session's
     * first touchpoint (if any), and linked to the session. Returns the idea's id.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long turnIntoIdea(long outcomeId) {
        var me = CurrentUser.require();
        var outcome = store.outcome(outcomeId).orElseThrow(() -> new NoSuchElementException("outcome " + outcomeId));
        var session = locked(outcome.sessionId());
        if (outcome.ideaId() != null) {
            throw new Problem("sessions.problem.already-idea");
        }
        var zone = ZoneId.of(session.getTimeZone());
        var locale = me.language().locale();
        var when = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(locale).withZone(zone).format(session.getStartsAt());
        var description = outcome.text() + "\n\n" + texts.getTranslation("sessions.idea.from-session", locale,
                session.getTitle(), when);
        var touchpoint = session.getTouchpointIds().isEmpty() ? null : session.getTouchpointIds().getFirst();
        long ideaId = ideas.submit(new IdeaDraft(outcome.title(), description, null, List.of(), Visibility.MEMBERS,
                touchpoint), List.of());
        if (!store.linkIdea(outcomeId, ideaId)) {
            throw new Problem("sessions.problem.already-idea");
        }
        events.publishEvent(new SessionOutcomeRecorded(session.getId(), outcomeId, ideaId));
        return ideaId;
    }

    /** The caller answers the pulse (or changes their answer): only after a session they attended. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void answerPulse(long sessionId, PulseAnswer answer) {
        var me = CurrentUser.require();
        var session = visible(sessionId, me);
        var registration = store.registration(sessionId, me.personId())
                .filter(r -> r.attendance() == Attendance.ATTENDED)
                .orElseThrow(() -> new Problem("sessions.problem.pulse-not-attended"));
        var now = Instant.now(clock);
        if (now.isBefore(session.getEndsAt()) || session.getStatus() != SessionStatus.SCHEDULED) {
            throw new Problem("sessions.problem.pulse-early");
        }
        if (answer.effort() < 1 || answer.effort() > 7 || answer.recommend() < 0 || answer.recommend() > 10) {
            throw new Problem("sessions.problem.pulse-range");
        }
        var comment = answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip();
        if (comment != null && comment.length() > PulseAnswer.COMMENT_MAX) {
            throw new Problem("sessions.problem.pulse-comment", PulseAnswer.COMMENT_MAX);
        }
        store.savePulse(sessionId, registration.personId(), new PulseAnswer(answer.effort(), answer.recommend(), comment),
                now);
        events.publishEvent(new SessionPulseAnswered(sessionId, me.personId(), answer.effort(), answer.recommend()));
    }

    /** What one session's pulse adds up to, with its latest comments (without names). */
    @PreAuthorize(Access.STAFF)
    public PulseResults pulseResults(long sessionId) {
        session(sessionId);
        return store.pulseResults(sessionId, 50);
    }

    /** The pulse of every session held that ended between two moments, for the dashboard. */
    @PreAuthorize(Access.STAFF)
    public PulseFigures pulseFigures(Instant from, Instant to) {
        return new PulseFigures(from, to, store.heldBetween(from, to), store.attendedBetween(from, to),
                store.pulseResults(from, to));
    }

    // --- scheduled work and notices (run as the system)

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

    /**
     * The sessions tied to an idea (linked in the editor, or grown from an outcome) that the caller
     * may open, newest first; for the idea's page.
     */
    @PreAuthorize(Access.MEMBER)
    public List<SessionRow> linkedToIdea(long ideaId) {
        var me = CurrentUser.require();
        var rows = new ArrayList<SessionRow>();
        for (long id : store.sessionsOfIdea(ideaId)) {
            sessions.findById(id).filter(s -> mayOpen(s, me)).ifPresent(s -> rows.add(new SessionRow(s.getId(),
                    s.getTitle(), s.getFormat(), s.getStartsAt(), s.getEndsAt(), s.getTimeZone(), s.getCapacity(),
                    s.getRegisteredCount(), s.getStatus(), null)));
        }
        return rows;
    }

    /** Title and times of a session, for notifications. */
    @PreAuthorize(Access.ADMIN)
    public SessionRow summary(long sessionId) {
        var s = session(sessionId);
        return new SessionRow(s.getId(), s.getTitle(), s.getFormat(), s.getStartsAt(), s.getEndsAt(), s.getTimeZone(),
                s.getCapacity(), s.getRegisteredCount(), s.getStatus(), null);
    }

    /** Members registered or waitlisted, in arrival order; for notices. */
    @PreAuthorize(Access.ADMIN)
    public List<Long> registrants(long sessionId) {
        var all = new ArrayList<>(store.peopleInState(sessionId, RegistrationState.REGISTERED));
        all.addAll(store.peopleInState(sessionId, RegistrationState.WAITLISTED));
        return all;
    }

    /** Members marked as attended; for the pulse invitation. */
    @PreAuthorize(Access.ADMIN)
    public List<Long> attendedPeople(long sessionId) {
        return store.attended(sessionId);
    }

    /** The text of a message staff sent to a session's list. */
    @PreAuthorize(Access.ADMIN)
    public String message(long messageId) {
        return store.message(messageId).orElseThrow(() -> new NoSuchElementException("message " + messageId));
    }

    // --- helpers

    private DesignSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> missing(sessionId));
    }

    private DesignSession locked(long sessionId) {
        return sessions.findForUpdate(sessionId).orElseThrow(() -> missing(sessionId));
    }

    /** The session if the person may open it; drafts are hidden as if they did not exist. */
    private DesignSession visible(long sessionId, RadaUser me) {
        var session = session(sessionId);
        requireVisible(session, me);
        return session;
    }

    private void requireVisible(DesignSession session, RadaUser me) {
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

    private boolean mayOpen(DesignSession session, RadaUser me) {
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

    private SessionStore.Viewer viewer(RadaUser me) {
        var organisation = me.organisationId();
        var segment = organisation == null ? null : people.segmentOf(organisation).orElse(null);
        return new SessionStore.Viewer(me.personId(), me.isStaff(), me.has(Role.BOARD_MEMBER), organisation, segment);
    }

    private static NoSuchElementException missing(long sessionId) {
        return new NoSuchElementException("session " + sessionId);
    }
}
