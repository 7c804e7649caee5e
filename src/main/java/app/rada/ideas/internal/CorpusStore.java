package app.rada.ideas.internal;

import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaText;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The open ideas members see on the board, newest first, for grouping them by what they say. */
@Component
public class CorpusStore {

    private final NamedParameterJdbcTemplate jdbc;

    CorpusStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** All open listed ideas, or those linked to one of the touchpoints when given. */
    public List<IdeaText> open(@Nullable Collection<Long> touchpointIds, int limit) {
        if (touchpointIds != null && touchpointIds.isEmpty()) {
            return List.of();
        }
        var params = new MapSqlParameterSource("limit", limit)
                .addValue("closed", List.of(IdeaStatus.DONE.name(), IdeaStatus.DECLINED.name(), IdeaStatus.MERGED.name()));
        var where = "i.listed = TRUE AND i.status NOT IN (:closed)";
        if (touchpointIds != null) {
            where += " AND i.touchpoint_id IN (:touchpoints)";
            params.addValue("touchpoints", touchpointIds);
        }
        return jdbc.query("SELECT i.id, i.title, i.description, i.author_id, i.touchpoint_id, i.status FROM idea i WHERE "
                + where + " ORDER BY i.created_at DESC, i.id DESC LIMIT :limit", params,
                (rs, n) -> new IdeaText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, Long.class), IdeaStatus.valueOf(rs.getString(6))));
    }
}
