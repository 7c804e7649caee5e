package app.rada.sessions;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.people.PeopleService;
import app.rada.sessions.internal.SessionAccess;
import app.rada.sessions.internal.SessionStore;
import app.rada.shared.CsvFiles;
import app.rada.shared.DraftRules;
import app.rada.shared.Problem;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running a session: the attendee list and its CSV export, attendance marked by staff or checked in
 * by the member with the session's code, and messages to everyone on the list.
 */
@Service
@Transactional(readOnly = true)
public class SessionAttendanceService {

    static final int PAGE_MAX = SessionReadingService.PAGE_MAX;
    /** Kept short enough to travel whole in a notification. */
    public static final int MESSAGE_MAX = 1500;

    static final List<String> EXPORT_HEADER = List.of("exports.attendees.name", "exports.attendees.email",
            "exports.attendees.organisation", "exports.attendees.state", "exports.attendees.waitlist-position",
            "exports.attendees.registered", "exports.attendees.attendance", "exports.attendees.checked-in",
            "exports.attendees.checked-in-by");

    private final SessionStore store;
    private final PeopleService people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SessionAccess access;

    private final Validator validator;
    private final Translations texts;

    SessionAttendanceService(SessionStore store, PeopleService people, AuditLog audit,
                             ApplicationEventPublisher events, Clock clock, SessionAccess access, Validator validator,
                             Translations texts) {
        this.validator = validator;
        this.texts = texts;
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.access = access;
    }

    /** A page of the attendee list: registered, then the waitlist in order, then those who cancelled. */
    @PreAuthorize(Access.STAFF)
    public List<Attendee> attendees(long sessionId, int offset, int limit) {
        access.session(sessionId);
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
        access.session(sessionId);
        return store.listSize(sessionId);
    }

    /** Staff mark a registered member as attended or as a no-show, from half an hour before the start on. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void markAttendance(long sessionId, long personId, Attendance attendance) {
        var me = CurrentUser.require();
        var session = access.locked(sessionId);
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
        var session = access.locked(sessionId);
        access.requireVisible(session, me);
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
        // a code of the wrong shape is a typing slip, refused as the form refuses it, and not counted as a try
        var typed = CheckInCode.typed(code).code();
        DraftRules.firstProblem(validator, new CheckInCode(typed), CheckInCode.PROPERTIES).ifPresent(key -> {
            throw new Problem(key, CheckInCode.messageArguments(key));
        });
        if (!MessageDigest.isEqual(typed.getBytes(StandardCharsets.UTF_8),
                session.getAttendanceCode().getBytes(StandardCharsets.UTF_8))) {
            store.wrongCode(sessionId, me.personId());
            throw new Problem("sessions.problem.code-wrong");
        }
        store.markAttendance(sessionId, me.personId(), Attendance.ATTENDED, me.personId(), now);
        events.publishEvent(new SessionAttended(sessionId, me.personId()));
    }

    /**
     * Writes the attendee list as CSV: name, e-mail, organisation, state, waitlist position, when
     * they registered, attendance and check-in time, the column names in the reader's language. State,
     * attendance and how they checked in stay stable codes. Cells that start like a formula are defused.
     */
    @PreAuthorize(Access.STAFF)
    public void exportCsv(long sessionId, Locale locale, Writer out) {
        int total = attendeeCount(sessionId);
        var csv = CsvFiles.open(out, EXPORT_HEADER, locale, (key, l) -> texts.getTranslation(key, l));
        for (int offset = 0; offset < total; offset += PAGE_MAX) {
            for (var a : attendees(sessionId, offset, PAGE_MAX)) {
                CsvFiles.row(csv, CsvFiles.safe(a.name().orElse("")), CsvFiles.safe(a.email()),
                        CsvFiles.safe(a.organisation()), a.state().name(),
                        a.waitlistPosition() == 0 ? "" : a.waitlistPosition(), a.registeredAt(),
                        a.attendance() == null ? "" : a.attendance().name(),
                        a.checkedInAt() == null ? "" : a.checkedInAt(),
                        a.attendance() == null ? "" : a.byCode() ? "code" : "staff");
            }
        }
        CsvFiles.finish(csv);
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
        var session = access.session(sessionId);
        if (session.getStatus() == SessionStatus.DRAFT) {
            throw new Problem("sessions.problem.not-open");
        }
        long id = store.addMessage(sessionId, me.personId(), clean, Instant.now(clock));
        events.publishEvent(new SessionMessageSent(sessionId, id));
        return id;
    }
}
