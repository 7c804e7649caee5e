package app.rada.ideas.internal;

import app.rada.ideas.ContributionFigures;
import app.rada.ideas.IdeaFigures;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaSummary;
import app.rada.ideas.TimingTrend;
import app.rada.ideas.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Aggregate queries for overviews. Medians are PERCENTILE_CONT, which both H2 and PostgreSQL compute in
 * the database, over the seconds each idea keeps (answer_seconds, done_seconds): sorting numbers costs H2
 * less than half of working out an interval for every idea of the span.
 */
@Repository
public class IdeaFiguresStore {

    private static final String TO_ANSWER = "answer_seconds";
    private static final String TO_DONE = "done_seconds";
    private static final long WEEK = Duration.ofDays(7).toSeconds();

    private final NamedParameterJdbcTemplate jdbc;

    IdeaFiguresStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource span(Instant from, Instant to) {
        return new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
    }

    /**
     * One pass over the span's ideas (through the index on created_at) for the counts and both medians,
     * and one over the ideas done in the span for the "solved" share.
     */
    public IdeaFigures figures(Instant from, Instant to, Instant now) {
        var params = span(from, to).addValue("weekAgo", Timestamp.from(now.minus(Duration.ofDays(7))))
                .addValue("week", WEEK);
        var statuses = IdeaStatus.values();
        var sql = new StringBuilder("SELECT COUNT(*)");
        for (var status : statuses) {
            sql.append(", COUNT(*) FILTER (WHERE status = '").append(status.name()).append("')");
        }
        sql.append("""
                , COUNT(*) FILTER (WHERE status <> 'MERGED' AND first_answer_at IS NOT NULL)
                , COUNT(*) FILTER (WHERE status <> 'MERGED' AND created_at < :weekAgo)
                , COUNT(*) FILTER (WHERE status <> 'MERGED' AND created_at < :weekAgo AND %1$s <= :week)
                , PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY %1$s)
                      FILTER (WHERE status <> 'MERGED' AND %1$s IS NOT NULL)
                , COUNT(*) FILTER (WHERE status = 'DONE' AND %2$s IS NOT NULL)
                , PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY %2$s) FILTER (WHERE status = 'DONE' AND %2$s IS NOT NULL)
                FROM idea WHERE created_at >= :from AND created_at < :to""".formatted(TO_ANSWER, TO_DONE));
        return jdbc.queryForObject(sql.toString(), params, (rs, n) -> {
            Map<IdeaStatus, Long> byStatus = new EnumMap<>(IdeaStatus.class);
            int column = 2;
            for (var status : statuses) {
                long count = rs.getLong(column++);
                if (count > 0) {
                    byStatus.put(status, count);
                }
            }
            long answered = rs.getLong(column++);
            long weekOld = rs.getLong(column++);
            long withinWeek = rs.getLong(column++);
            var toAnswer = nullableDouble(rs, column++);
            long done = rs.getLong(column++);
            var toDone = nullableDouble(rs, column);
            var pulse = pulse(params);
            return new IdeaFigures(byStatus, rs.getLong(1), answered, weekOld, withinWeek,
                    toAnswer == null ? null : toAnswer / 3600.0, done, toDone == null ? null : toDone / 86_400.0,
                    pulse[0], pulse[1], pulse[2]);
        });
    }

