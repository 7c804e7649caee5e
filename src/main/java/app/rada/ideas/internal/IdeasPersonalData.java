package app.rada.ideas.internal;

import app.rada.shared.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a person contributed to ideas. The export holds their ideas, comments, votes, follows and
 * answers to "did this solve it?". On erasure ideas, comments and votes stay (under "Former member",
 * because the person's name is gone), so counts and discussions remain whole; what only concerns
 * the person (follows, reports they made) is deleted.
 */
@Component
class IdeasPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    IdeasPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "ideas";
    }

    @Override
    public Object export(long personId, String email) {
        var result = new LinkedHashMap<String, Object>();
        result.put("ideas", PersonalData.rows(jdbc, "select id, title, description, status, visibility, created_at from idea "
                + "where author_id = ? order by created_at", personId));
        result.put("comments", PersonalData.rows(jdbc, "select idea_id, body, created_at, edited_at, deleted from idea_comment "
                + "where author_id = ? order by created_at", personId));
        result.put("votes", PersonalData.rows(jdbc, "select idea_id, weight, created_at from idea_vote where person_id = ? "
                + "order by created_at", personId));
        result.put("follows", PersonalData.rows(jdbc, "select idea_id from idea_follower where person_id = ? order by idea_id", personId));
        result.put("pulseAnswers", PersonalData.rows(jdbc, "select idea_id, answer, remark, answered_at from idea_pulse "
                + "where person_id = ? order by answered_at", personId));
        return result;
    }


    @Override
    public void erase(long personId, String email, String name) {
        jdbc.update("delete from idea_follower where person_id = ?", personId);
        jdbc.update("delete from idea_report where reporter_id = ?", personId);
    }
}
