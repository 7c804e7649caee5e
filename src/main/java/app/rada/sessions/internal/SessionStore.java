package app.rada.sessions.internal;

import app.rada.sessions.Attendance;
import app.rada.sessions.PulseAnswer;
import app.rada.sessions.PulseResults;
import app.rada.sessions.RegistrationState;
import app.rada.sessions.SessionFormat;
import app.rada.sessions.SessionList;
import app.rada.sessions.SessionRow;
import app.rada.sessions.SessionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Lists, registrations, reminders, outcomes, pulse answers and messages of design sessions, in plain SQL. */
@Repository
public class SessionStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SessionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Who is looking: staff see every session; others only those whose audience includes them.
     *
     * @param organisationId the member's organisation, or null
     * @param segmentId the segment of that organisation, or null
     */
    public record Viewer(long personId, boolean staff, boolean board, @Nullable Long organisationId,
                         @Nullable Long segmentId) {
    }

    // --- lists

    private static final String ROW = """
            select s.id, s.title, s.format, s.starts_at, s.ends_at, s.time_zone, s.capacity, s.registered_count,
                   s.status, r.state
            from design_session s
            left join design_session_registration r on r.session_id = s.id and r.person_id = :me
            """;

    /** The audience rule in SQL; the same rule as {@code SessionAccess#inAudience}. */
    static final String AUDIENCE = """
            (:staff or s.audience = 'ALL' or (s.audience = 'BOARD' and :board)
             or (s.audience = 'CHOSEN' and (
                 exists (select 1 from design_session_organisation o where o.session_id = s.id and o.organisation_id = :org)
                 or exists (select 1 from design_session_segment g where g.session_id = s.id and g.segment_id = :segment))))
            """;

    public List<SessionRow> list(SessionList list, Viewer viewer, Instant now, int offset, int limit) {
        var order = switch (list) {
            case UPCOMING, DRAFTS -> " order by s.starts_at, s.id";
            case PAST, CANCELLED -> " order by s.starts_at desc, s.id desc";
        };
        return named.query(ROW + where(list) + order + " offset :offset rows fetch next :limit rows only",
                params(viewer, now).addValue("offset", offset).addValue("limit", limit), SessionStore::row);
    }

    public long count(SessionList list, Viewer viewer, Instant now) {
        var value = named.queryForObject("select count(*) from design_session s " + where(list),
                params(viewer, now), Long.class);
        return value == null ? 0 : value;
    }

    /** Upcoming sessions the viewer is registered or waitlisted for, the next first. */
    public List<SessionRow> registeredUpcoming(Viewer viewer, Instant now, int limit) {
        return named.query(ROW + " where s.status = 'SCHEDULED' and s.ends_at > :now and r.state in ('REGISTERED', "
                        + "'WAITLISTED') order by s.starts_at, s.id fetch first :limit rows only",
                params(viewer, now).addValue("limit", limit), SessionStore::row);
    }

    /** Upcoming sessions open to the viewer that they have not signed up for, the next first. */
    public List<SessionRow> openToJoin(Viewer viewer, Instant now, int limit) {
        return named.query(ROW + " where s.status = 'SCHEDULED' and s.starts_at > :now and " + AUDIENCE
                        + " and (r.state is null or r.state = 'CANCELLED') order by s.starts_at, s.id "
                        + "fetch first :limit rows only",
                params(viewer, now).addValue("limit", limit), SessionStore::row);
    }

    /** Sessions starting in a period (a calendar month), scheduled ones, and for staff drafts too. */
    public List<SessionRow> between(Instant from, Instant to, Viewer viewer, int limit) {
        return named.query(ROW + " where (s.status = 'SCHEDULED' or (:staff and s.status = 'DRAFT')) "
                        + "and s.starts_at >= :from and s.starts_at < :to and " + AUDIENCE
                        + " order by s.starts_at, s.id fetch first :limit rows only",
                params(viewer, from).addValue("from", at(from)).addValue("to", at(to)).addValue("limit", limit),
                SessionStore::row);
    }

    private static String where(SessionList list) {
        var condition = switch (list) {
            case UPCOMING -> "s.status = 'SCHEDULED' and s.ends_at > :now";
            case PAST -> "s.status = 'SCHEDULED' and s.ends_at <= :now";
            case DRAFTS -> "s.status = 'DRAFT'";
            case CANCELLED -> "s.status = 'CANCELLED'";
        };
        return " where " + condition + " and " + AUDIENCE;
    }

    private static MapSqlParameterSource params(Viewer viewer, Instant now) {
        return new MapSqlParameterSource("me", viewer.personId()).addValue("staff", viewer.staff())
                .addValue("board", viewer.board())
                .addValue("org", viewer.organisationId() == null ? -1L : viewer.organisationId())
                .addValue("segment", viewer.segmentId() == null ? -1L : viewer.segmentId())
                .addValue("now", at(now));
    }

    private static SessionRow row(ResultSet rs, int n) throws SQLException {
        var state = rs.getString(10);
        return new SessionRow(rs.getLong(1), rs.getString(2), SessionFormat.valueOf(rs.getString(3)), instant(rs, 4),
                instant(rs, 5), rs.getString(6), rs.getInt(7), rs.getInt(8), SessionStatus.valueOf(rs.getString(9)),
                state == null ? null : RegistrationState.valueOf(state));
    }

    // --- registrations

    /** One member's row for a session. */
    public record Registration(long personId, RegistrationState state, long arrival, Instant registeredAt,
                               int calendarVersion, @Nullable Attendance attendance, @Nullable Instant checkedInAt,
                               @Nullable Long checkedInBy, int codeAttempts) {
    }

    private static final String REGISTRATION = "select person_id, state, arrival, registered_at, calendar_version, "
            + "attendance, checked_in_at, checked_in_by, code_attempts from design_session_registration ";

    public Optional<Registration> registration(long sessionId, long personId) {
        return jdbc.query(REGISTRATION + "where session_id = ? and person_id = ?", SessionStore::registration,
                sessionId, personId).stream().findFirst();
    }

    private static Registration registration(ResultSet rs, int n) throws SQLException {
        var attendance = rs.getString(6);
        var checkedIn = rs.getObject(7, OffsetDateTime.class);
        long by = rs.getLong(8);
        Long checkedInBy = rs.wasNull() ? null : by;
        return new Registration(rs.getLong(1), RegistrationState.valueOf(rs.getString(2)), rs.getLong(3),
                instant(rs, 4), rs.getInt(5), attendance == null ? null : Attendance.valueOf(attendance),
                checkedIn == null ? null : checkedIn.toInstant(), checkedInBy, rs.getInt(9));
    }

    /** Adds the member, or brings a cancelled registration back, with a new arrival number. */
    public void join(long sessionId, long personId, RegistrationState state, long arrival, Instant now, boolean again) {
        if (again) {
            jdbc.update("update design_session_registration set state = ?, arrival = ?, registered_at = ?, "
                            + "changed_at = ?, calendar_version = calendar_version + 1 where session_id = ? and person_id = ?",
                    state.name(), arrival, at(now), at(now), sessionId, personId);
        } else {
            jdbc.update("insert into design_session_registration (session_id, person_id, state, arrival, registered_at, "
                            + "changed_at) values (?, ?, ?, ?, ?, ?)", sessionId, personId, state.name(), arrival,
                    at(now), at(now));
        }
    }

    public void changeState(long sessionId, long personId, RegistrationState state, Instant now) {
        jdbc.update("update design_session_registration set state = ?, changed_at = ?, "
                        + "calendar_version = calendar_version + (case when ? = 'CANCELLED' then 1 else 0 end) "
                        + "where session_id = ? and person_id = ?", state.name(), at(now), state.name(), sessionId,
                personId);
    }

    /** The member's place on the waitlist: 1 for the first. */
    public int waitlistPosition(long sessionId, long arrival) {
        return count("select count(*) from design_session_registration where session_id = ? and state = 'WAITLISTED' "
                + "and arrival <= ?", sessionId, arrival);
    }

    /** The first member on the waitlist, by arrival. */
    public Optional<Long> firstWaitlisted(long sessionId) {
        return jdbc.queryForList("select person_id from design_session_registration where session_id = ? "
                + "and state = 'WAITLISTED' order by arrival fetch first 1 rows only", Long.class, sessionId).stream()
                .findFirst();
    }

    public int countInState(long sessionId, RegistrationState state) {
        return count("select count(*) from design_session_registration where session_id = ? and state = ?",
                sessionId, state.name());
    }

    /** Members in a state, in arrival order. */
    public List<Long> peopleInState(long sessionId, RegistrationState state) {
        return jdbc.queryForList("select person_id from design_session_registration where session_id = ? and state = ? "
                + "order by arrival", Long.class, sessionId, state.name());
    }

    public List<Long> attended(long sessionId) {
        return jdbc.queryForList("select person_id from design_session_registration where session_id = ? "
                + "and attendance = 'ATTENDED' order by arrival", Long.class, sessionId);
    }

    /** A page of the list: registered first, then the waitlist, then those who cancelled; each in arrival order. */
    public List<Registration> page(long sessionId, int offset, int limit) {
        return jdbc.query(REGISTRATION + "where session_id = ? order by case state when 'REGISTERED' then 0 "
                        + "when 'WAITLISTED' then 1 else 2 end, arrival offset ? rows fetch next ? rows only",
                SessionStore::registration, sessionId, offset, limit);
    }

    public int listSize(long sessionId) {
        return count("select count(*) from design_session_registration where session_id = ?", sessionId);
    }

    public void markAttendance(long sessionId, long personId, @Nullable Attendance attendance, long by, Instant now) {
        jdbc.update("update design_session_registration set attendance = ?, checked_in_at = ?, checked_in_by = ? "
                        + "where session_id = ? and person_id = ?", attendance == null ? null : attendance.name(),
                attendance == Attendance.ATTENDED ? at(now) : null, by, sessionId, personId);
    }

    public void wrongCode(long sessionId, long personId) {
        jdbc.update("update design_session_registration set code_attempts = code_attempts + 1 "
                + "where session_id = ? and person_id = ?", sessionId, personId);
    }

    // --- reminders

    /** Registered members who have not had this reminder. */
    public List<Long> notReminded(long sessionId, String kind) {
        return jdbc.queryForList("select r.person_id from design_session_registration r where r.session_id = ? "
                + "and r.state = 'REGISTERED' and not exists (select 1 from design_session_reminder m "
                + "where m.session_id = r.session_id and m.person_id = r.person_id and m.kind = ?) order by r.arrival",
                Long.class, sessionId, kind);
    }

    /** Records a reminder; false when it had been recorded already (then it is not sent again). */
    public boolean reminded(long sessionId, long personId, String kind, Instant now) {
        return jdbc.update("insert into design_session_reminder (session_id, person_id, kind, sent_at) "
                + "values (?, ?, ?, ?) on conflict do nothing", sessionId, personId, kind, at(now)) == 1;
    }

    // --- outcomes

    public record OutcomeRow(long id, long sessionId, String title, String text, @Nullable Long ideaId,
                             Instant createdAt) {
    }

    public long addOutcome(long sessionId, String title, String text, long by, Instant now) {
        return insert("insert into design_session_outcome (session_id, title, text, created_by, created_at) "
                + "values (?, ?, ?, ?, ?)", sessionId, title, text, by, at(now));
    }

    public List<OutcomeRow> outcomes(long sessionId) {
        return jdbc.query("select id, session_id, title, text, idea_id, created_at from design_session_outcome "
                + "where session_id = ? order by id", SessionStore::outcome, sessionId);
    }

    public Optional<OutcomeRow> outcome(long outcomeId) {
        return jdbc.query("select id, session_id, title, text, idea_id, created_at from design_session_outcome "
                + "where id = ?", SessionStore::outcome, outcomeId).stream().findFirst();
    }

    /** Ties an outcome to its idea, unless it already has one; false then. */
    public boolean linkIdea(long outcomeId, long ideaId) {
        return jdbc.update("update design_session_outcome set idea_id = ? where id = ? and idea_id is null",
                ideaId, outcomeId) == 1;
    }

    private static OutcomeRow outcome(ResultSet rs, int n) throws SQLException {
        long idea = rs.getLong(5);
        Long ideaId = rs.wasNull() ? null : idea;
        return new OutcomeRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), ideaId, instant(rs, 6));
    }

    /** Sessions an idea is linked to, in the editor or as an outcome, newest first. */
    public List<Long> sessionsOfIdea(long ideaId) {
        return jdbc.queryForList("""
                select s.id from design_session s where s.id in (
                    select session_id from design_session_idea where idea_id = ?
                    union select session_id from design_session_outcome where idea_id = ?)
                order by s.starts_at desc, s.id desc""", Long.class, ideaId, ideaId);
    }

    // --- pulse

    public void savePulse(long sessionId, long personId, PulseAnswer answer, Instant now) {
        int changed = jdbc.update("update design_session_pulse set effort = ?, recommend = ?, comment = ?, answered_at = ? "
                        + "where session_id = ? and person_id = ?", answer.effort(), answer.recommend(),
                answer.comment(), at(now), sessionId, personId);
        if (changed == 0) {
            jdbc.update("insert into design_session_pulse (session_id, person_id, effort, recommend, comment, answered_at) "
                    + "values (?, ?, ?, ?, ?, ?)", sessionId, personId, answer.effort(), answer.recommend(),
                    answer.comment(), at(now));
        }
    }

    public Optional<PulseAnswer> pulse(long sessionId, long personId) {
        return jdbc.query("select effort, recommend, comment from design_session_pulse where session_id = ? "
                        + "and person_id = ?", (rs, n) -> new PulseAnswer(rs.getInt(1), rs.getInt(2), rs.getString(3)),
                sessionId, personId).stream().findFirst();
    }

    private static final String FIGURES = "select count(*), coalesce(sum(p.effort), 0), coalesce(sum(p.recommend), 0), "
            + "coalesce(sum(case when p.recommend >= 9 then 1 else 0 end), 0), "
            + "coalesce(sum(case when p.recommend <= 6 then 1 else 0 end), 0) from design_session_pulse p ";

    /** The figures of one session's pulse, with up to {@code comments} of its comments. */
    public PulseResults pulseResults(long sessionId, int comments) {
        var texts = jdbc.queryForList("select comment from design_session_pulse where session_id = ? "
                + "and comment is not null and comment <> '' order by answered_at desc fetch first ? rows only",
                String.class, sessionId, comments);
        return jdbc.queryForObject(FIGURES + "where p.session_id = ?", (rs, n) -> PulseResults.of(rs.getInt(1),
                rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), texts), sessionId);
    }

    /** The figures of every held session that ended in the period. */
    public PulseResults pulseResults(Instant from, Instant to) {
        return jdbc.queryForObject(FIGURES + "join design_session s on s.id = p.session_id "
                        + "where s.status = 'SCHEDULED' and s.ends_at >= ? and s.ends_at < ?",
                (rs, n) -> PulseResults.of(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                        List.of()), at(from), at(to));
    }

    public int heldBetween(Instant from, Instant to) {
        return count("select count(*) from design_session where status = 'SCHEDULED' and ends_at >= ? and ends_at < ?",
                at(from), at(to));
    }

    public int attendedBetween(Instant from, Instant to) {
        return count("select count(*) from design_session_registration r join design_session s on s.id = r.session_id "
                + "where s.status = 'SCHEDULED' and s.ends_at >= ? and s.ends_at < ? and r.attendance = 'ATTENDED'",
                at(from), at(to));
    }

    // --- messages

    public long addMessage(long sessionId, long by, String text, Instant now) {
        return insert("insert into design_session_message (session_id, sent_by, text, sent_at) values (?, ?, ?, ?)",
                sessionId, by, text, at(now));
    }

    public Optional<String> message(long messageId) {
        return jdbc.queryForList("select text from design_session_message where id = ?", String.class, messageId)
                .stream().findFirst();
    }

    // --- helpers

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    private int count(String sql, Object... args) {
        var value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value.intValue();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value.toInstant();
    }
}
