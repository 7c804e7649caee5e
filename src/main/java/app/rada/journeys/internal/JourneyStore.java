package app.rada.journeys.internal;

import app.rada.journeys.AnnotationFilter;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyScores;
import app.rada.journeys.JourneySummary;
import app.rada.journeys.MapStatus;
import app.rada.journeys.MapVersion;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The journeys module's SQL: aggregate queries that sum a whole map's annotations in a fixed
 * number of queries (never one per touchpoint), page queries for lists, and "me too" reactions.
 */
@Repository
public class JourneyStore {

    private final NamedParameterJdbcTemplate jdbc;

    JourneyStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- the list of maps

    public List<JourneySummary> maps(boolean staff, int offset, int limit) {
        var sql = """
                SELECT m.id, m.title, m.persona, m.status, m.updated_at,
                       (SELECT COUNT(*) FROM journey_stage s WHERE s.map_id = m.id) AS stages,
                       (SELECT COUNT(*) FROM journey_touchpoint t WHERE t.map_id = m.id) AS touchpoints,
                       (SELECT COUNT(*) FROM journey_annotation a WHERE a.map_id = m.id) AS annotations
                FROM journey_map m
                """ + (staff ? "" : "WHERE m.status = 'PUBLISHED' ") + """
                ORDER BY CASE m.status WHEN 'PUBLISHED' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END, m.updated_at DESC, m.id DESC
                LIMIT :limit OFFSET :offset""";
        return jdbc.query(sql, new MapSqlParameterSource("limit", limit).addValue("offset", offset),
                (rs, n) -> new JourneySummary(rs.getLong("id"), rs.getString("title"), rs.getString("persona"),
                        MapStatus.valueOf(rs.getString("status")), rs.getInt("stages"), rs.getInt("touchpoints"),
                        rs.getInt("annotations"), instant(rs, "updated_at")));
    }

