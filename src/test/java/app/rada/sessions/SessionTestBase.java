package app.rada.sessions;

import app.rada.people.PeopleService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sessions scheduled by the demo staff member, and ways to look at what they sent, for the sessions tests. */
public abstract class SessionTestBase extends KaribuTest {

    public static final String LINK = "https://meet.example.com/rada-test";

    /** The module's system work: reminders and pulse invitations. */
    @Autowired
    protected SessionRemindersService reminders;

    @Autowired
    protected SessionSchedulingService scheduling;

    @Autowired
    protected SessionReadingService reading;

    @Autowired
    protected SessionRegistrationService registration;

    @Autowired
    protected SessionAttendanceService attendance;

    @Autowired
    protected SessionFollowUpService followUp;

    @Autowired
    protected PeopleService people;

    @Autowired
    protected JdbcTemplate jdbc;

    protected RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    protected RadaUser staff() {
        return user("staff@rada.demo");
    }

    protected <T> T as(String email, Supplier<T> work) {
        return SystemActor.callAs(user(email), work);
    }

    protected void asDo(String email, Runnable work) {
        SystemActor.callAs(user(email), () -> {
            work.run();
            return null;
        });
    }

    public static SessionDraft draft(String title, int capacity, Instant start, SessionAudience audience,
                                     List<Long> organisations, List<Long> segments) {
        return new SessionDraft(title, "Why we meet: to improve deliveries.", "1. **Stories**\n2. Sketches",
                SessionFormat.ONLINE, LINK, null, start, start.plus(Duration.ofHours(2)), "Europe/Warsaw", capacity,
                null, List.of(), audience, organisations, segments, List.of(), List.of());
    }

    public static SessionDraft draft(String title, int capacity) {
        return draft(title, capacity, Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS),
                SessionAudience.ALL, List.of(), List.of());
    }

    /** Creates and publishes a session as staff. */
    protected long scheduled(SessionDraft draft) {
        return SystemActor.callAs(staff(), () -> {
            long id = scheduling.create(draft);
            scheduling.publish(id);
            return id;
        });
    }

    /** Moves a session in time, as if the clock had moved on. */
    protected void startsIn(long sessionId, Duration fromNow, Duration length) {
        var start = Instant.now().plus(fromNow);
        jdbc.update("update design_session set starts_at = ?, ends_at = ? where id = ?", Timestamp.from(start),
                Timestamp.from(start.plus(length)), sessionId);
    }

    protected String code(long sessionId) {
        return jdbc.queryForObject("select attendance_code from design_session where id = ?", String.class, sessionId);
    }

    protected String state(long sessionId, String email) {
        return jdbc.queryForObject("select state from design_session_registration where session_id = ? and person_id = ?",
                String.class, sessionId, user(email).personId());
    }

    /** The calendar entries mailed to someone about a session, oldest first, as text. */
    protected List<String> calendarMails(String email, long sessionId) {
        return jdbc.query("select a.content from mail_attachment a join outbox_mail m on m.id = a.mail_id "
                        + "where m.recipient = ? and a.file_name = ? order by m.id",
                (rs, n) -> new String(rs.getBytes(1), StandardCharsets.UTF_8), email, "session-" + sessionId + ".ics");
    }

    protected List<String> subjects(String email) {
        return jdbc.queryForList("select subject from outbox_mail where recipient = ? order by id", String.class, email);
    }
}
