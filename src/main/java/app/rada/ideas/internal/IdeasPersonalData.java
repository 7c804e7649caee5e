package app.rada.ideas.internal;

import app.rada.shared.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a person contributed to ideas. The export holds their ideas, the images they uploaded, comments,
 * votes, follows and answers to "did this solve it?". On erasure ideas, comments, votes and pulse
 * answers stay (under "Former member", because the person's name is gone), so counts and discussions
 * remain whole. What only concerns the person (follows, reports they made) is deleted; so are the
 * images they uploaded and the remarks of their pulse answers, which may show or name them in ways
 * no one can check; and mentions of them in other people's comments become "Former member".
 */
@Component
class IdeasPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final SiteSearchStore search;

    IdeasPersonalData(JdbcTemplate jdbc, SiteSearchStore search) {
        this.jdbc = jdbc;
        this.search = search;
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
        result.put("images", PersonalData.rows(jdbc, "select i.idea_id, i.file_name, i.content_type, i.size_bytes "
                + "from idea_image i join idea d on d.id = i.idea_id where d.author_id = ? order by i.idea_id, i.sort_order",
                personId));
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
        jdbc.update("update idea_pulse set remark = null where person_id = ?", personId);
        jdbc.update("delete from idea_image where idea_id in (select id from idea where author_id = ?)", personId);
        // the token's closing parenthesis keeps person:12 from matching person:123
        var mentioning = jdbc.queryForList("select id, body from idea_comment where body like ?",
                "%(person:" + personId + ")%");
        for (var comment : mentioning) {
            var body = Mentions.forget((String) comment.get("body"), personId);
            long id = ((Number) comment.get("id")).longValue();
            jdbc.update("update idea_comment set body = ?, version = version + 1 where id = ?", body, id);
            // the search terms held the name as the mention showed it
            search.replaceCommentTerms(id, body);
        }
    }
}
