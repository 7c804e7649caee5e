package app.rada.journeys.internal;

import app.rada.journeys.AnnotationText;
import app.rada.journeys.Emotion;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The texts of a map's annotations, newest first, for grouping them by what they say. */
@Component
public class CorpusQueries {

    private final NamedParameterJdbcTemplate jdbc;

    CorpusQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AnnotationText> texts(long mapId, @Nullable Long stageId, @Nullable Long touchpointId, int limit) {
        var params = new MapSqlParameterSource("map", mapId).addValue("limit", limit);
        var where = new StringBuilder("a.map_id = :map");
        if (stageId != null) {
            where.append(" AND t.stage_id = :stage");
            params.addValue("stage", stageId);
        }
        if (touchpointId != null) {
            where.append(" AND a.touchpoint_id = :touchpoint");
            params.addValue("touchpoint", touchpointId);
        }
        return jdbc.query("""
                SELECT a.id, a.map_id, t.stage_id, a.touchpoint_id, t.name, a.emotion, a.intensity, a.text,
                       a.organisation_id, a.segment_id, a.idea_id
                FROM journey_annotation a JOIN journey_touchpoint t ON t.id = a.touchpoint_id
                WHERE\s""" + where + " ORDER BY a.created_at DESC, a.id DESC LIMIT :limit", params,
                (rs, n) -> new AnnotationText(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), Emotion.valueOf(rs.getString(6)), rs.getInt(7), rs.getString(8),
                        rs.getObject(9, Long.class), rs.getObject(10, Long.class), rs.getObject(11, Long.class)));
    }
}
