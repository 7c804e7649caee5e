package app.rada.sessions.internal;

import app.rada.shared.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What design sessions hold about a person: their registrations with attendance, and their pulse
 * answers. On erasure the pulse comments go (they could name someone); seats and scores stay, without
 * the name, so the session's figures remain whole.
 */
@Component
class SessionsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    SessionsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "designSessions";
    }

    @Override
    public Object export(long personId, String email) {
        var result = new LinkedHashMap<String, Object>();
        result.put("registrations", PersonalData.rows(jdbc, "select r.session_id, s.title, r.state, r.registered_at, r.attendance, "
                + "r.checked_in_at from design_session_registration r join design_session s on s.id = r.session_id "
                + "where r.person_id = ? order by r.registered_at", personId));
        result.put("pulseAnswers", PersonalData.rows(jdbc, "select session_id, effort, recommend, comment, answered_at "
                + "from design_session_pulse where person_id = ? order by answered_at", personId));
        return result;
    }


    @Override
    public void erase(long personId, String email, String name) {
        jdbc.update("update design_session_pulse set comment = null where person_id = ?", personId);
    }
}
