package app.rada.sessions.internal;

import app.rada.sessions.PulseResults;
import app.rada.shared.SessionFigures;
import app.rada.shared.SessionFiguresSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The design session figures of the staff dashboard: sessions held in a span (ended, not cancelled),
 * places taken, people who came, and the pulse after them; for one organisation, counting its people
 * only (a session counts when one of them took a place).
 */
@Component
class SessionDashboardFigures implements SessionFiguresSource {

    private static final String PEOPLE = " and (cast(? as bigint) is null or exists (select 1 from person pe "
            + "where pe.id = %s and pe.organisation_id = cast(? as bigint)))";

    private final JdbcTemplate jdbc;

    SessionDashboardFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @PreAuthorize("hasRole('STAFF')")
    public SessionFigures figures(Instant from, Instant to, @Nullable Long organisationId) {
        var start = Timestamp.from(from);
        var end = Timestamp.from(to);
        var held = " from design_session s where s.status = 'SCHEDULED' and s.ends_at >= ? and s.ends_at < ?";
        int sessions = count("select count(*)" + held + " and (cast(? as bigint) is null or exists (select 1 "
                + "from design_session_registration r join person pe on pe.id = r.person_id where r.session_id = s.id "
                + "and r.state = 'REGISTERED' and pe.organisation_id = cast(? as bigint)))",
                start, end, organisationId, organisationId);
        int registered = count("select count(*) from design_session_registration r join design_session s "
                + "on s.id = r.session_id where s.status = 'SCHEDULED' and s.ends_at >= ? and s.ends_at < ? "
                + "and r.state = 'REGISTERED'" + PEOPLE.formatted("r.person_id"),
                start, end, organisationId, organisationId);
        int attended = count("select count(*) from design_session_registration r join design_session s "
                + "on s.id = r.session_id where s.status = 'SCHEDULED' and s.ends_at >= ? and s.ends_at < ? "
                + "and r.attendance = 'ATTENDED'" + PEOPLE.formatted("r.person_id"),
                start, end, organisationId, organisationId);
        var pulse = jdbc.queryForObject("select count(*), coalesce(sum(p.effort), 0), coalesce(sum(p.recommend), 0), "
                        + "coalesce(sum(case when p.recommend >= 9 then 1 else 0 end), 0), "
                        + "coalesce(sum(case when p.recommend <= 6 then 1 else 0 end), 0) from design_session_pulse p "
                        + "join design_session s on s.id = p.session_id where s.status = 'SCHEDULED' "
                        + "and s.ends_at >= ? and s.ends_at < ?" + PEOPLE.formatted("p.person_id"),
                (rs, n) -> PulseResults.of(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                        List.of()), start, end, organisationId, organisationId);
        return new SessionFigures(sessions, registered, attended,
                pulse == null || pulse.averageEffort() == null ? 0 : pulse.averageEffort(),
                pulse == null ? null : pulse.nps());
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