    public long countMaps(boolean staff) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM journey_map m"
                + (staff ? "" : " WHERE m.status = 'PUBLISHED'"), new MapSqlParameterSource(), Long.class);
        return count == null ? 0 : count;
    }

    // --- what a map adds up to

    public List<JourneyScores.Tally> tallies(long mapId) {
        return jdbc.query("""
                SELECT a.touchpoint_id, COUNT(*) AS annotations,
                       SUM(CASE WHEN a.valence > 0 THEN a.intensity ELSE 0 END) AS positive,
                       SUM(CASE WHEN a.valence < 0 THEN a.intensity ELSE 0 END) AS negative,
                       SUM(a.importance) AS importance,
                       SUM(CASE WHEN a.kind = 'MOMENT_OF_TRUTH' THEN 1 ELSE 0 END) AS moments
                FROM journey_annotation a WHERE a.map_id = :map GROUP BY a.touchpoint_id""",
                new MapSqlParameterSource("map", mapId),
                (rs, n) -> new JourneyScores.Tally(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)));
    }

    private static final String CONTRIBUTORS = """
            SELECT a.touchpoint_id, a.author_id AS person_id, a.organisation_id, a.segment_id
            FROM journey_annotation a WHERE a.map_id = :map
            UNION
            SELECT a.touchpoint_id, r.person_id, r.organisation_id, r.segment_id
            FROM journey_reaction r JOIN journey_annotation a ON a.id = r.annotation_id WHERE a.map_id = :map""";

    /** The organisations whose people annotated a touchpoint or said "me too" there. */
    public List<Long> organisationsAt(long touchpointId) {
        return jdbc.queryForList("""
                SELECT a.organisation_id FROM journey_annotation a
                WHERE a.touchpoint_id = :t AND a.organisation_id IS NOT NULL
                UNION
                SELECT r.organisation_id FROM journey_reaction r JOIN journey_annotation a ON a.id = r.annotation_id
                WHERE a.touchpoint_id = :t AND r.organisation_id IS NOT NULL
                ORDER BY 1""", new MapSqlParameterSource("t", touchpointId), Long.class);
    }

    public List<JourneyScores.Reach> reach(long mapId) {
        return jdbc.query("SELECT c.touchpoint_id, COUNT(DISTINCT c.person_id), COUNT(DISTINCT c.organisation_id) "
                        + "FROM (" + CONTRIBUTORS + ") c GROUP BY c.touchpoint_id",
                new MapSqlParameterSource("map", mapId),
                (rs, n) -> new JourneyScores.Reach(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
    }

    public List<JourneyScores.SegmentReach> segmentReach(long mapId) {
        return jdbc.query("SELECT c.touchpoint_id, c.segment_id, COUNT(DISTINCT c.person_id) "
                        + "FROM (" + CONTRIBUTORS + ") c GROUP BY c.touchpoint_id, c.segment_id",
                new MapSqlParameterSource("map", mapId),
                (rs, n) -> new JourneyScores.SegmentReach(rs.getLong(1), nullableLong(rs, 2), rs.getInt(3)));
    }

    /** How many annotations of each kind each touchpoint carries: the map's pins. */
    public Map<Long, Map<AnnotationKind, Integer>> pins(long mapId) {
        var pins = new HashMap<Long, Map<AnnotationKind, Integer>>();
        jdbc.query("SELECT a.touchpoint_id, a.kind, COUNT(*) FROM journey_annotation a WHERE a.map_id = :map "
                + "GROUP BY a.touchpoint_id, a.kind", new MapSqlParameterSource("map", mapId), rs -> {
                    pins.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(AnnotationKind.class))
                            .put(AnnotationKind.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return pins;
    }

    // --- annotation lists

    /** An annotation row before names are resolved. */
    public record Row(long id, long touchpointId, long authorId, AnnotationKind kind, Emotion emotion, int intensity,
                      int importance, String text, @Nullable LocalDate happenedOn, boolean showName,
                      @Nullable Long ideaId, Instant createdAt, boolean edited, int reactions, boolean reactedByMe) {
    }

    public List<Row> annotations(long mapId, AnnotationFilter filter, long me, int offset, int limit) {
        var params = params(mapId, filter).addValue("me", me).addValue("limit", limit).addValue("offset", offset);
        var sql = """
                SELECT a.id, a.touchpoint_id, a.author_id, a.kind, a.emotion, a.intensity, a.importance, a.text,
                       a.happened_on, a.show_name, a.idea_id, a.created_at, a.edited_at,
                       (SELECT COUNT(*) FROM journey_reaction r WHERE r.annotation_id = a.id) AS reactions,
                       CASE WHEN EXISTS (SELECT 1 FROM journey_reaction r WHERE r.annotation_id = a.id
                                         AND r.person_id = :me) THEN TRUE ELSE FALSE END AS reacted
                FROM journey_annotation a WHERE\s""" + where(filter)
                + " ORDER BY a.created_at DESC, a.id DESC LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, params, (rs, n) -> new Row(rs.getLong("id"), rs.getLong("touchpoint_id"),
                rs.getLong("author_id"), AnnotationKind.valueOf(rs.getString("kind")),
                Emotion.valueOf(rs.getString("emotion")), rs.getInt("intensity"), rs.getInt("importance"),
                rs.getString("text"), date(rs, "happened_on"), rs.getBoolean("show_name"),
                nullableLong(rs, "idea_id"), instant(rs, "created_at"), rs.getTimestamp("edited_at") != null,
                rs.getInt("reactions"), rs.getBoolean("reacted")));
    }

    public long countAnnotations(long mapId, AnnotationFilter filter) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM journey_annotation a WHERE " + where(filter),
                params(mapId, filter), Long.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource params(long mapId, AnnotationFilter filter) {
        return new MapSqlParameterSource("map", mapId)
                .addValue("touchpoint", filter.touchpointId())
                .addValue("kinds", filter.kinds().stream().map(Enum::name).toList())
                .addValue("emotions", filter.emotions().stream().map(Enum::name).toList())
                .addValue("organisation", filter.organisationId())
                .addValue("segment", filter.segmentId());
    }

    private static String where(AnnotationFilter filter) {
        var sql = new StringBuilder("a.map_id = :map");
        if (filter.touchpointId() != null) {
            sql.append(" AND a.touchpoint_id = :touchpoint");
        }
        if (!filter.kinds().isEmpty()) {
            sql.append(" AND a.kind IN (:kinds)");
        }
        if (!filter.emotions().isEmpty()) {
            sql.append(" AND a.emotion IN (:emotions)");
        }
        if (filter.organisationId() != null) {
            sql.append(" AND a.organisation_id = :organisation");
        }
        if (filter.segmentId() != null) {
            sql.append(" AND a.segment_id = :segment");
        }
        return sql.toString();
    }

    // --- "me too"

    public boolean reacted(long annotationId, long personId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM journey_reaction WHERE annotation_id = :a AND person_id = :p",
                new MapSqlParameterSource("a", annotationId).addValue("p", personId), Integer.class);
        return count != null && count > 0;
    }

    public void react(long annotationId, long personId, @Nullable Long organisationId, @Nullable Long segmentId,
                      Instant at) {
        jdbc.update("INSERT INTO journey_reaction (annotation_id, person_id, organisation_id, segment_id, created_at) "
                        + "VALUES (:a, :p, :o, :s, :at)",
                new MapSqlParameterSource("a", annotationId).addValue("p", personId).addValue("o", organisationId)
                        .addValue("s", segmentId).addValue("at", Timestamp.from(at)));
    }

    public void unreact(long annotationId, long personId) {
        jdbc.update("DELETE FROM journey_reaction WHERE annotation_id = :a AND person_id = :p",
                new MapSqlParameterSource("a", annotationId).addValue("p", personId));
    }

    public int reactions(long annotationId) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM journey_reaction WHERE annotation_id = :a",
                new MapSqlParameterSource("a", annotationId), Integer.class);
        return count == null ? 0 : count;
    }


    // --- versions

    /** One touchpoint's figures in a saved version. */
    public record VersionRow(long touchpointId, String stageName, String name, int position, int annotations,
                             int positive, int negative, int people) {
    }

    public long addVersion(long mapId, String label, long createdBy, Instant at) {
        var next = jdbc.queryForObject("SELECT COALESCE(MAX(number), 0) + 1 FROM journey_version WHERE map_id = :map",
                new MapSqlParameterSource("map", mapId), Integer.class);
        var keys = new GeneratedKeyHolder();
        jdbc.update("INSERT INTO journey_version (map_id, number, label, created_by, created_at) "
                        + "VALUES (:map, :number, :label, :by, :at)",
                new MapSqlParameterSource("map", mapId).addValue("number", next).addValue("label", label)
                        .addValue("by", createdBy).addValue("at", Timestamp.from(at)), keys, new String[] {"id"});
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    public void addVersionRows(long versionId, List<VersionRow> rows) {
        jdbc.batchUpdate("INSERT INTO journey_version_touchpoint (version_id, touchpoint_id, stage_name, name, position, "
                        + "annotations, positive, negative, people) VALUES (:v, :t, :s, :n, :p, :a, :pos, :neg, :people)",
                rows.stream().map(r -> new MapSqlParameterSource("v", versionId).addValue("t", r.touchpointId())
                        .addValue("s", r.stageName()).addValue("n", r.name()).addValue("p", r.position())
                        .addValue("a", r.annotations()).addValue("pos", r.positive()).addValue("neg", r.negative())
                        .addValue("people", r.people())).toArray(MapSqlParameterSource[]::new));
    }

    public List<MapVersion> versions(long mapId) {
        return jdbc.query("SELECT id, number, label, created_at FROM journey_version WHERE map_id = :map "
                        + "ORDER BY number DESC", new MapSqlParameterSource("map", mapId),
                (rs, n) -> new MapVersion(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        instant(rs, "created_at")));
    }

    public Optional<Long> mapOfVersion(long versionId) {
        return jdbc.query("SELECT map_id FROM journey_version WHERE id = :v", new MapSqlParameterSource("v", versionId),
                (rs, n) -> rs.getLong(1)).stream().findFirst();
    }

    public List<VersionRow> versionRows(long versionId) {
        return jdbc.query("SELECT touchpoint_id, stage_name, name, position, annotations, positive, negative, people "
                        + "FROM journey_version_touchpoint WHERE version_id = :v ORDER BY position, touchpoint_id",
                new MapSqlParameterSource("v", versionId),
                (rs, n) -> new VersionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
