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
 * Aggregate queries for overviews. Durations are taken as the difference of the two moments' epoch
 * seconds, and medians with PERCENTILE_CONT, which both H2 and PostgreSQL compute in the database.
 */
@Repository
public class IdeaFiguresStore {

    private static final String TO_ANSWER = "EXTRACT(EPOCH FROM first_answer_at) - EXTRACT(EPOCH FROM created_at)";
    private static final String TO_DONE = "EXTRACT(EPOCH FROM done_at) - EXTRACT(EPOCH FROM created_at)";
    private static final long WEEK = Duration.ofDays(7).toSeconds();

    private final NamedParameterJdbcTemplate jdbc;

    IdeaFiguresStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource span(Instant from, Instant to) {
        return new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
    }

    public IdeaFigures figures(Instant from, Instant to, Instant now) {
        var params = span(from, to).addValue("weekAgo", Timestamp.from(now.minus(Duration.ofDays(7))))
                .addValue("week", WEEK);
        Map<IdeaStatus, Long> byStatus = new EnumMap<>(IdeaStatus.class);
        long[] sums = new long[4];
        jdbc.query("""
                SELECT status, COUNT(*),
                       SUM(CASE WHEN status <> 'MERGED' AND first_answer_at IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status <> 'MERGED' AND created_at < :weekAgo THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status <> 'MERGED' AND created_at < :weekAgo AND first_answer_at IS NOT NULL
                                 AND %s <= :week THEN 1 ELSE 0 END)
                FROM idea WHERE created_at >= :from AND created_at < :to GROUP BY status""".formatted(TO_ANSWER),
                params, rs -> {
                    long count = rs.getLong(2);
                    byStatus.put(IdeaStatus.valueOf(rs.getString(1)), count);
                    sums[0] += count;
                    sums[1] += rs.getLong(3);
                    sums[2] += rs.getLong(4);
                    sums[3] += rs.getLong(5);
                });
        var toAnswer = jdbc.queryForObject("SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + TO_ANSWER + ") "
                        + "FROM idea WHERE created_at >= :from AND created_at < :to AND status <> 'MERGED' "
                        + "AND first_answer_at IS NOT NULL", params, (rs, n) -> nullableDouble(rs, 1));
        var toDone = jdbc.queryForObject("SELECT COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + TO_DONE
                        + ") FROM idea WHERE created_at >= :from AND created_at < :to AND status = 'DONE' "
                        + "AND done_at IS NOT NULL", params,
                (rs, n) -> new Object[] {rs.getLong(1), nullableDouble(rs, 2)});
        var doneInSpan = jdbc.queryForObject("SELECT COUNT(*) FROM idea WHERE done_at >= :from AND done_at < :to "
                + "AND status = 'DONE'", params, Long.class);
        var pulse = jdbc.queryForObject("""
                SELECT COUNT(*), COALESCE(SUM(CASE WHEN t.yes * 2 >= t.answers THEN 1 ELSE 0 END), 0) FROM (
                    SELECT p.idea_id, COUNT(*) AS answers, SUM(CASE WHEN p.answer = 'YES' THEN 1 ELSE 0 END) AS yes
                    FROM idea_pulse p JOIN idea i ON i.id = p.idea_id
                    WHERE i.status = 'DONE' AND i.done_at >= :from AND i.done_at < :to
                    GROUP BY p.idea_id) t""", params, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        Double medianDaysToDone = toDone[1] == null ? null : (Double) toDone[1] / 86_400.0;
        return new IdeaFigures(byStatus, sums[0], sums[1], sums[2], sums[3],
                toAnswer == null ? null : toAnswer / 3600.0, (Long) toDone[0], medianDaysToDone,
                doneInSpan == null ? 0 : doneInSpan, pulse[0], pulse[1]);
    }

    public List<TimingTrend> trend(List<Instant> bounds) {
        if (bounds.size() < 2) {
            return List.of();
        }
        var answered = medians("first_answer_at", TO_ANSWER, "status <> 'MERGED'", bounds);
        var done = medians("done_at", TO_DONE, "status = 'DONE'", bounds);
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
        jdbc.query("SELECT x.part, COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x.seconds) FROM (SELECT "
                        + part + " AS part, " + duration + " AS seconds FROM idea WHERE " + moment + " >= :from AND "
                        + moment + " < :to AND " + condition + ") x GROUP BY x.part", params,
                rs -> {
                    result.put(rs.getInt(1), new Double[] {(double) rs.getLong(2), nullableDouble(rs, 3)});
                });
        return result;
    }

    public ContributionFigures contributions(Collection<Long> personIds, Instant from, Instant to, int latest) {
        var params = span(from, to).addValue("people", personIds).addValue("latest", latest);
        var ideas = jdbc.queryForObject("""
                SELECT COUNT(*), COALESCE(SUM(CASE WHEN first_answer_at IS NOT NULL THEN 1 ELSE 0 END), 0),
                       COALESCE(SUM(CASE WHEN status = 'DONE' THEN 1 ELSE 0 END), 0)
                FROM idea WHERE author_id IN (:people) AND created_at >= :from AND created_at < :to""", params,
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        var votes = jdbc.queryForObject("SELECT COUNT(*) FROM idea_vote WHERE person_id IN (:people) "
                + "AND created_at >= :from AND created_at < :to", params, Long.class);
        var comments = jdbc.queryForObject("SELECT COUNT(*) FROM idea_comment WHERE author_id IN (:people) "
                + "AND created_at >= :from AND created_at < :to AND deleted = FALSE", params, Long.class);
        var list = latest == 0 ? List.<IdeaSummary>of() : jdbc.query("""
                SELECT id, title, status, author_id, visibility, touchpoint_id FROM idea
                WHERE author_id IN (:people) AND created_at >= :from AND created_at < :to
                ORDER BY created_at DESC, id DESC LIMIT :latest""", params,
                (rs, n) -> new IdeaSummary(rs.getLong(1), rs.getString(2), IdeaStatus.valueOf(rs.getString(3)),
                        rs.getLong(4), Visibility.valueOf(rs.getString(5)), nullableLong(rs, 6)));
        return new ContributionFigures(ideas[0], ideas[1], ideas[2], votes == null ? 0 : votes,
                comments == null ? 0 : comments, list);
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
