package app.rada.journeys.internal;

import app.rada.journeys.MapToAnnotate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The start page's question to the journeys: which published maps still wait for the reader's experience. */
@Repository
public class AgendaQueries {

    private static final String ANNOTATED = "CASE WHEN EXISTS (SELECT 1 FROM journey_annotation a "
            + "WHERE a.touchpoint_id = t.id AND a.author_id = ?) THEN 1 ELSE 0 END";

    private final JdbcTemplate jdbc;

    AgendaQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Published maps with touchpoints the person has not annotated, most recently changed first. */
    public List<MapToAnnotate> mapsToAnnotate(long personId, int limit) {
        return jdbc.query("SELECT m.id, m.title, COUNT(t.id) AS touchpoints, SUM(" + ANNOTATED + ") AS mine "
                        + "FROM journey_map m JOIN journey_touchpoint t ON t.map_id = m.id "
                        + "WHERE m.status = 'PUBLISHED' GROUP BY m.id, m.title, m.updated_at "
                        + "HAVING SUM(" + ANNOTATED + ") < COUNT(t.id) "
                        + "ORDER BY m.updated_at DESC, m.id DESC FETCH FIRST ? ROWS ONLY",
                (rs, n) -> new MapToAnnotate(rs.getLong("id"), rs.getString("title"), rs.getInt("touchpoints"),
                        rs.getInt("mine")), personId, personId, limit);
    }
}
