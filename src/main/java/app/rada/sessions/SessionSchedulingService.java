package app.rada.sessions;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ideas.IdeaService;
import app.rada.journeys.JourneyService;
import app.rada.people.OrganisationOption;
import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.people.SegmentOption;
import app.rada.sessions.internal.DesignSession;
import app.rada.sessions.internal.SessionAccess;
import app.rada.sessions.internal.SessionMails;
import app.rada.sessions.internal.SessionRepository;
import app.rada.sessions.internal.SessionSearchStore;
import app.rada.sessions.internal.SessionSeating;
import app.rada.sessions.internal.SessionStore;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff schedule, change, publish and cancel design sessions. A change reaches everyone registered as
 * an updated calendar entry; a cancellation as a cancelled one.
 */
@Service
@Transactional(readOnly = true)
public class SessionSchedulingService {

    public static final int REASON_MAX = 1000;

    private final SessionRepository sessions;
    private final SessionStore store;
    private final PeopleService people;
    private final IdeaService ideas;
    private final JourneyService journeys;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionAccess access;
    private final SessionSeating seating;
    private final Validator validator;
    private final SessionSearchStore search;

    SessionSchedulingService(SessionRepository sessions, SessionStore store, PeopleService people, IdeaService ideas,
                             JourneyService journeys, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                             SessionAccess access, SessionSeating seating, Validator validator,
                             SessionSearchStore search) {
        this.search = search;
        this.sessions = sessions;
        this.store = store;
        this.people = people;
        this.ideas = ideas;
        this.journeys = journeys;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.access = access;
        this.seating = seating;
        this.validator = validator;
    }

    /** Saves a new session as a draft, which only staff see until it is published. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long create(SessionDraft draft) {
        var me = CurrentUser.require();
        check(draft);
        var session = new DesignSession(me.personId(), Instant.now(clock));
        apply(session, draft);
        sessions.save(session);
        search.replaceTerms(session);
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
        var session = access.locked(sessionId);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new Problem("sessions.problem.cancelled");
        }
        check(draft);
        if (draft.capacity() < session.getRegisteredCount()) {
            throw new Problem("sessions.problem.capacity-below", session.getRegisteredCount());
        }
        apply(session, draft);
        search.replaceTerms(session);
        audit.record(AuditRecord.of(AuditAction.SESSION_SAVED).by(me.personId(), me.email())
                .on("session", sessionId, session.getTitle()).detail("edited, sequence " + session.getSequence()));
        if (session.getStatus() == SessionStatus.SCHEDULED) {
            var now = Instant.now(clock);
            if (now.isBefore(session.getEndsAt())) {
                for (long personId : store.peopleInState(sessionId, RegistrationState.REGISTERED)) {
                    seating.mail(session, personId, SessionMails.Reason.UPDATED);
                }
            }
            seating.promote(session, now);
            events.publishEvent(new SessionChanged(sessionId, false));
        }
    }

    /** Makes a draft visible to its audience. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void publish(long sessionId) {
        var me = CurrentUser.require();
        var session = access.locked(sessionId);
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
        var session = access.locked(sessionId);
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
                    seating.mail(session, personId, SessionMails.Reason.CANCELLED);
                }
            }
            events.publishEvent(new SessionChanged(sessionId, true));
        }
    }

    /** A session as the editor shows it. */
    @PreAuthorize(Access.STAFF)
    public SessionDraft draft(long sessionId) {
        var s = access.session(sessionId);
        return new SessionDraft(s.getTitle(), s.getPurpose(), s.getAgenda(), s.getFormat(), s.getMeetingUrl(),
                s.getAddress(), s.getStartsAt(), s.getEndsAt(), s.getTimeZone(), s.getCapacity(),
                s.getRegistrationDeadline(), s.getFacilitatorIds(), s.getAudience(), List.copyOf(s.getOrganisationIds()),
                List.copyOf(s.getSegmentIds()), s.getIdeaIds(), s.getTouchpointIds());
    }

    /**
     * The draft's own rules (the same the editor shows on its fields) first, then those that need the
     * database: the audience, the facilitators, the linked ideas and touchpoints must exist.
     */
    private void check(SessionDraft d) {
        var first = SessionDraftValidator.problems(validator, d).values().stream().findFirst();
        if (first.isPresent()) {
            throw first.get();
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
                d.audience() == SessionAudience.CHOSEN ? new LinkedHashSet<>(d.organisationIds()) : Set.of(),
                d.audience() == SessionAudience.CHOSEN ? new LinkedHashSet<>(d.segmentIds()) : Set.of(),
                new LinkedHashSet<>(d.ideaIds()), List.copyOf(new LinkedHashSet<>(d.touchpointIds())));
    }
}
