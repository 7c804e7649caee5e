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

    /** A touchpoint's sums over the span and the distinct people who annotated or said "me too" there. */
    public record Health(JourneyScores.Tally tally, int people) {
    }

    /**
     * Per touchpoint of a published map: the sums of the annotations made in the span and the people reached
     * (annotators and "me too"s of the span), in one pass over both.
     */
    public List<Health> health(Instant from, Instant to) {
        return jdbc.query("""
                SELECT c.touchpoint_id,
                       COUNT(*) FILTER (WHERE c.annotation = 1),
                       COALESCE(SUM(CASE WHEN c.annotation = 1 AND c.valence > 0 THEN c.intensity ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN c.annotation = 1 AND c.valence < 0 THEN c.intensity ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN c.annotation = 1 THEN c.importance ELSE 0 END), 0),
                       COUNT(*) FILTER (WHERE c.annotation = 1 AND c.kind = 'MOMENT_OF_TRUTH'),
                       COUNT(DISTINCT c.person_id)
                FROM (SELECT 1 AS annotation, a.touchpoint_id, a.author_id AS person_id, a.valence, a.intensity,
                             a.importance, a.kind
                      FROM journey_annotation a
                      WHERE a.created_at >= :from AND a.created_at < :to
                        AND a.map_id IN (SELECT m.id FROM journey_map m WHERE m.status = 'PUBLISHED')
                      UNION ALL
                      SELECT 0, a.touchpoint_id, r.person_id, 0, 0, 0, ''
                      FROM journey_reaction r JOIN journey_annotation a ON a.id = r.annotation_id
                      WHERE r.created_at >= :from AND r.created_at < :to
                        AND a.map_id IN (SELECT m.id FROM journey_map m WHERE m.status = 'PUBLISHED')) c
                GROUP BY c.touchpoint_id
                HAVING COUNT(*) FILTER (WHERE c.annotation = 1) > 0""", span(from, to),
                (rs, n) -> new Health(new JourneyScores.Tally(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)), rs.getInt(7)));
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
