package app.rada.journeys.internal;

import app.rada.journeys.EmotionTally;
import app.rada.journeys.JourneyScores;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Aggregate queries across maps: the same sums a map computes, over a span of time. */
@Repository
public class JourneyFiguresStore {

    private final NamedParameterJdbcTemplate jdbc;

    JourneyFiguresStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource span(Instant from, Instant to) {
        return new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
    }

    /** Per touchpoint of a published map: the sums of the annotations made in the span. */
    public List<JourneyScores.Tally> tallies(Instant from, Instant to) {
        return jdbc.query("""
                SELECT a.touchpoint_id, COUNT(*) AS annotations,
                       SUM(CASE WHEN a.valence > 0 THEN a.intensity ELSE 0 END) AS positive,
                       SUM(CASE WHEN a.valence < 0 THEN a.intensity ELSE 0 END) AS negative,
                       SUM(a.importance) AS importance,
                       SUM(CASE WHEN a.kind = 'MOMENT_OF_TRUTH' THEN 1 ELSE 0 END) AS moments
                FROM journey_annotation a JOIN journey_map m ON m.id = a.map_id
                WHERE m.status = 'PUBLISHED' AND a.created_at >= :from AND a.created_at < :to
                GROUP BY a.touchpoint_id""", span(from, to),
                (rs, n) -> new JourneyScores.Tally(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)));
    }

    /** Distinct people per touchpoint who annotated in the span or said "me too" in it. */
    public List<JourneyScores.Reach> reach(Instant from, Instant to) {
        return jdbc.query("""
                SELECT c.touchpoint_id, COUNT(DISTINCT c.person_id), COUNT(DISTINCT c.organisation_id) FROM (
                    SELECT a.touchpoint_id, a.author_id AS person_id, a.organisation_id
                    FROM journey_annotation a JOIN journey_map m ON m.id = a.map_id
                    WHERE m.status = 'PUBLISHED' AND a.created_at >= :from AND a.created_at < :to
                    UNION
                    SELECT a.touchpoint_id, r.person_id, r.organisation_id
                    FROM journey_reaction r JOIN journey_annotation a ON a.id = r.annotation_id
                    JOIN journey_map m ON m.id = a.map_id
                    WHERE m.status = 'PUBLISHED' AND r.created_at >= :from AND r.created_at < :to) c
                GROUP BY c.touchpoint_id""", span(from, to),
                (rs, n) -> new JourneyScores.Reach(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
    }

    public record Place(long touchpointId, long mapId, String mapTitle, String stageName, String touchpointName) {
    }

    public Map<Long, Place> places(Collection<Long> touchpointIds) {
        var result = new HashMap<Long, Place>();
        if (touchpointIds.isEmpty()) {
            return result;
        }
        jdbc.query("""
                SELECT t.id, m.id, m.title, s.name, t.name FROM journey_touchpoint t
                JOIN journey_stage s ON s.id = t.stage_id JOIN journey_map m ON m.id = t.map_id
                WHERE t.id IN (:ids)""", new MapSqlParameterSource("ids", touchpointIds), rs -> {
                    result.put(rs.getLong(1), new Place(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                });
        return result;
    }

    /** Annotations per part of the span, split at the bounds in one query. */
    public List<EmotionTally> emotions(@Nullable Long organisationId, List<Instant> bounds) {
        if (bounds.size() < 2) {
            return List.of();
        }
        var params = span(bounds.getFirst(), bounds.getLast()).addValue("org", organisationId);
        var part = new StringBuilder("CASE");
        for (int i = 1; i < bounds.size(); i++) {
            params.addValue("b" + i, Timestamp.from(bounds.get(i)));
            part.append(" WHEN a.created_at < :b").append(i).append(" THEN ").append(i - 1);
        }
        part.append(" END");
        var result = new ArrayList<EmotionTally>();
        jdbc.query("SELECT p.part, COUNT(*), SUM(p.positive), SUM(p.negative) FROM (SELECT " + part + " AS part, "
                        + "CASE WHEN a.valence > 0 THEN a.intensity ELSE 0 END AS positive, "
                        + "CASE WHEN a.valence < 0 THEN a.intensity ELSE 0 END AS negative "
                        + "FROM journey_annotation a WHERE a.created_at >= :from AND a.created_at < :to"
                        + (organisationId == null ? "" : " AND a.organisation_id = :org")
                        + ") p GROUP BY p.part ORDER BY p.part", params,
                rs -> {
                    result.add(new EmotionTally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                });
        return result;
    }

    public boolean annotatedEveryStage(long mapId, long personId) {
        var counts = jdbc.queryForObject("""
                SELECT (SELECT COUNT(DISTINCT t.stage_id) FROM journey_touchpoint t WHERE t.map_id = :map),
                       (SELECT COUNT(DISTINCT t.stage_id) FROM journey_annotation a
                        JOIN journey_touchpoint t ON t.id = a.touchpoint_id
                        WHERE a.map_id = :map AND a.author_id = :person)""",
                new MapSqlParameterSource("map", mapId).addValue("person", personId),
                (rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)});
        return counts != null && counts[0] > 0 && counts[1] == counts[0];
    }
}