    /** Ideas done in the span; of those with "Did this solve it?" answers, how many were solved. */
    private long[] pulse(MapSqlParameterSource params) {
        return jdbc.queryForObject("""
                SELECT COUNT(*), COUNT(*) FILTER (WHERE t.answers > 0),
                       COUNT(*) FILTER (WHERE t.answers > 0 AND t.yes * 2 >= t.answers) FROM (
                    SELECT i.id,
                           (SELECT COUNT(*) FROM idea_pulse p WHERE p.idea_id = i.id) AS answers,
                           (SELECT COUNT(*) FROM idea_pulse p WHERE p.idea_id = i.id AND p.answer = 'YES') AS yes
                    FROM idea i WHERE i.done_at >= :from AND i.done_at < :to AND i.status = 'DONE') t""", params,
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
    }

    public List<TimingTrend> trend(List<Instant> bounds) {
        if (bounds.size() < 2) {
            return List.of();
        }
        var answered = medians("first_answer_at", TO_ANSWER, "status <> 'MERGED' AND answer_seconds IS NOT NULL", bounds);
        var done = medians("done_at", TO_DONE, "status = 'DONE' AND done_seconds IS NOT NULL", bounds);
        var result = new ArrayList<TimingTrend>();
        for (int part = 0; part < bounds.size() - 1; part++) {
            var a = answered.get(part);
            var d = done.get(part);
            result.add(new TimingTrend(part, a == null ? 0 : a[0].longValue(),
                    a == null || a[1] == null ? null : a[1] / 3600.0, d == null ? 0 : d[0].longValue(),
                    d == null || d[1] == null ? null : d[1] / 86_400.0));
        }
        return result;
    }

    /** Count and median seconds per part, the part found by the moment column; one query for all parts. */
    private Map<Integer, Double[]> medians(String moment, String duration, String condition,
                                                     List<Instant> bounds) {
        var params = span(bounds.getFirst(), bounds.getLast());
        var part = new StringBuilder("CASE");
        for (int i = 1; i < bounds.size(); i++) {
            params.addValue("b" + i, Timestamp.from(bounds.get(i)));
            part.append(" WHEN ").append(moment).append(" < :b").append(i).append(" THEN ").append(i - 1);
        }
        part.append(" END");
        var result = new HashMap<Integer, Double[]>();
        jdbc.query("SELECT x.part, COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x.took) "
                        + "FROM (SELECT " + part + " AS part, " + duration + " AS took FROM idea WHERE " + moment
                        + " >= :from AND " + moment + " < :to AND " + condition + ") x GROUP BY x.part", params,
                rs -> {
                    result.put(rs.getInt(1), new Double[] {(double) rs.getLong(2), nullableDouble(rs, 3)});
                });
        return result;
    }

    /**
     * The people are joined as a list of values rather than matched with {@code IN}: H2 then seeks the
     * (person, moment) index once per person for the span, where with {@code IN} and a range it reads
     * the whole index.
     */
    public ContributionFigures contributions(Collection<Long> personIds, Instant from, Instant to, int latest) {
        var params = span(from, to).addValue("latest", latest);
        var people = people(personIds, params);
        var ideas = jdbc.queryForObject("""
                SELECT COUNT(*), COALESCE(SUM(CASE WHEN i.first_answer_at IS NOT NULL THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN i.status = 'DONE' THEN 1 ELSE 0 END), 0)
                FROM idea i JOIN %s ON i.author_id = people.id
                WHERE i.created_at >= :from AND i.created_at < :to""".formatted(people), params,
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        var votes = jdbc.queryForObject("SELECT COUNT(*) FROM idea_vote v JOIN " + people
                + " ON v.person_id = people.id WHERE v.created_at >= :from AND v.created_at < :to", params, Long.class);
        var comments = jdbc.queryForObject("SELECT COUNT(*) FROM idea_comment c JOIN " + people
                + " ON c.author_id = people.id WHERE c.created_at >= :from AND c.created_at < :to AND c.deleted = FALSE",
                params, Long.class);
        var list = latest == 0 ? List.<IdeaSummary>of() : jdbc.query("""
                SELECT i.id, i.title, i.status, i.author_id, i.visibility, i.touchpoint_id
                FROM idea i JOIN %s ON i.author_id = people.id
                WHERE i.created_at >= :from AND i.created_at < :to
                ORDER BY i.created_at DESC, i.id DESC LIMIT :latest""".formatted(people), params,
                (rs, n) -> new IdeaSummary(rs.getLong(1), rs.getString(2), IdeaStatus.valueOf(rs.getString(3)),
                        rs.getLong(4), Visibility.valueOf(rs.getString(5)), nullableLong(rs, 6)));
        return new ContributionFigures(ideas[0], ideas[1], ideas[2], votes == null ? 0 : votes,
                comments == null ? 0 : comments, list);
    }

    /** {@code (VALUES (:p0), (:p1), ...) AS people(id)}, with the ids added to the parameters. */
    private static String people(Collection<Long> personIds, MapSqlParameterSource params) {
        var values = new StringBuilder("(VALUES ");
        int n = 0;
        for (long id : personIds) {
            values.append(n == 0 ? "" : ", ").append("(CAST(:p").append(n).append(" AS BIGINT))");
            params.addValue("p" + n++, id);
        }
        return values.append(") AS people(id)").toString();
    }

    private static @Nullable Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
